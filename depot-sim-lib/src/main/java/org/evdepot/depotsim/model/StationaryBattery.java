package org.evdepot.depotsim.model;

/**
 * An on-site battery. It charges from PV surplus and discharges to keep grid import at or below
 * {@code shaveAboveKw} (peak shaving).
 *
 * @param capacityKwh usable capacity, 0 for no battery
 * @param cRate largest power as a multiple of the capacity per hour
 * @param efficiency one-way efficiency (applied when charging and when discharging), (0, 1]
 * @param initialSoc SoC at the scenario start
 * @param shaveAboveKw grid import above which the battery discharges
 */
public record StationaryBattery(
    double capacityKwh, double cRate, double efficiency, double initialSoc, double shaveAboveKw) {
  /** No battery. */
  public static final StationaryBattery NONE = new StationaryBattery(0, 0, 1, 0, 0);

  /** Validates every field. */
  public StationaryBattery {
    Checks.nonNegative("battery capacityKwh", capacityKwh);
    Checks.nonNegative("battery cRate", cRate);
    if (!(efficiency > 0 && efficiency <= 1)) {
      throw new IllegalArgumentException("battery efficiency must be in (0, 1]: " + efficiency);
    }
    Checks.fraction("battery initialSoc", initialSoc);
    Checks.nonNegative("battery shaveAboveKw", shaveAboveKw);
  }

  /**
   * The largest charge or discharge power.
   *
   * @return kW
   */
  public double maxKw() {
    return capacityKwh * cRate;
  }
}
