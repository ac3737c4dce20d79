package org.evdepot.depotsim.plan;

import org.evdepot.depotsim.model.ChargingCurve;

/**
 * A vehicle not plugged in yet that is expected to plug in within the planning horizon, as a
 * planner sees it: a forecast, for example from the timetable. A planner that looks ahead may
 * reserve site room for it; it never gets power in a {@link Plan} (only connected vehicles do).
 *
 * @param id vehicle id
 * @param arrival when it is expected to plug in, seconds on the state's clock
 * @param charger index of the charger it is expected to use in {@link DepotState#chargers()}, or
 *     {@link #UNKNOWN_CHARGER} when not known
 * @param soc expected state of charge when it plugs in, 0..1
 * @param capacityKwh usable battery capacity
 * @param curve largest power into the battery at each SoC
 * @param maxGridKw further limit on grid power (the on-board charger on AC), or infinity
 * @param departure its departure after the arrival, seconds on the state's clock, after {@code
 *     arrival}
 * @param targetSoc required SoC at that departure, 0..1
 * @param priority larger is served first
 */
public record ExpectedArrival(
    String id,
    long arrival,
    int charger,
    double soc,
    double capacityKwh,
    ChargingCurve curve,
    double maxGridKw,
    long departure,
    double targetSoc,
    int priority) {
  /** The {@link #charger()} of an arrival whose charger is not known. */
  public static final int UNKNOWN_CHARGER = -1;

  /** Validates every field. */
  public ExpectedArrival {
    if (charger < UNKNOWN_CHARGER) {
      throw new IllegalArgumentException(
          "expected vehicle " + id + " charger must be >= -1 (unknown): " + charger);
    }
    VehicleChecks.check("expected vehicle", id, soc, targetSoc, capacityKwh, maxGridKw, curve);
    if (departure <= arrival) {
      throw new IllegalArgumentException(
          "expected vehicle "
              + id
              + " departure must be after its arrival: "
              + departure
              + " <= "
              + arrival);
    }
  }
}
