package org.evdepot.ocpi.v221;

/** Environmental impact category (OCPI 2.2.1 §8.4.11). */
public enum EnvironmentalImpactCategory {
  /** NUCLEAR_WASTE */
  NUCLEAR_WASTE,
  /** CARBON_DIOXIDE */
  CARBON_DIOXIDE
}
