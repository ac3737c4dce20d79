/**
 * Charging-station reliability on top of {@link org.evdepot.ocpp.station.OcppStationClient}: the
 * BootNotification retry of a Pending or Rejected registration, and the offline queue of
 * transaction-related messages with its stores.
 *
 * <p>Start with {@link org.evdepot.ocpp.station.reliability.ReliableStation}; pick a {@link
 * org.evdepot.ocpp.station.reliability.MessageStore} ({@link
 * org.evdepot.ocpp.station.reliability.InMemoryMessageStore} or the journal-backed {@link
 * org.evdepot.ocpp.station.reliability.FileMessageStore}) and a {@link
 * org.evdepot.ocpp.station.reliability.RetryPolicy}.
 */
package org.evdepot.ocpp.station.reliability;
