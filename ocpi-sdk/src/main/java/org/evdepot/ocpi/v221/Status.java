package org.evdepot.ocpi.v221;

/** EVSE status (OCPI 2.2.1 §8.4.22). */
public enum Status {
  /** AVAILABLE */
  AVAILABLE,
  /** BLOCKED */
  BLOCKED,
  /** CHARGING */
  CHARGING,
  /** INOPERATIVE */
  INOPERATIVE,
  /** OUTOFORDER */
  OUTOFORDER,
  /** PLANNED */
  PLANNED,
  /** REMOVED */
  REMOVED,
  /** RESERVED */
  RESERVED,
  /** UNKNOWN */
  UNKNOWN
}
