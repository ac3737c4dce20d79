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
  private final int slots;
  private final int[] firstSlot;
  private final double[][] powerKw;
  private final double[] projectedSoc;
  private final List<Shortfall> shortfalls;

  private Plan(
      long start,
      int slotSeconds,
      List<ConnectedVehicle> vehicles,
      int slots,
      int[] firstSlot,
      double[][] powerKw,
      double[] projectedSoc,
      List<Shortfall> shortfalls) {
    this.start = start;
    this.slotSeconds = slotSeconds;
    this.vehicles = vehicles;
    this.slots = slots;
    this.firstSlot = firstSlot;
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
        n == 0 ? 0 : state.slots(),
        null,
        powerKw,
        projectedSoc,
        shortfalls.isEmpty() ? List.of() : List.copyOf(shortfalls));
  }

  /**
   * Creates a plan from rows that hold only a window of slots: vehicle {@code i} has power {@code
   * rows[i][k - firstSlot[i]]} in slot {@code k} inside the row and 0 in every other slot (a null
   * row is 0 everywhere). Planners whose vehicles charge in a few slots of a long horizon use this
   * to avoid a full vehicles x slots matrix. The arrays are taken over (not copied).
   *
   * @param state the state planned for
   * @param firstSlot per vehicle, the slot of its row's first value
   * @param rows per vehicle, the power from its first slot on (null for none)
   * @param projectedSoc projected SoC per vehicle
   * @param shortfalls vehicles projected to miss their target
   * @return the plan
   * @throws IllegalArgumentException if the shapes do not match the state
   */
  public static Plan ofRows(
      DepotState state,
      int[] firstSlot,
      double[][] rows,
      double[] projectedSoc,
      List<Shortfall> shortfalls) {
    int n = state.vehicles().size();
    if (rows.length != n || firstSlot.length != n || projectedSoc.length != n) {
      throw new IllegalArgumentException(
          "plan needs one row per vehicle: " + n + " vehicles, " + rows.length + " rows");
    }
    for (int i = 0; i < n; i++) {
      double[] row = rows[i];
      if (row != null && (firstSlot[i] < 0 || firstSlot[i] + row.length > state.slots())) {
        throw new IllegalArgumentException(
            "plan row "
                + i
                + " outside the horizon: slots "
                + firstSlot[i]
                + ".."
                + (firstSlot[i] + row.length)
                + " of "
                + state.slots());
      }
    }
    return new Plan(
        state.now(),
        state.slotSeconds(),
        state.vehicles(),
        n == 0 ? 0 : state.slots(),
        firstSlot,
        rows,
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
    return slots;
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
    if (firstSlot == null) {
      return powerKw[vehicle][slot];
    }
    if (slot < 0 || slot >= slots) {
      throw new ArrayIndexOutOfBoundsException("slot " + slot + " of " + slots);
    }
    double[] row = powerKw[vehicle];
    int j = slot - firstSlot[vehicle];
    return row != null && j >= 0 && j < row.length ? row[j] : 0;
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
    for (int i = 0; i < powerKw.length; i++) {
      s += powerKw(i, slot);
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
