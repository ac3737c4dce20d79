package org.evdepot.telematics;

/** What the charging session is doing; a plugged vehicle can be idle, charging or complete. */
public enum ChargingState {
  /** Not charging (unplugged, stopped, waiting for a schedule). */
  IDLE,
  /** Energy is flowing into the battery. */
  CHARGING,
  /** Charging reached the vehicle's limit. */
  COMPLETE,
  /** The vehicle reports a charging fault. */
  ERROR,
  /** The provider does not tell. */
  UNKNOWN
}
