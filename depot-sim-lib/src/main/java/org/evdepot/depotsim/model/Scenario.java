package org.evdepot.depotsim.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A complete depot scenario: the site, its tariff, chargers, vehicle types, vehicles with
 * schedules, the depot rule, run settings and timed agent actions. Build one with {@link
 * #builder()}.
 *
 * @param name a label
 * @param start the wall-clock instant of time 0 (months for the demand charge are UTC months)
 * @param durationSeconds length of the run
 * @param controlIntervalSeconds planner period and plan slot length
 * @param horizonSeconds how far ahead an optimising planner looks
 * @param site the grid connection and site loads
 * @param tariff energy price and demand charge
 * @param chargers the chargers, in plug-in preference order
 * @param vehicleTypes the vehicle types by id
 * @param vehicles the fleet
 * @param rule the depot's plug-in rule
 * @param randomness seeded arrival delays and energy use
 * @param actions timed agent actions
 */
public record Scenario(
    String name,
    Instant start,
    long durationSeconds,
    long controlIntervalSeconds,
    long horizonSeconds,
    Site site,
    Tariff tariff,
    List<Charger> chargers,
    Map<String, VehicleType> vehicleTypes,
    List<Vehicle> vehicles,
    DepotRule rule,
    Randomness randomness,
    List<TimedAction> actions) {

  /**
   * The longest duration a scenario may have: 100 years of 366 days, far beyond any study and small
   * enough that the per-month bookkeeping of a run stays small.
   */
  public static final long MAX_DURATION_SECONDS = 100L * 366 * 86_400;

  /**
   * The most control intervals a planning horizon may hold: 20,000 (a week at 30 s, 69 days at 5
   * minutes). The optimising planner keeps a power per vehicle and slot of the horizon.
   */
  public static final long MAX_HORIZON_SLOTS = 20_000;

  /**
   * Validates every field and the references between them; copies the collections.
   *
   * <p>Every timed action must be at or before the end ({@code at <= durationSeconds}) and name the
   * ids it needs (vehicle or charger) of this scenario (the values of each action, such as a {@code
   * DelayPlugIn} that must not be negative, are checked by the action's record).
   */
  public Scenario {
    Checks.id("scenario name", name);
    Checks.notNull("scenario start", start);
    if (durationSeconds <= 0 || durationSeconds > MAX_DURATION_SECONDS) {
      throw new IllegalArgumentException(
          "durationSeconds must be > 0 and at most "
              + MAX_DURATION_SECONDS
              + " (100 years): "
              + durationSeconds);
    }
    if (controlIntervalSeconds <= 0) {
      throw new IllegalArgumentException(
          "controlIntervalSeconds must be > 0: " + controlIntervalSeconds);
    }
    if (horizonSeconds < controlIntervalSeconds) {
      throw new IllegalArgumentException(
          "horizonSeconds must be >= controlIntervalSeconds: " + horizonSeconds);
    }
    if (horizonSeconds / controlIntervalSeconds > MAX_HORIZON_SLOTS) {
      throw new IllegalArgumentException(
          "the horizon may hold at most "
              + MAX_HORIZON_SLOTS
              + " control intervals (a plan holds a power per vehicle and slot): "
              + horizonSeconds
              + " s at "
              + controlIntervalSeconds
              + " s");
    }
    Checks.notNull("site", site);
    Checks.notNull("tariff", tariff);
    chargers = List.copyOf(chargers);
    vehicleTypes = Map.copyOf(vehicleTypes);
    vehicles = List.copyOf(vehicles);
    Checks.notNull("rule", rule);
    Checks.notNull("randomness", randomness);
    actions = List.copyOf(actions);
    Set<String> ids = new HashSet<>();
    for (Charger c : chargers) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("duplicate charger id: " + c.id());
      }
    }
    Set<String> chargerIds = new HashSet<>(ids);
    ids.clear();
    for (Vehicle v : vehicles) {
      if (!ids.add(v.id())) {
        throw new IllegalArgumentException("duplicate vehicle id: " + v.id());
      }
      if (!vehicleTypes.containsKey(v.typeId())) {
        throw new IllegalArgumentException(
            "vehicle " + v.id() + " has unknown typeId: " + v.typeId());
      }
    }
    for (TimedAction t : actions) {
      Checks.notNull("timed action", t);
      String where = "action at " + t.at() + " s (" + t.action().getClass().getSimpleName() + ")";
      if (t.at() > durationSeconds) {
        throw new IllegalArgumentException(
            where + " is after the scenario's end at " + durationSeconds + " s");
      }
      String vehicle = null;
      String charger = null;
      boolean needsVehicle = true;
      Action a = t.action();
      if (a instanceof Action.PlugIn p) {
        vehicle = p.vehicleId();
      } else if (a instanceof Action.Unplug u) {
        vehicle = u.vehicleId();
      } else if (a instanceof Action.DelayPlugIn d) {
        // The records validate their own values (delay >= 0, target in 0..1, finite limit).
        vehicle = d.vehicleId();
      } else if (a instanceof Action.SetTarget g) {
        vehicle = g.vehicleId();
      } else if (a instanceof Action.SetPriority p) {
        vehicle = p.vehicleId();
      } else {
        needsVehicle = false;
        if (a instanceof Action.ChargerFault f) {
          charger = Checks.notNull(where + " charger id", f.chargerId());
        } else if (a instanceof Action.ChargerRecovery r) {
          charger = Checks.notNull(where + " charger id", r.chargerId());
        }
      }
      if (needsVehicle) {
        Checks.notNull(where + " vehicle id", vehicle);
        if (!ids.contains(vehicle)) {
          throw new IllegalArgumentException(where + " names an unknown vehicle: " + vehicle);
        }
      }
      if (charger != null && !chargerIds.contains(charger)) {
        throw new IllegalArgumentException(where + " names an unknown charger: " + charger);
      }
    }
  }

  /**
   * The type of a vehicle.
   *
   * @param v a vehicle of this scenario
   * @return its type
   */
  public VehicleType typeOf(Vehicle v) {
    return vehicleTypes.get(v.typeId());
  }

  /**
   * A copy with another duration (for example to run only the first days). Timed actions after the
   * new end are dropped, since they could never run.
   *
   * @param seconds the new duration, > 0 and at most {@link #MAX_DURATION_SECONDS}
   * @return the copy
   * @throws IllegalArgumentException if the duration is out of range
   */
  public Scenario withDuration(long seconds) {
    List<TimedAction> kept = new ArrayList<>();
    for (TimedAction t : actions) {
      if (t.at() <= seconds) {
        kept.add(t);
      }
    }
    return new Scenario(
        name,
        start,
        seconds,
        controlIntervalSeconds,
        horizonSeconds,
        site,
        tariff,
        chargers,
        vehicleTypes,
        vehicles,
        rule,
        randomness,
        kept);
  }

  /**
   * A copy with other randomness.
   *
   * @param r the randomness
   * @return the copy
   */
  public Scenario withRandomness(Randomness r) {
    return new Scenario(
        name,
        start,
        durationSeconds,
        controlIntervalSeconds,
        horizonSeconds,
        site,
        tariff,
        chargers,
        vehicleTypes,
        vehicles,
        rule,
        r,
        actions);
  }

  /**
   * A new builder with defaults: start 2026-01-05T00:00Z, one day, 5-minute control, 24 h horizon,
   * flat free tariff, plug in on arrival, no randomness.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scenario}; {@link #build()} validates. */
  public static final class Builder {
    private String name = "scenario";
    private Instant start = Instant.parse("2026-01-05T00:00:00Z");
    private long duration = 86_400;
    private long control = 300;
    private long horizon = 86_400;
    private Site site = Site.ofLimit(1_000);
    private Tariff tariff = Tariff.flat(0, 0);
    private final List<Charger> chargers = new ArrayList<>();
    private final Map<String, VehicleType> types = new LinkedHashMap<>();
    private final List<Vehicle> vehicles = new ArrayList<>();
    private DepotRule rule = DepotRule.PLUG_IN_ON_ARRIVAL;
    private Randomness randomness = Randomness.NONE;
    private final List<TimedAction> actions = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the name.
     *
     * @param v name
     * @return this
     */
    public Builder name(String v) {
      name = v;
      return this;
    }

    /**
     * Sets the start instant.
     *
     * @param v start
     * @return this
     */
    public Builder start(Instant v) {
      start = v;
      return this;
    }

    /**
     * Sets the duration.
     *
     * @param seconds duration
     * @return this
     */
    public Builder durationSeconds(long seconds) {
      duration = seconds;
      return this;
    }

    /**
     * Sets the control interval.
     *
     * @param seconds interval
     * @return this
     */
    public Builder controlIntervalSeconds(long seconds) {
      control = seconds;
      return this;
    }

    /**
     * Sets the planning horizon.
     *
     * @param seconds horizon
     * @return this
     */
    public Builder horizonSeconds(long seconds) {
      horizon = seconds;
      return this;
    }

    /**
     * Sets the site.
     *
     * @param v site
     * @return this
     */
    public Builder site(Site v) {
      site = v;
      return this;
    }

    /**
     * Sets the tariff.
     *
     * @param v tariff
     * @return this
     */
    public Builder tariff(Tariff v) {
      tariff = v;
      return this;
    }

    /**
     * Adds a charger.
     *
     * @param v charger
     * @return this
     */
    public Builder charger(Charger v) {
      chargers.add(v);
      return this;
    }

    /**
     * Adds a vehicle type.
     *
     * @param v type
     * @return this
     */
    public Builder vehicleType(VehicleType v) {
      types.put(v.id(), v);
      return this;
    }

    /**
     * Adds a vehicle.
     *
     * @param v vehicle
     * @return this
     */
    public Builder vehicle(Vehicle v) {
      vehicles.add(v);
      return this;
    }

    /**
     * Sets the depot rule.
     *
     * @param v rule
     * @return this
     */
    public Builder rule(DepotRule v) {
      rule = v;
      return this;
    }

    /**
     * Sets the randomness.
     *
     * @param v randomness
     * @return this
     */
    public Builder randomness(Randomness v) {
      randomness = v;
      return this;
    }

    /**
     * Adds a timed action.
     *
     * @param at seconds since start
     * @param a the action
     * @return this
     */
    public Builder action(long at, Action a) {
      actions.add(new TimedAction(at, a));
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the scenario
     * @throws IllegalArgumentException naming the first invalid field
     */
    public Scenario build() {
      return new Scenario(
          name,
          start,
          duration,
          control,
          horizon,
          site,
          tariff,
          chargers,
          types,
          vehicles,
          rule,
          randomness,
          actions);
    }
  }
}
