package org.evdepot.depotsim.plan;

import org.evdepot.depotsim.model.ChargingCurve;

/** The checks a vehicle's values get, connected or expected, with its name in the message. */
final class VehicleChecks {
  private VehicleChecks() {}

  /**
   * Checks the values both kinds of vehicle have.
   *
   * @param kind "vehicle" or "expected vehicle", the start of every message, then the id
   * @param id the vehicle's id
   * @throws IllegalArgumentException naming the field
   */
  static void check(
      String kind,
      String id,
      double soc,
      double targetSoc,
      double capacityKwh,
      double maxGridKw,
      ChargingCurve curve) {
    if (!(soc >= 0 && soc <= 1)) {
      throw new IllegalArgumentException(kind + " " + id + " soc must be in 0..1: " + soc);
    }
    if (!(targetSoc >= 0 && targetSoc <= 1)) {
      throw new IllegalArgumentException(
          kind + " " + id + " targetSoc must be in 0..1: " + targetSoc);
    }
    if (!(capacityKwh > 0)) {
      throw new IllegalArgumentException(
          kind + " " + id + " capacityKwh must be > 0: " + capacityKwh);
    }
    if (!(maxGridKw >= 0)) {
      throw new IllegalArgumentException(kind + " " + id + " maxGridKw must be >= 0: " + maxGridKw);
    }
    if (curve == null) {
      throw new IllegalArgumentException(kind + " " + id + " curve must not be null");
    }
  }
}
