package org.evdepot.depotsim.plan;

import java.util.List;

/**
 * Everything a planner needs, as plain values: the horizon of {@code slots} slots of {@code
 * slotSeconds} starting at {@code now}, the site's limit, base load, PV and price in each slot, the
 * demand charge and the billing period's peak so far, the chargers and the connected vehicles.
 *
 * <p>Each slot's limit should be the smallest limit within the slot, its base load the largest and
 * its PV the smallest, so that a plan that respects the slot values respects them at every instant
 * (the simulator samples this way).
 *
 * <p>A state may also carry a forecast: the vehicles expected to plug in within the horizon ({@link
 * #expectedArrivals()}, empty unless given with {@link #withExpectedArrivals}). Planners that look
 * ahead may keep room for them; they never get power in a plan.
 */
public final class DepotState {
  private final long now;
  private final int slotSeconds;
  private final double[] gridLimitKw;
  private final double[] baseLoadKw;
  private final double[] pvKw;
  private final double[] pricePerKwh;
  private final double demandChargePerKw;
  private final double peakSoFarKw;
  private final List<ChargerState> chargers;
  private final List<ConnectedVehicle> vehicles;
  private final List<ExpectedArrival> expectedArrivals;

  /**
   * Creates a state; the arrays are copied and must have one value per slot.
   *
   * <p>Every number must be finite (a NaN or infinite input would turn into NaN power in a plan).
   * Limits, loads, PV, the demand charge and the peak so far must also be >= 0; prices may be
   * negative, as in real day-ahead markets.
   *
   * @param now start of the first slot (seconds on any clock shared with the departures)
   * @param slotSeconds slot length, > 0
   * @param gridLimitKw grid import limit per slot, finite and >= 0
   * @param baseLoadKw other site load per slot, finite and >= 0
   * @param pvKw PV production per slot, finite and >= 0
   * @param pricePerKwh energy price per slot, finite (may be negative)
   * @param demandChargePerKw demand charge per kW of the billing period's peak, finite and >= 0
   * @param peakSoFarKw the billing period's peak import so far, finite and >= 0
   * @param chargers the chargers
   * @param vehicles the connected vehicles, each at an available or faulted charger
   * @throws IllegalArgumentException naming the field when inconsistent
   */
  public DepotState(
      long now,
      int slotSeconds,
      double[] gridLimitKw,
      double[] baseLoadKw,
      double[] pvKw,
      double[] pricePerKwh,
      double demandChargePerKw,
      double peakSoFarKw,
      List<ChargerState> chargers,
      List<ConnectedVehicle> vehicles) {
    if (slotSeconds <= 0) {
      throw new IllegalArgumentException("slotSeconds must be > 0: " + slotSeconds);
    }
    int s = gridLimitKw.length;
    if (s == 0 || baseLoadKw.length != s || pvKw.length != s || pricePerKwh.length != s) {
      throw new IllegalArgumentException(
          "gridLimitKw, baseLoadKw, pvKw and pricePerKwh need the same length > 0: "
              + s
              + ", "
              + baseLoadKw.length
              + ", "
              + pvKw.length
              + ", "
              + pricePerKwh.length);
    }
    requireEach("gridLimitKw", gridLimitKw, true);
    requireEach("baseLoadKw", baseLoadKw, true);
    requireEach("pvKw", pvKw, true);
    requireEach("pricePerKwh", pricePerKwh, false);
    require("demandChargePerKw", demandChargePerKw, true);
    require("peakSoFarKw", peakSoFarKw, true);
    this.now = now;
    this.slotSeconds = slotSeconds;
    this.gridLimitKw = gridLimitKw.clone();
    this.baseLoadKw = baseLoadKw.clone();
    this.pvKw = pvKw.clone();
    this.pricePerKwh = pricePerKwh.clone();
    this.demandChargePerKw = demandChargePerKw;
    this.peakSoFarKw = peakSoFarKw;
    this.chargers = List.copyOf(chargers);
    this.vehicles = List.copyOf(vehicles);
    this.expectedArrivals = List.of();
    checkChargers(this.vehicles, this.chargers.size());
  }

  private static void requireEach(String field, double[] values, boolean nonNegative) {
    for (int i = 0; i < values.length; i++) {
      require(field + "[" + i + "]", values[i], nonNegative);
    }
  }

  private static void require(String field, double v, boolean nonNegative) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(field + " must be finite: " + v);
    }
    if (nonNegative && v < 0) {
      throw new IllegalArgumentException(field + " must be >= 0: " + v);
    }
  }

  private static void checkChargers(List<ConnectedVehicle> vehicles, int chargers) {
    for (ConnectedVehicle v : vehicles) {
      if (v.charger() < 0 || v.charger() >= chargers) {
        throw new IllegalArgumentException(
            "vehicle " + v.id() + " charger index out of range: " + v.charger());
      }
    }
  }

  /**
   * The same site, horizon and tariff (arrays shared) with the given (already validated and copied)
   * chargers, vehicles and forecast.
   */
  private DepotState(
      DepotState o,
      List<ChargerState> chargers,
      List<ConnectedVehicle> vehicles,
      List<ExpectedArrival> expectedArrivals) {
    this.now = o.now;
    this.slotSeconds = o.slotSeconds;
    this.gridLimitKw = o.gridLimitKw;
    this.baseLoadKw = o.baseLoadKw;
    this.pvKw = o.pvKw;
    this.pricePerKwh = o.pricePerKwh;
    this.demandChargePerKw = o.demandChargePerKw;
    this.peakSoFarKw = o.peakSoFarKw;
    this.chargers = chargers;
    this.vehicles = vehicles;
    this.expectedArrivals = expectedArrivals;
  }

  /**
   * This state (site, horizon, tariff and peak so far) with other chargers and connected vehicles
   * and no forecast: what a planner that tries a variant of the depot, or a test that nudges one,
   * starts from.
   *
   * @param chargers the chargers (copied)
   * @param vehicles the connected vehicles (copied), each at one of these chargers
   * @return the new state (this state is unchanged)
   * @throws IllegalArgumentException if a vehicle names a charger index out of range
   */
  public DepotState withFleet(List<ChargerState> chargers, List<ConnectedVehicle> vehicles) {
    List<ChargerState> cs = List.copyOf(chargers);
    List<ConnectedVehicle> vs = List.copyOf(vehicles);
    checkChargers(vs, cs.size());
    return new DepotState(this, cs, vs, List.of());
  }

  /**
   * This state with a forecast of the vehicles expected to plug in (replacing any forecast it had).
   * Planners that do not look ahead ignore it.
   *
   * @param arrivals the expected arrivals (copied), each with a known charger index or {@link
   *     ExpectedArrival#UNKNOWN_CHARGER}
   * @return the new state (this state is unchanged)
   * @throws IllegalArgumentException if an arrival names a charger index out of range
   */
  public DepotState withExpectedArrivals(List<ExpectedArrival> arrivals) {
    List<ExpectedArrival> copy = List.copyOf(arrivals);
    for (ExpectedArrival a : copy) {
      if (a.charger() >= chargers.size()) {
        throw new IllegalArgumentException(
            "expected vehicle " + a.id() + " charger index out of range: " + a.charger());
      }
    }
    return new DepotState(this, chargers, vehicles, copy);
  }

  /**
   * Start of the first slot.
   *
   * @return seconds
   */
  public long now() {
    return now;
  }

  /**
   * Slot length.
   *
   * @return seconds
   */
  public int slotSeconds() {
    return slotSeconds;
  }

  /**
   * Number of slots in the horizon.
   *
   * @return slots
   */
  public int slots() {
    return gridLimitKw.length;
  }

  /**
   * Start of a slot.
   *
   * @param slot slot index
   * @return seconds
   */
  public long slotStart(int slot) {
    return now + (long) slot * slotSeconds;
  }

  /**
   * Grid import limit in a slot.
   *
   * @param slot slot index
   * @return kW
   */
  public double gridLimitKw(int slot) {
    return gridLimitKw[slot];
  }

  /**
   * Other site load in a slot.
   *
   * @param slot slot index
   * @return kW
   */
  public double baseLoadKw(int slot) {
    return baseLoadKw[slot];
  }

  /**
   * PV production in a slot.
   *
   * @param slot slot index
   * @return kW
   */
  public double pvKw(int slot) {
    return pvKw[slot];
  }

  /**
   * Energy price in a slot.
   *
   * @param slot slot index
   * @return price per kWh
   */
  public double pricePerKwh(int slot) {
    return pricePerKwh[slot];
  }

  /**
   * Power available to the chargers in a slot: limit minus base load plus PV, at least 0.
   *
   * @param slot slot index
   * @return kW
   */
  public double headroomKw(int slot) {
    return Math.max(0, gridLimitKw[slot] - baseLoadKw[slot] + pvKw[slot]);
  }

  /**
   * Demand charge.
   *
   * @return per kW of the billing period's peak
   */
  public double demandChargePerKw() {
    return demandChargePerKw;
  }

  /**
   * The billing period's peak import so far.
   *
   * @return kW
   */
  public double peakSoFarKw() {
    return peakSoFarKw;
  }

  /**
   * The chargers.
   *
   * @return chargers, indexed by {@link ConnectedVehicle#charger()}
   */
  public List<ChargerState> chargers() {
    return chargers;
  }

  /**
   * The connected vehicles.
   *
   * @return vehicles, indexed like the plan's rows
   */
  public List<ConnectedVehicle> vehicles() {
    return vehicles;
  }

  /**
   * The forecast: vehicles expected to plug in, not connected yet.
   *
   * @return expected arrivals, empty when no forecast was given
   */
  public List<ExpectedArrival> expectedArrivals() {
    return expectedArrivals;
  }
}
