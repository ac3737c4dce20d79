package org.evdepot.ocpi.v221;

/** Unit of a charging profile (OCPI 2.2.1 §14.4.1). */
public enum ChargingRateUnit {
  /** W */
  W,
  /** A */
  A
}
