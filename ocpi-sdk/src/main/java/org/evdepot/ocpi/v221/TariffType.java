package org.evdepot.ocpi.v221;

/** Tariff type (OCPI 2.2.1 §11.4.5). */
public enum TariffType {
  /** AD_HOC_PAYMENT */
  AD_HOC_PAYMENT,
  /** PROFILE_CHEAP */
  PROFILE_CHEAP,
  /** PROFILE_FAST */
  PROFILE_FAST,
  /** PROFILE_GREEN */
  PROFILE_GREEN,
  /** REGULAR */
  REGULAR
}
