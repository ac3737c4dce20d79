package org.evdepot.depotsim.sim;

import org.evdepot.depotsim.model.ChargingCurve;

/**
 * A stretch of time {@code [start, end)} with constant setpoints, as reported to a {@link
 * SimulationListener}. A view: valid only during the callback.
 */
public interface Segment {
  /**
   * Start.
   *
   * @return seconds
   */
  long start();

  /**
   * End.
   *
   * @return seconds
   */
  long end();

  /**
   * Grid limit in force.
   *
   * @return kW
   */
  double gridLimitKw();

  /**
   * Base load.
   *
   * @return kW
   */
  double baseLoadKw();

  /**
   * PV production.
   *
   * @return kW
   */
  double pvKw();

  /**
   * Stationary battery power, positive when discharging into the site.
   *
   * @return kW
   */
  double batteryKw();

  /**
   * Grid import at the start.
   *
   * @return kW
   */
  double gridKw();

  /**
   * Grid import energy over the segment as the engine metered it.
   *
   * @return kWh
   */
  double gridEnergyKwh();

  /**
   * Number of chargers.
   *
   * @return count
   */
  int chargers();

  /**
   * A charger's maximum.
   *
   * @param c charger index
   * @return kW
   */
  double chargerMaxKw(int c);

  /**
   * A charger's minimum.
   *
   * @param c charger index
   * @return kW
   */
  double chargerMinKw(int c);

  /**
   * Whether a charger works.
   *
   * @param c charger index
   * @return false while faulted
   */
  boolean chargerAvailable(int c);

  /**
   * Number of vehicles.
   *
   * @return count
   */
  int vehicles();

  /**
   * A vehicle's id.
   *
   * @param v vehicle index
   * @return id
   */
  String vehicleId(int v);

  /**
   * The charger a vehicle is plugged into.
   *
   * @param v vehicle index
   * @return charger index, or -1 when not plugged
   */
  int vehicleCharger(int v);

  /**
   * Whether the vehicle is at the depot.
   *
   * @param v vehicle index
   * @return false while driving
   */
  boolean vehiclePresent(int v);

  /**
   * Battery capacity.
   *
   * @param v vehicle index
   * @return kWh
   */
  double capacityKwh(int v);

  /**
   * Charging curve.
   *
   * @param v vehicle index
   * @return the curve
   */
  ChargingCurve curve(int v);

  /**
   * On-board charger limit (AC), or infinity.
   *
   * @param v vehicle index
   * @return kW
   */
  double maxGridKw(int v);

  /**
   * Efficiency of the vehicle's charger (1 when not plugged).
   *
   * @param v vehicle index
   * @return efficiency
   */
  double efficiency(int v);

  /**
   * Grid setpoint of the vehicle's EVSE.
   *
   * @param v vehicle index
   * @return kW
   */
  double setpointKw(int v);

  /**
   * Grid power drawn at the start.
   *
   * @param v vehicle index
   * @return kW
   */
  double startPowerKw(int v);

  /**
   * Grid power drawn just before the end.
   *
   * @param v vehicle index
   * @return kW
   */
  double endPowerKw(int v);

  /**
   * SoC at the start.
   *
   * @param v vehicle index
   * @return SoC
   */
  double socStart(int v);

  /**
   * SoC at the end.
   *
   * @param v vehicle index
   * @return SoC
   */
  double socEnd(int v);

  /**
   * Grid energy to the vehicle's EVSE over the segment.
   *
   * @param v vehicle index
   * @return kWh
   */
  double gridEnergyKwh(int v);

  /**
   * Number of vehicles listed by {@link #activeVehicle(int)}: every vehicle that may have a
   * setpoint, draw power or change SoC in this segment. Every other vehicle has setpoint, power and
   * energy 0 and the same SoC at the start and end as at the end of the last segment in which it
   * was listed, less what it drove since. The default lists all vehicles.
   *
   * @return count, at most {@link #vehicles()}
   */
  default int activeVehicles() {
    return vehicles();
  }

  /**
   * An active vehicle, in increasing index order.
   *
   * @param i position, below {@link #activeVehicles()}
   * @return vehicle index
   */
  default int activeVehicle(int i) {
    return i;
  }
}
