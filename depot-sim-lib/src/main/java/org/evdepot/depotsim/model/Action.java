package org.evdepot.depotsim.model;

/**
 * An agent action: something an operator, a test or an external agent does to the depot. Actions
 * are applied at a time ({@link TimedAction}) or immediately through the simulation's step API.
 * Each record rejects invalid values when constructed, so a scenario file, a scenario built in code
 * and the step API accept exactly the same actions; the ids are checked against the scenario (when
 * it is built, or when the action is applied).
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
  record DelayPlugIn(String vehicleId, long seconds) implements Action {
    /**
     * Rejects a negative delay.
     *
     * @throws IllegalArgumentException if {@code seconds} is negative
     */
    public DelayPlugIn {
      if (seconds < 0) {
        throw new IllegalArgumentException("plug-in delay must be >= 0: " + seconds + " s");
      }
    }
  }

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
   * @param kw the new limit (finite, >= 0), or negative (finite) to restore
   */
  record SetSiteLimit(double kw) implements Action {
    /**
     * Rejects NaN and infinite values; any finite negative value is the restore sentinel.
     *
     * @throws IllegalArgumentException if {@code kw} is NaN or infinite
     */
    public SetSiteLimit {
      if (!Double.isFinite(kw)) {
        throw new IllegalArgumentException(
            "site limit kw must be finite (negative restores the scenario's limit): " + kw);
      }
    }
  }

  /**
   * The vehicle's required SoC for its next departure becomes {@code soc}.
   *
   * @param vehicleId the vehicle
   * @param soc the new target, 0..1
   */
  record SetTarget(String vehicleId, double soc) implements Action {
    /**
     * Rejects a target outside 0..1.
     *
     * @throws IllegalArgumentException if {@code soc} is outside 0..1 or NaN
     */
    public SetTarget {
      Checks.fraction("target soc", soc);
    }
  }

  /**
   * The vehicle's priority becomes {@code priority} (larger is served first).
   *
   * @param vehicleId the vehicle
   * @param priority the new priority
   */
  record SetPriority(String vehicleId, int priority) implements Action {}
}
