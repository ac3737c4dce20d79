package org.evdepot.depotsim.sim;

import java.util.List;

/**
 * A snapshot of the depot for an agent.
 *
 * @param time seconds since the scenario start
 * @param gridKw grid import now
 * @param evKw power to the EVSEs now
 * @param gridLimitKw grid limit now
 * @param vehicles every vehicle
 */
public record Observation(
    long time, double gridKw, double evKw, double gridLimitKw, List<VehicleView> vehicles) {
  /** Copies the list. */
  public Observation {
    vehicles = List.copyOf(vehicles);
  }

  /**
   * One vehicle.
   *
   * @param id vehicle id
   * @param status where it is
   * @param soc state of charge
   * @param chargerId its charger when plugged, else empty
   * @param powerKw grid power it draws now
   * @param nextDeparture its next departure, or {@link Long#MAX_VALUE}
   * @param targetSoc SoC required at that departure
   * @param priority its priority
   */
  public record VehicleView(
      String id,
      VehicleStatus status,
      double soc,
      String chargerId,
      double powerKw,
      long nextDeparture,
      double targetSoc,
      int priority) {}

  /**
   * A vehicle by id.
   *
   * @param id the id
   * @return the view
   * @throws IllegalArgumentException if unknown
   */
  public VehicleView vehicle(String id) {
    for (VehicleView v : vehicles) {
      if (v.id().equals(id)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown vehicle: " + id);
  }
}
