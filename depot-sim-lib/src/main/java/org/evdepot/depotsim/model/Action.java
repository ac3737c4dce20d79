package org.evdepot.depotsim.model;

/**
 * An agent action: something an operator, a test or an external agent does to the depot. Actions
 * are applied at a time ({@link TimedAction}) or immediately through the simulation's step API.
 */
public sealed interface Action {
  /**
   * The vehicle plugs in now (if it is at the depot, unplugged and an EVSE is free; otherwise it
   * joins the queue).
   *
   * @param vehicleId the vehicle
   */
  record PlugIn(String vehicleId) implements Action {}

  /**
   * The vehicle is unplugged now and stays unplugged until a {@link PlugIn} (or its next return).
   *
   * @param vehicleId the vehicle
   */
  record Unplug(String vehicleId) implements Action {}

  /**
   * The vehicle's next plug-in happens {@code seconds} later than the depot rule says.
   *
   * @param vehicleId the vehicle
   * @param seconds extra delay, >= 0
   */
  record DelayPlugIn(String vehicleId, long seconds) implements Action {}

  /**
   * The charger fails: it delivers nothing until {@link ChargerRecovery}; vehicles stay plugged.
   *
   * @param chargerId the charger
   */
  record ChargerFault(String chargerId) implements Action {}

  /**
   * The charger works again.
   *
   * @param chargerId the charger
   */
  record ChargerRecovery(String chargerId) implements Action {}

  /**
   * The grid limit becomes {@code kw} (for example a grid operator's curtailment); a negative value
   * restores the scenario's limit.
   *
   * @param kw the new limit, or negative to restore
   */
  record SetSiteLimit(double kw) implements Action {}

  /**
   * The vehicle's required SoC for its next departure becomes {@code soc}.
   *
   * @param vehicleId the vehicle
   * @param soc the new target, 0..1
   */
  record SetTarget(String vehicleId, double soc) implements Action {}

  /**
   * The vehicle's priority becomes {@code priority} (larger is served first).
   *
   * @param vehicleId the vehicle
   * @param priority the new priority
   */
  record SetPriority(String vehicleId, int priority) implements Action {}
}
