package org.evdepot.ocpi.v211;

/** 2.1.1 location type (OCPI 2.1.1 §8.4.13). */
public enum LocationType211 {
  /** ON_STREET */
  ON_STREET,
  /** PARKING_GARAGE */
  PARKING_GARAGE,
  /** UNDERGROUND_GARAGE */
  UNDERGROUND_GARAGE,
  /** PARKING_LOT */
  PARKING_LOT,
  /** OTHER */
  OTHER,
  /** UNKNOWN */
  UNKNOWN
}
