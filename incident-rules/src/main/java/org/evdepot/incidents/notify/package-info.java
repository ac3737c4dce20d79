/**
 * Notifications: the routing tree ({@link org.evdepot.incidents.notify.Route}), receivers and
 * templates, silences and maintenance windows, the {@link
 * org.evdepot.incidents.notify.NotificationDispatcher} (grouping, throttling, inhibition, retries
 * on an executor), the {@link org.evdepot.incidents.notify.Notifier} SPI and three channels:
 * generic JSON webhook, Slack-compatible webhook, SMTP e-mail.
 */
package org.evdepot.incidents.notify;
