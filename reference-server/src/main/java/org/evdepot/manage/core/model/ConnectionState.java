package org.evdepot.manage.core.model;

/** Whether a charger currently holds an OCPP connection. */
public enum ConnectionState {
  /** A WebSocket session is open. */
  CONNECTED,
  /** No session is open. */
  DISCONNECTED
}
