package org.evdepot.ocpi.v221;

/** Synchronous command answer (OCPI 2.2.1 §13.4.1). */
public enum CommandResponseType {
  /** NOT_SUPPORTED */
  NOT_SUPPORTED,
  /** REJECTED */
  REJECTED,
  /** ACCEPTED */
  ACCEPTED,
  /** UNKNOWN_SESSION */
  UNKNOWN_SESSION
}
