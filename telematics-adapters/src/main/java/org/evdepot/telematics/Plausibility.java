package org.evdepot.telematics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Plausibility checks applied to every decoded snapshot: state of charge and charge limit within
 * 0..100, non-negative range, odometer, power and energy, sane heading and speed, and no time in
 * the future (beyond an allowed clock skew). Failing observations keep their value for diagnosis
 * but are marked {@link Quality#INVALID}, so they never overwrite a valid value.
 */
public final class Plausibility {
  private final Duration maxClockSkew;

  /**
   * @param maxClockSkew how far a provider's clock may run ahead of ours before its times count as
   *     future
   */
  public Plausibility(Duration maxClockSkew) {
    Objects.requireNonNull(maxClockSkew, "maxClockSkew");
    if (maxClockSkew.isNegative()) {
      throw new IllegalArgumentException(
          "maxClockSkew must not be negative but was " + maxClockSkew);
    }
    this.maxClockSkew = maxClockSkew;
  }

  /** Checks with a two-minute clock skew allowance. */
  public static Plausibility standard() {
    return new Plausibility(Duration.ofMinutes(2));
  }

  /**
   * The result of a check.
   *
   * @param snapshot the snapshot with implausible fields marked invalid
   * @param violations one line per violation, naming the field and the value
   */
  public record Result(VehicleSnapshot snapshot, List<String> violations) {
    /** Copies the violations. */
    public Result {
      violations = List.copyOf(violations);
    }
  }

  /**
   * Checks a snapshot against the time {@code now}.
   *
   * @param snapshot a freshly decoded snapshot
   * @param now the current time of our clock
   * @return the checked snapshot and what was wrong
   */
  public Result check(VehicleSnapshot snapshot, Instant now) {
    Instant limit = now.plus(maxClockSkew);
    List<String> violations = null;
    Observation<StateOfCharge> soc = snapshot.stateOfCharge();
    Observation<Double> limitPct = snapshot.chargeLimitPercent();
    Observation<Double> range = snapshot.rangeKm();
    Observation<Double> odo = snapshot.odometerKm();
    Observation<Double> power = snapshot.chargingPowerKw();
    Observation<Double> energy = snapshot.energyAddedKwh();
    Observation<Location> loc = snapshot.location();
    Observation<PlugState> plug = snapshot.plugState();
    Observation<ChargingState> charging = snapshot.chargingState();
    String v;
    if ((v = violation(soc, s -> s.percent() >= 0 && s.percent() <= 100, limit)) != null) {
      violations = add(violations, "stateOfCharge " + v);
      soc = soc.withQuality(Quality.INVALID);
    }
    if ((v = violation(limitPct, p -> p >= 0 && p <= 100, limit)) != null) {
      violations = add(violations, "chargeLimitPercent " + v);
      limitPct = limitPct.withQuality(Quality.INVALID);
    }
    if ((v = violation(range, x -> x >= 0, limit)) != null) {
      violations = add(violations, "rangeKm " + v);
      range = range.withQuality(Quality.INVALID);
    }
    if ((v = violation(odo, x -> x >= 0, limit)) != null) {
      violations = add(violations, "odometerKm " + v);
      odo = odo.withQuality(Quality.INVALID);
    }
    if ((v = violation(power, x -> x >= 0, limit)) != null) {
      violations = add(violations, "chargingPowerKw " + v);
      power = power.withQuality(Quality.INVALID);
    }
    if ((v = violation(energy, x -> x >= 0, limit)) != null) {
      violations = add(violations, "energyAddedKwh " + v);
      energy = energy.withQuality(Quality.INVALID);
    }
    if ((v = violation(loc, Plausibility::saneLocation, limit)) != null) {
      violations = add(violations, "location " + v);
      loc = loc.withQuality(Quality.INVALID);
    }
    if ((v = violation(plug, x -> true, limit)) != null) {
      violations = add(violations, "plugState " + v);
      plug = plug.withQuality(Quality.INVALID);
    }
    if ((v = violation(charging, x -> true, limit)) != null) {
      violations = add(violations, "chargingState " + v);
      charging = charging.withQuality(Quality.INVALID);
    }
    if (violations == null) {
      return new Result(snapshot, List.of());
    }
    VehicleSnapshot checked =
        snapshot.toBuilder()
            .stateOfCharge(soc)
            .chargeLimitPercent(limitPct)
            .rangeKm(range)
            .odometerKm(odo)
            .chargingPowerKw(power)
            .energyAddedKwh(energy)
            .location(loc)
            .plugState(plug)
            .chargingState(charging)
            .build();
    return new Result(checked, violations);
  }

  private static List<String> add(List<String> list, String violation) {
    List<String> l = list == null ? new ArrayList<>(2) : list;
    l.add(violation);
    return l;
  }

  private static boolean saneLocation(Location l) {
    boolean heading =
        Double.isNaN(l.headingDegrees()) || (l.headingDegrees() >= 0 && l.headingDegrees() <= 360);
    boolean speed = Double.isNaN(l.speedKmh()) || (l.speedKmh() >= 0 && l.speedKmh() < 500);
    boolean accuracy = Double.isNaN(l.accuracyMetres()) || l.accuracyMetres() >= 0;
    return heading && speed && accuracy;
  }

  private interface Check<T> {
    boolean ok(T value);
  }

  /** What is wrong with an observation, or {@code null} when it is plausible or absent. */
  private static <T> String violation(Observation<T> o, Check<T> check, Instant limit) {
    if (!o.isPresent() || o.quality() == Quality.INVALID) {
      return null;
    }
    T value = o.valueOrNull();
    if (!check.ok(value)) {
      return "out of range: " + value;
    }
    Instant observed = o.observedAt().orElse(null);
    if (observed != null && observed.isAfter(limit)) {
      return "observed in the future: " + observed;
    }
    Instant fetched = o.fetchedAt().orElse(null);
    if (fetched != null && fetched.isAfter(limit)) {
      return "fetched in the future: " + fetched;
    }
    return null;
  }
}
