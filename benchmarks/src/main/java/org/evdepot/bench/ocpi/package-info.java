/** JMH benchmarks of the OCPI SDK: location page serialisation and tariff pricing. */
package org.evdepot.bench.ocpi;
