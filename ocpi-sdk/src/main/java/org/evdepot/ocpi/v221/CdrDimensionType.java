package org.evdepot.ocpi.v221;

/** What a CDR dimension measures (OCPI 2.2.1 §10.4.3). FLAT exists only in 2.1.1. */
public enum CdrDimensionType {
  /** CURRENT */
  CURRENT,
  /** ENERGY */
  ENERGY,
  /** ENERGY_EXPORT */
  ENERGY_EXPORT,
  /** ENERGY_IMPORT */
  ENERGY_IMPORT,
  /** 2.1.1 only: flat fee */
  FLAT,
  /** MAX_CURRENT */
  MAX_CURRENT,
  /** MIN_CURRENT */
  MIN_CURRENT,
  /** MAX_POWER */
  MAX_POWER,
  /** MIN_POWER */
  MIN_POWER,
  /** PARKING_TIME */
  PARKING_TIME,
  /** POWER */
  POWER,
  /** RESERVATION_TIME */
  RESERVATION_TIME,
  /** STATE_OF_CHARGE */
  STATE_OF_CHARGE,
  /** TIME */
  TIME
}
