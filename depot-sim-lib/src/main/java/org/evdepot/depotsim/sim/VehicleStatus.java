package org.evdepot.depotsim.sim;

/** Where a vehicle is. */
public enum VehicleStatus {
  /** Away on a block. */
  DRIVING,
  /** At the depot, not yet plugged in (plug-in delay, waiting for a free EVSE, or unplugged). */
  PARKED,
  /** Plugged into an EVSE. */
  PLUGGED
}
