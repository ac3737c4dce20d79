package org.evdepot.ocpi.v221;

/** Parking restriction of an EVSE (OCPI 2.2.1 §8.4.18). */
public enum ParkingRestriction {
  /** EV_ONLY */
  EV_ONLY,
  /** PLUGGED */
  PLUGGED,
  /** DISABLED */
  DISABLED,
  /** CUSTOMERS */
  CUSTOMERS,
  /** MOTORCYCLES */
  MOTORCYCLES
}
