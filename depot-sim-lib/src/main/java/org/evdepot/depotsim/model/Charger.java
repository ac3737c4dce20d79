package org.evdepot.depotsim.model;

/**
 * A charger: its EVSEs share {@code maxKw}; an EVSE that delivers power delivers at least {@code
 * minKw} (below that the charger is off). Powers are drawn from the grid; the battery receives
 * {@code efficiency} of it.
 *
 * @param id unique charger id
 * @param maxKw largest total power of the charger (and of any one EVSE)
 * @param minKw smallest power an EVSE can deliver when on, 0..maxKw
 * @param efficiency share of grid power reaching the battery, in (0, 1]
 * @param evses number of EVSEs (plugs) sharing the power, at least 1
 * @param type AC or DC
 */
public record Charger(
    String id, double maxKw, double minKw, double efficiency, int evses, CurrentType type) {
  /** Validates every field. */
  public Charger {
    Checks.id("charger id", id);
    Checks.positive("charger " + id + " maxKw", maxKw);
    Checks.nonNegative("charger " + id + " minKw", minKw);
    if (minKw > maxKw) {
      throw new IllegalArgumentException(
          "charger " + id + " minKw must not exceed maxKw: " + minKw + " > " + maxKw);
    }
    if (!(efficiency > 0 && efficiency <= 1)) {
      throw new IllegalArgumentException(
          "charger " + id + " efficiency must be in (0, 1]: " + efficiency);
    }
    if (evses < 1) {
      throw new IllegalArgumentException("charger " + id + " evses must be >= 1: " + evses);
    }
    Checks.notNull("charger " + id + " type", type);
  }
}
