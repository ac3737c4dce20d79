package org.evdepot.ocpi.v221;

/** Connection status of a party behind a hub (OCPI 2.2.1 §15.4.1). */
public enum ConnectionStatus {
  /** CONNECTED */
  CONNECTED,
  /** OFFLINE */
  OFFLINE,
  /** PLANNED */
  PLANNED,
  /** SUSPENDED */
  SUSPENDED
}
