/** Benchmarks of the OCPP station reliability layer: the offline queue's message stores. */
package org.evdepot.bench.ocppkit;
