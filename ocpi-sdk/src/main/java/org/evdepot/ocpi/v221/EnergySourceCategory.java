package org.evdepot.ocpi.v221;

/** Energy source category (OCPI 2.2.1 §8.4.9). */
public enum EnergySourceCategory {
  /** NUCLEAR */
  NUCLEAR,
  /** GENERAL_FOSSIL */
  GENERAL_FOSSIL,
  /** COAL */
  COAL,
  /** GAS */
  GAS,
  /** GENERAL_GREEN */
  GENERAL_GREEN,
  /** SOLAR */
  SOLAR,
  /** WIND */
  WIND,
  /** WATER */
  WATER
}
