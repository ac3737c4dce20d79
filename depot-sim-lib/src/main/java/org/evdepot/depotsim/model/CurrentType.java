package org.evdepot.depotsim.model;

/** Whether a charger delivers AC (limited by the vehicle's on-board charger) or DC. */
public enum CurrentType {
  /** Alternating current: the vehicle's on-board charger limits the power. */
  AC,
  /** Direct current: the vehicle's charging curve limits the power. */
  DC
}
