package org.evdepot.depotsim.plan;

/**
 * A charger as a planner sees it.
 *
 * @param id charger id
 * @param maxKw largest total grid power of its EVSEs
 * @param minKw smallest power of an EVSE that is on
 * @param efficiency share of grid power reaching the battery
 * @param available false while faulted (it then gets no power)
 */
public record ChargerState(
    String id, double maxKw, double minKw, double efficiency, boolean available) {
  /** Validates every field. */
  public ChargerState {
    if (!(maxKw > 0) || !(minKw >= 0) || minKw > maxKw) {
      throw new IllegalArgumentException(
          "charger " + id + " needs 0 <= minKw <= maxKw and maxKw > 0: " + minKw + ", " + maxKw);
    }
    if (!(efficiency > 0 && efficiency <= 1)) {
      throw new IllegalArgumentException(
          "charger " + id + " efficiency must be in (0, 1]: " + efficiency);
    }
  }
}
