package org.evdepot.depotsim.sim;

/**
 * One scheduled departure.
 *
 * @param vehicleId the vehicle
 * @param time scheduled departure
 * @param soc SoC when it left (its SoC at that time if it was not back)
 * @param requiredSoc the target
 * @param shortfallKwh battery energy missing, {@code max(0, required - soc) * capacity}
 * @param missed true if it left more than 0.01 kWh below target or was not back in time
 * @param notReturned true if it was still away on its previous block
 */
public record DepartureRecord(
    String vehicleId,
    long time,
    double soc,
    double requiredSoc,
    double shortfallKwh,
    boolean missed,
    boolean notReturned) {}
