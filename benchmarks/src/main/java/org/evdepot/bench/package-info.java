/** JMH benchmarks of the hot paths and the load harness for the reference server. */
package org.evdepot.bench;
