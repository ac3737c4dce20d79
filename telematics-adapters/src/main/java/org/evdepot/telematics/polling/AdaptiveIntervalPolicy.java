package org.evdepot.telematics.polling;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.evdepot.telematics.ChargingState;
import org.evdepot.telematics.PlugState;
import org.evdepot.telematics.StateOfCharge;
import org.evdepot.telematics.VehicleSnapshot;

/**
 * Polls often what matters and rarely what does not, in this order: a vehicle whose departure is
 * near or that is charging is polled every {@code active} interval; an asleep vehicle every {@code
 * asleep} interval (it is never woken by polling); a full vehicle (charging complete, or parked at
 * or above the full threshold) every {@code idleFull} interval; a plugged-in vehicle every {@code
 * plugged} interval; anything else every {@code normal} interval; after a failure, {@code failed}.
 */
public final class AdaptiveIntervalPolicy implements IntervalPolicy {
  private final Duration active;
  private final Duration plugged;
  private final Duration normal;
  private final Duration idleFull;
  private final Duration asleep;
  private final Duration failed;
  private final Duration departureWindow;
  private final double fullPercent;

  private AdaptiveIntervalPolicy(Builder b) {
    this.active = b.active;
    this.plugged = b.plugged;
    this.normal = b.normal;
    this.idleFull = b.idleFull;
    this.asleep = b.asleep;
    this.failed = b.failed;
    this.departureWindow = b.departureWindow;
    this.fullPercent = b.fullPercent;
  }

  /** Defaults: active 2 min, plugged 5 min, normal 15 min, full 60 min, asleep 30 min. */
  public static AdaptiveIntervalPolicy defaults() {
    return builder().build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Duration next(
      VehicleSnapshot latest, PollContext context, PollOutcome outcome, Instant now) {
    if (outcome == PollOutcome.FAILED) {
      return failed;
    }
    Instant departure = context.departureAt();
    boolean nearDeparture =
        departure != null
            && !departure.isBefore(now.minus(Duration.ofMinutes(5)))
            && departure.isBefore(now.plus(departureWindow));
    if (outcome == PollOutcome.ASLEEP) {
      return asleep;
    }
    if (nearDeparture) {
      return active;
    }
    if (latest == null) {
      return normal;
    }
    ChargingState charging = latest.chargingState().valueOrNull();
    PlugState plug = latest.plugState().valueOrNull();
    StateOfCharge soc = latest.stateOfCharge().valueOrNull();
    if (charging == ChargingState.CHARGING) {
      return active;
    }
    if (charging == ChargingState.COMPLETE
        || (soc != null && soc.percent() >= fullPercent && charging != ChargingState.CHARGING)) {
      return idleFull;
    }
    if (plug == PlugState.PLUGGED) {
      return plugged;
    }
    return normal;
  }

  /** Builds an {@link AdaptiveIntervalPolicy}. */
  public static final class Builder {
    private Duration active = Duration.ofMinutes(2);
    private Duration plugged = Duration.ofMinutes(5);
    private Duration normal = Duration.ofMinutes(15);
    private Duration idleFull = Duration.ofMinutes(60);
    private Duration asleep = Duration.ofMinutes(30);
    private Duration failed = Duration.ofMinutes(5);
    private Duration departureWindow = Duration.ofHours(1);
    private double fullPercent = 95;

    private Builder() {}

    /** Interval while charging or near departure. */
    public Builder active(Duration value) {
      this.active = positive(value, "active");
      return this;
    }

    /** Interval while plugged in but not charging. */
    public Builder plugged(Duration value) {
      this.plugged = positive(value, "plugged");
      return this;
    }

    /** Interval otherwise. */
    public Builder normal(Duration value) {
      this.normal = positive(value, "normal");
      return this;
    }

    /** Interval when parked and full. */
    public Builder idleFull(Duration value) {
      this.idleFull = positive(value, "idleFull");
      return this;
    }

    /** Interval while asleep. */
    public Builder asleep(Duration value) {
      this.asleep = positive(value, "asleep");
      return this;
    }

    /** Interval after a failed vehicle poll. */
    public Builder failed(Duration value) {
      this.failed = positive(value, "failed");
      return this;
    }

    /** How long before a departure polling becomes active. */
    public Builder departureWindow(Duration value) {
      this.departureWindow = positive(value, "departureWindow");
      return this;
    }

    /** State of charge from which a parked vehicle counts as full. */
    public Builder fullPercent(double value) {
      if (!(value > 0 && value <= 100)) {
        throw new IllegalArgumentException("fullPercent must be within (0, 100] but was " + value);
      }
      this.fullPercent = value;
      return this;
    }

    /** Builds the policy. */
    public AdaptiveIntervalPolicy build() {
      return new AdaptiveIntervalPolicy(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive but was " + d);
      }
      return d;
    }
  }
}
