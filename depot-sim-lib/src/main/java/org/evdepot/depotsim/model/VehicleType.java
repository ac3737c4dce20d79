package org.evdepot.depotsim.model;

/**
 * A vehicle type.
 *
 * @param id unique type id
 * @param usableKwh usable battery capacity
 * @param curve largest power into the battery at each SoC
 * @param consumptionKwhPerKm energy used per km driven
 * @param onboardAcKw largest grid power the on-board charger takes from an AC charger
 */
public record VehicleType(
    String id,
    double usableKwh,
    ChargingCurve curve,
    double consumptionKwhPerKm,
    double onboardAcKw) {
  /** Validates every field. */
  public VehicleType {
    Checks.id("vehicle type id", id);
    Checks.positive("vehicle type " + id + " usableKwh", usableKwh);
    Checks.notNull("vehicle type " + id + " curve", curve);
    Checks.nonNegative("vehicle type " + id + " consumptionKwhPerKm", consumptionKwhPerKm);
    Checks.nonNegative("vehicle type " + id + " onboardAcKw", onboardAcKw);
  }
}
