package org.evdepot.depotsim.sim;

/**
 * One scheduled departure.
 *
 * @param vehicleId the vehicle
 * @param time scheduled departure
 * @param soc SoC when it left; if it was not back: its SoC on its late return within the run, or,
 *     when it was still away at the end of the run, the SoC it left with on the block it was still
 *     driving (a trip's energy is taken on its return)
 * @param requiredSoc the target
 * @param shortfallKwh battery energy missing, {@code max(0, required - soc) * capacity}
 * @param missed true if it left more than 0.01 kWh below target or was not back in time
 * @param notReturned true if it was still away on its previous block (recorded on its return, or at
 *     the end of the run if it was still away then)
 */
public record DepartureRecord(
    String vehicleId,
    long time,
    double soc,
    double requiredSoc,
    double shortfallKwh,
    boolean missed,
    boolean notReturned) {}
