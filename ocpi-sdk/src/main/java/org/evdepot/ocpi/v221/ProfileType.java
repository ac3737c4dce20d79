package org.evdepot.ocpi.v221;

/** Charging preference profile (OCPI 2.2.1 §9.4.1). */
public enum ProfileType {
  /** CHEAP */
  CHEAP,
  /** FAST */
  FAST,
  /** GREEN */
  GREEN,
  /** REGULAR */
  REGULAR
}
