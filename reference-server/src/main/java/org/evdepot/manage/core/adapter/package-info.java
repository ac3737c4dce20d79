/**
 * Adapters of the core to its infrastructure: the PostgreSQL data source (embedded or external,
 * {@link org.evdepot.manage.core.adapter.DatabaseFactory}), Flyway migrations, a small JDBC
 * transaction helper ({@link org.evdepot.manage.core.adapter.Db}) and the stores that read and
 * write the domain tables on a connection the caller's transaction owns.
 */
package org.evdepot.manage.core.adapter;
