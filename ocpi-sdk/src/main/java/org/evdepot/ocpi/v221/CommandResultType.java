package org.evdepot.ocpi.v221;

/** Asynchronous command result (OCPI 2.2.1 §13.4.2). */
public enum CommandResultType {
  /** ACCEPTED */
  ACCEPTED,
  /** CANCELED_RESERVATION */
  CANCELED_RESERVATION,
  /** EVSE_OCCUPIED */
  EVSE_OCCUPIED,
  /** EVSE_INOPERATIVE */
  EVSE_INOPERATIVE,
  /** FAILED */
  FAILED,
  /** NOT_SUPPORTED */
  NOT_SUPPORTED,
  /** REJECTED */
  REJECTED,
  /** TIMEOUT */
  TIMEOUT,
  /** UNKNOWN_RESERVATION */
  UNKNOWN_RESERVATION
}
