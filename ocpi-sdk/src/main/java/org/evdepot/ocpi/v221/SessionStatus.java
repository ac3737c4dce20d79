package org.evdepot.ocpi.v221;

/** Session status (OCPI 2.2.1 §9.4.2). */
public enum SessionStatus {
  /** ACTIVE */
  ACTIVE,
  /** COMPLETED */
  COMPLETED,
  /** INVALID */
  INVALID,
  /** PENDING */
  PENDING,
  /** RESERVATION */
  RESERVATION
}
