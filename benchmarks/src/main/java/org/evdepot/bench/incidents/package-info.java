/** Benchmarks of the incident engine (incident-rules): throughput and memory per source. */
package org.evdepot.bench.incidents;
