/**
 * Depot events to rules to incidents to notifications.
 *
 * <p>A tour: {@link org.evdepot.incidents.Event} (type, event time, {@link
 * org.evdepot.incidents.Source} hierarchy, attributes) goes into the {@link
 * org.evdepot.incidents.IncidentEngine}, which evaluates the rules of {@link
 * org.evdepot.incidents.rules} on event time with an allowed lateness and writes {@link
 * org.evdepot.incidents.Incident}s to an {@link org.evdepot.incidents.store.IncidentStore}. The
 * {@link org.evdepot.incidents.notify.NotificationDispatcher} listens to incident changes and
 * routes them to receivers ({@link org.evdepot.incidents.notify.Notifier}s: webhook, Slack,
 * e-mail).
 */
package org.evdepot.incidents;
