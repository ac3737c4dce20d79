package org.evdepot.ocpi.v221;

/** What an image shows (OCPI 2.2.1 §8.4.16). */
public enum ImageCategory {
  /** CHARGER */
  CHARGER,
  /** ENTRANCE */
  ENTRANCE,
  /** LOCATION */
  LOCATION,
  /** NETWORK */
  NETWORK,
  /** OPERATOR */
  OPERATOR,
  /** OTHER */
  OTHER,
  /** OWNER */
  OWNER
}
