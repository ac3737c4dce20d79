package org.evdepot.ocpi.v221;

/** Asynchronous charging profile result (OCPI 2.2.1 §14.4.4). */
public enum ChargingProfileResultType {
  /** ACCEPTED */
  ACCEPTED,
  /** REJECTED */
  REJECTED,
  /** UNKNOWN */
  UNKNOWN
}
