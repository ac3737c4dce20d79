package org.evdepot.telematics;

/** How far a single observed value can be trusted. */
public enum Quality {
  /** Observed by the vehicle and delivered in the latest successful fetch. */
  FRESH,
  /** Once fresh, but the provider could not be reached since, or the value has aged out. */
  STALE,
  /** Derived or estimated by the provider rather than measured (the provider says so). */
  ESTIMATED,
  /** Delivered but implausible (out of range, from the future, odometer going backwards). */
  INVALID,
  /** The provider does not deliver this value for this vehicle, or it was missing. */
  UNAVAILABLE;

  /** Whether a value of this quality may be used for decisions (fresh, stale or estimated). */
  public boolean usable() {
    return this == FRESH || this == STALE || this == ESTIMATED;
  }
}
