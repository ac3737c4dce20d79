/** Test support: a PostgreSQL for integration tests and the server on a random port. */
package org.evdepot.manage.testing;
