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
    List<String> violations = new ArrayList<>(0);
    VehicleSnapshot.Builder b = snapshot.toBuilder();
    b.stateOfCharge(
        checked(
            "stateOfCharge",
            snapshot.stateOfCharge(),
            s -> s.percent() >= 0 && s.percent() <= 100,
            limit,
            violations));
    b.chargeLimitPercent(
        checked(
            "chargeLimitPercent",
            snapshot.chargeLimitPercent(),
            p -> p >= 0 && p <= 100,
            limit,
            violations));
    b.rangeKm(checked("rangeKm", snapshot.rangeKm(), v -> v >= 0, limit, violations));
    b.odometerKm(checked("odometerKm", snapshot.odometerKm(), v -> v >= 0, limit, violations));
    b.chargingPowerKw(
        checked("chargingPowerKw", snapshot.chargingPowerKw(), v -> v >= 0, limit, violations));
    b.energyAddedKwh(
        checked("energyAddedKwh", snapshot.energyAddedKwh(), v -> v >= 0, limit, violations));
    b.location(
        checked("location", snapshot.location(), Plausibility::saneLocation, limit, violations));
    b.plugState(checked("plugState", snapshot.plugState(), v -> true, limit, violations));
    b.chargingState(
        checked("chargingState", snapshot.chargingState(), v -> true, limit, violations));
    if (violations.isEmpty()) {
      return new Result(snapshot, violations);
    }
    return new Result(b.build(), violations);
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

  private static <T> Observation<T> checked(
      String field, Observation<T> o, Check<T> check, Instant limit, List<String> violations) {
    if (!o.isPresent() || o.quality() == Quality.INVALID) {
      return o;
    }
    T value = o.valueOrNull();
    if (!check.ok(value)) {
      violations.add(field + " out of range: " + value);
      return o.withQuality(Quality.INVALID);
    }
    Instant observed = o.observedAt().orElse(null);
    if (observed != null && observed.isAfter(limit)) {
      violations.add(field + " observed in the future: " + observed);
      return o.withQuality(Quality.INVALID);
    }
    Instant fetched = o.fetchedAt().orElse(null);
    if (fetched != null && fetched.isAfter(limit)) {
      violations.add(field + " fetched in the future: " + fetched);
      return o.withQuality(Quality.INVALID);
    }
    return o;
  }
}
