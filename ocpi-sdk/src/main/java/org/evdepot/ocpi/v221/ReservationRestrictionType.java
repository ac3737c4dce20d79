package org.evdepot.ocpi.v221;

/** Reservation restriction (OCPI 2.2.1 §11.4.7). */
public enum ReservationRestrictionType {
  /** RESERVATION */
  RESERVATION,
  /** RESERVATION_EXPIRES */
  RESERVATION_EXPIRES
}
