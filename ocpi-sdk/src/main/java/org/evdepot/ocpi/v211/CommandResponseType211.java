package org.evdepot.ocpi.v211;

/** 2.1.1 command result (OCPI 2.1.1 §13.4.1). */
public enum CommandResponseType211 {
  /** NOT_SUPPORTED */
  NOT_SUPPORTED,
  /** REJECTED */
  REJECTED,
  /** ACCEPTED */
  ACCEPTED,
  /** TIMEOUT */
  TIMEOUT,
  /** UNKNOWN_SESSION */
  UNKNOWN_SESSION
}
