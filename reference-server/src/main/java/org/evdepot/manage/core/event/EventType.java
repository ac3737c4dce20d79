package org.evdepot.manage.core.event;

/** Kinds of domain event. */
public enum EventType {
  /** A charger opened an OCPP connection. */
  CHARGER_CONNECTED,
  /** A charger's OCPP connection closed. */
  CHARGER_DISCONNECTED,
  /** A charger sent a BootNotification. */
  CHARGER_BOOTED,
  /** A connector's status changed. */
  CONNECTOR_STATUS_CHANGED,
  /** A transaction started (or was first heard of). */
  TRANSACTION_STARTED,
  /** A transaction was updated (2.0.1 Updated event). */
  TRANSACTION_UPDATED,
  /** A transaction ended. */
  TRANSACTION_ENDED,
  /** Meter values were stored. */
  METER_VALUES_RECEIVED,
  /** A charger reported a security event. */
  SECURITY_EVENT
}
