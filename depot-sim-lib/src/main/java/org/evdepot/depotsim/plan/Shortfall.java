package org.evdepot.depotsim.plan;

/**
 * A vehicle the plan expects to miss its target.
 *
 * @param vehicleId the vehicle
 * @param departure its departure
 * @param targetSoc the SoC it needs
 * @param projectedSoc the SoC the plan gives it at departure
 * @param missingKwh battery energy missing, {@code (target - projected) * capacity}
 */
public record Shortfall(
    String vehicleId, long departure, double targetSoc, double projectedSoc, double missingKwh) {}
