package org.evdepot.ocpi.v221;

/** Tariff dimension (OCPI 2.2.1 §11.4.3). */
public enum TariffDimensionType {
  /** energy in kWh, step size in Wh */
  ENERGY,
  /** flat fee */
  FLAT,
  /** time not charging in hours, step size in seconds */
  PARKING_TIME,
  /** time charging in hours, step size in seconds */
  TIME
}
