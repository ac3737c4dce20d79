package org.evdepot.depotsim.model;

/**
 * One duty of a vehicle: it leaves at {@code departure} needing at least {@code requiredSoc}, and
 * returns at {@code returnAt} having used {@code energyKwh} (or {@code distanceKm} times the type's
 * consumption when {@code energyKwh} is 0).
 *
 * @param departure seconds since scenario start
 * @param returnAt seconds since scenario start, after departure
 * @param distanceKm distance driven, >= 0
 * @param energyKwh energy used, >= 0; when 0 the distance decides
 * @param requiredSoc SoC needed at departure, 0..1
 */
public record Block(
    long departure, long returnAt, double distanceKm, double energyKwh, double requiredSoc) {
  /** Validates every field. */
  public Block {
    if (returnAt <= departure) {
      throw new IllegalArgumentException(
          "block returnAt must be after departure: " + returnAt + " <= " + departure);
    }
    Checks.nonNegative("block distanceKm", distanceKm);
    Checks.nonNegative("block energyKwh", energyKwh);
    Checks.fraction("block requiredSoc", requiredSoc);
  }

  /**
   * The energy the block uses with a vehicle type.
   *
   * @param type the vehicle's type
   * @return kWh taken from the battery
   */
  public double energyFor(VehicleType type) {
    return energyKwh > 0 ? energyKwh : distanceKm * type.consumptionKwhPerKm();
  }
}
