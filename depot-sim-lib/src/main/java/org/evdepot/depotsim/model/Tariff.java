package org.evdepot.depotsim.model;

/**
 * What grid energy costs: a time-of-use price per kWh and a demand charge per kW of each calendar
 * month's peak import (UTC months).
 *
 * @param energyPrice price per kWh at each time
 * @param demandChargePerKw charge per kW of the monthly peak, >= 0
 */
public record Tariff(TimeSeries energyPrice, double demandChargePerKw) {
  /** Validates every field. */
  public Tariff {
    Checks.notNull("tariff energyPrice", energyPrice);
    Checks.nonNegative("tariff demandChargePerKw", demandChargePerKw);
  }

  /**
   * A flat tariff.
   *
   * @param pricePerKwh the price
   * @param demandChargePerKw the demand charge
   * @return the tariff
   */
  public static Tariff flat(double pricePerKwh, double demandChargePerKw) {
    return new Tariff(TimeSeries.constant(pricePerKwh), demandChargePerKw);
  }
}
