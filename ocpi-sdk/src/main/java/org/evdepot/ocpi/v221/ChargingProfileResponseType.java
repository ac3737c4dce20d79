package org.evdepot.ocpi.v221;

/** Synchronous charging profile answer (OCPI 2.2.1 §14.4.5). */
public enum ChargingProfileResponseType {
  /** ACCEPTED */
  ACCEPTED,
  /** NOT_SUPPORTED */
  NOT_SUPPORTED,
  /** REJECTED */
  REJECTED,
  /** TOO_OFTEN */
  TOO_OFTEN,
  /** UNKNOWN_SESSION */
  UNKNOWN_SESSION
}
