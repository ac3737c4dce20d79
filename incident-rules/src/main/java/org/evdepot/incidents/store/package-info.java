/**
 * Where incidents are kept: the {@link org.evdepot.incidents.store.IncidentStore} SPI, the query
 * value and the in-memory implementation. Other implementations (the reference server's PostgreSQL
 * store) prove themselves by extending {@code IncidentStoreContract} from this module's test jar.
 */
package org.evdepot.incidents.store;
