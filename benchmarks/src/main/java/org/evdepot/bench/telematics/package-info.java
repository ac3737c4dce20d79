/** JMH benchmarks of telematics normalisation and of the polling scheduler. */
package org.evdepot.bench.telematics;
