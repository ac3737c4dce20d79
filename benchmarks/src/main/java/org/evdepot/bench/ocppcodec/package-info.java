/** JMH benchmarks of the generated OCPP message codecs (decode with validation, encode). */
package org.evdepot.bench.ocppcodec;
