package org.evdepot.ocpi.tariff;

import java.math.BigDecimal;
import org.evdepot.ocpi.v221.Price;

/**
 * The cost of a session or CDR under one tariff, split like the CDR's cost fields. Amounts are
 * rounded to 2 decimals (half up); {@code incl_vat} is null when a price component used has no VAT.
 *
 * @param totalCost total after min/max price
 * @param fixedCost FLAT part
 * @param energyCost ENERGY part
 * @param timeCost TIME part
 * @param parkingCost PARKING_TIME part
 * @param billedEnergy energy billed in kWh, after step size
 * @param billedTime charging time billed in hours, after step size
 * @param billedParkingTime parking time billed in hours, after step size
 */
public record PricingResult(
    Price totalCost,
    Price fixedCost,
    Price energyCost,
    Price timeCost,
    Price parkingCost,
    BigDecimal billedEnergy,
    BigDecimal billedTime,
    BigDecimal billedParkingTime) {}
