/**
 * Domain events and how they leave the core: services write a {@link
 * org.evdepot.manage.core.event.DomainEvent} to the outbox table in the same database transaction
 * as the change it describes ({@link org.evdepot.manage.core.event.Outbox}); the {@link
 * org.evdepot.manage.core.event.OutboxRelay} publishes committed events to the {@link
 * org.evdepot.manage.core.event.EventBus} (in-process now, RabbitMQ later). Delivery is at least
 * once, so consumers are idempotent on the event id ({@link
 * org.evdepot.manage.core.event.IdempotentConsumer}).
 */
package org.evdepot.manage.core.event;
