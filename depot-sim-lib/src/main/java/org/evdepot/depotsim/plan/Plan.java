package org.evdepot.depotsim.plan;

import java.util.List;

/**
 * A planner's answer: grid power (kW) for each connected vehicle (row, in the order of {@link
 * DepotState#vehicles()}) in each slot, the SoC each vehicle is projected to reach (at its
 * departure if that lies within the horizon, else at the horizon's end), and the vehicles projected
 * to miss their target.
 */
public final class Plan {
  private final long start;
  private final int slotSeconds;
  private final List<ConnectedVehicle> vehicles;
  private final double[][] powerKw;
  private final double[] projectedSoc;
  private final List<Shortfall> shortfalls;

  private Plan(
      long start,
      int slotSeconds,
      List<ConnectedVehicle> vehicles,
      double[][] powerKw,
      double[] projectedSoc,
      List<Shortfall> shortfalls) {
    this.start = start;
    this.slotSeconds = slotSeconds;
    this.vehicles = vehicles;
    this.powerKw = powerKw;
    this.projectedSoc = projectedSoc;
    this.shortfalls = shortfalls;
  }

  /**
   * Creates a plan for a state. The arrays are taken over (not copied): do not change them later.
   *
   * @param state the state planned for
   * @param powerKw grid power, one row per vehicle of the state and one column per slot
   * @param projectedSoc projected SoC per vehicle
   * @param shortfalls vehicles projected to miss their target
   * @return the plan
   * @throws IllegalArgumentException if the shapes do not match the state
   */
  public static Plan of(
      DepotState state, double[][] powerKw, double[] projectedSoc, List<Shortfall> shortfalls) {
    int n = state.vehicles().size();
    if (powerKw.length != n || projectedSoc.length != n) {
      throw new IllegalArgumentException(
          "plan needs one row per vehicle: " + n + " vehicles, " + powerKw.length + " rows");
    }
    for (double[] row : powerKw) {
      if (row.length != state.slots()) {
        throw new IllegalArgumentException(
            "plan row needs one value per slot: " + state.slots() + " slots, " + row.length);
      }
    }
    return new Plan(
        state.now(),
        state.slotSeconds(),
        state.vehicles(),
        powerKw,
        projectedSoc,
        shortfalls.isEmpty() ? List.of() : List.copyOf(shortfalls));
  }

  /**
   * Start of the first slot.
   *
   * @return seconds
   */
  public long start() {
    return start;
  }

  /**
   * Slot length.
   *
   * @return seconds
   */
  public int slotSeconds() {
    return slotSeconds;
  }

  /**
   * Number of slots.
   *
   * @return slots
   */
  public int slots() {
    return powerKw.length == 0 ? 0 : powerKw[0].length;
  }

  /**
   * The vehicle ids, one per row.
   *
   * @return ids
   */
  public List<String> vehicleIds() {
    return vehicles.stream().map(ConnectedVehicle::id).toList();
  }

  /**
   * Grid power of a vehicle's EVSE in a slot.
   *
   * @param vehicle row index
   * @param slot slot index
   * @return kW
   */
  public double powerKw(int vehicle, int slot) {
    return powerKw[vehicle][slot];
  }

  /**
   * Projected SoC of a vehicle.
   *
   * @param vehicle row index
   * @return SoC at departure (or at the horizon's end)
   */
  public double projectedSoc(int vehicle) {
    return projectedSoc[vehicle];
  }

  /**
   * Total planned power in a slot.
   *
   * @param slot slot index
   * @return kW
   */
  public double totalKw(int slot) {
    double s = 0;
    for (double[] row : powerKw) {
      s += row[slot];
    }
    return s;
  }

  /**
   * The vehicles projected to miss their target, in row order.
   *
   * @return shortfalls
   */
  public List<Shortfall> shortfalls() {
    return shortfalls;
  }
}
