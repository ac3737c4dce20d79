package org.evdepot.telematics;

/** Which state-of-charge figure a provider reports. */
public enum SocBasis {
  /** The usable part of the battery (what can be driven with). */
  USABLE,
  /** The figure shown to the driver on the dashboard. */
  DISPLAYED,
  /** The provider does not say. */
  UNKNOWN
}
