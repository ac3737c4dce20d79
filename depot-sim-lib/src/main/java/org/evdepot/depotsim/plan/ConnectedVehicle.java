package org.evdepot.depotsim.plan;

import org.evdepot.depotsim.model.ChargingCurve;

/**
 * A vehicle plugged into an EVSE, as a planner sees it.
 *
 * @param id vehicle id
 * @param charger index of its charger in {@link DepotState#chargers()}
 * @param soc current state of charge, 0..1
 * @param capacityKwh usable battery capacity
 * @param curve largest power into the battery at each SoC
 * @param maxGridKw further limit on grid power (the on-board charger on AC), or infinity
 * @param departure next departure, seconds on the state's clock ({@link Long#MAX_VALUE} if unknown)
 * @param targetSoc required SoC at departure, 0..1
 * @param priority larger is served first
 * @param pluggedAt when it plugged in (first come, first served for uncontrolled charging)
 */
public record ConnectedVehicle(
    String id,
    int charger,
    double soc,
    double capacityKwh,
    ChargingCurve curve,
    double maxGridKw,
    long departure,
    double targetSoc,
    int priority,
    long pluggedAt) {
  /** Validates every field. */
  public ConnectedVehicle {
    VehicleChecks.check("vehicle", id, soc, targetSoc, capacityKwh, maxGridKw, curve);
  }
}
