/**
 * The raw OCPP message log: every frame in and out, per charger and time. {@link
 * org.evdepot.manage.messagelog.MessageLog} is the SPI (PostgreSQL now, DynamoDB with TTL in
 * production later); {@link org.evdepot.manage.messagelog.PostgresMessageLog} writes asynchronously
 * in batches so that logging never delays a charger's answer, and flushes on orderly shutdown.
 */
package org.evdepot.manage.messagelog;
