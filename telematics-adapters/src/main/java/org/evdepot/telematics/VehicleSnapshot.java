package org.evdepot.telematics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The normalised state of one vehicle as reported by one provider: every measured field is an
 * {@link Observation} in SI-style units (percent, km, km/h, kW, kWh).
 *
 * <p>Instances are immutable; build them with {@link #builder(VehicleRef, Instant)}. Fields not set
 * on the builder are {@link Quality#UNAVAILABLE}.
 */
public final class VehicleSnapshot {
  private final VehicleRef ref;
  private final String vin;
  private final Instant receivedAt;
  private final Observation<StateOfCharge> stateOfCharge;
  private final Observation<Double> rangeKm;
  private final Observation<Double> odometerKm;
  private final Observation<Location> location;
  private final Observation<PlugState> plugState;
  private final Observation<ChargingState> chargingState;
  private final Observation<Double> chargeLimitPercent;
  private final Observation<Double> chargingPowerKw;
  private final Observation<Double> energyAddedKwh;

  private VehicleSnapshot(Builder b) {
    this.ref = b.ref;
    this.vin = b.vin;
    this.receivedAt = b.receivedAt;
    this.stateOfCharge = b.stateOfCharge;
    this.rangeKm = b.rangeKm;
    this.odometerKm = b.odometerKm;
    this.location = b.location;
    this.plugState = b.plugState;
    this.chargingState = b.chargingState;
    this.chargeLimitPercent = b.chargeLimitPercent;
    this.chargingPowerKw = b.chargingPowerKw;
    this.energyAddedKwh = b.energyAddedKwh;
  }

  /**
   * A builder whose fields all start {@link Quality#UNAVAILABLE}.
   *
   * @param ref the vehicle and its provider identity
   * @param receivedAt when our process received the provider's data
   */
  public static Builder builder(VehicleRef ref, Instant receivedAt) {
    return new Builder(ref, receivedAt);
  }

  /** A builder preloaded with this snapshot's fields. */
  public Builder toBuilder() {
    Builder b = new Builder(ref, receivedAt);
    b.vin = vin;
    b.stateOfCharge = stateOfCharge;
    b.rangeKm = rangeKm;
    b.odometerKm = odometerKm;
    b.location = location;
    b.plugState = plugState;
    b.chargingState = chargingState;
    b.chargeLimitPercent = chargeLimitPercent;
    b.chargingPowerKw = chargingPowerKw;
    b.energyAddedKwh = energyAddedKwh;
    return b;
  }

  /** The vehicle and its provider identity. */
  public VehicleRef ref() {
    return ref;
  }

  /** Our vehicle id (shortcut for {@code ref().vehicleId()}). */
  public String vehicleId() {
    return ref.vehicleId();
  }

  /** The VIN, when the provider reports it. */
  public Optional<String> vin() {
    return Optional.ofNullable(vin);
  }

  /** When our process received the data this snapshot was built from (the latest merge). */
  public Instant receivedAt() {
    return receivedAt;
  }

  /** State of charge in percent, with whether it is the usable or displayed figure. */
  public Observation<StateOfCharge> stateOfCharge() {
    return stateOfCharge;
  }

  /** Estimated remaining range in km. */
  public Observation<Double> rangeKm() {
    return rangeKm;
  }

  /** Odometer in km. */
  public Observation<Double> odometerKm() {
    return odometerKm;
  }

  /** Last position fix. */
  public Observation<Location> location() {
    return location;
  }

  /** Whether a cable is connected. */
  public Observation<PlugState> plugState() {
    return plugState;
  }

  /** What the charging session is doing. */
  public Observation<ChargingState> chargingState() {
    return chargingState;
  }

  /** The vehicle's charge limit in percent. */
  public Observation<Double> chargeLimitPercent() {
    return chargeLimitPercent;
  }

  /** Charging power in kW (zero when not charging). */
  public Observation<Double> chargingPowerKw() {
    return chargingPowerKw;
  }

  /** Energy added in the current or last charging session in kWh. */
  public Observation<Double> energyAddedKwh() {
    return energyAddedKwh;
  }

  /** Every observation by field name, in declaration order (for generic checks and logging). */
  public Map<String, Observation<?>> observations() {
    Map<String, Observation<?>> m = new LinkedHashMap<>();
    m.put("stateOfCharge", stateOfCharge);
    m.put("rangeKm", rangeKm);
    m.put("odometerKm", odometerKm);
    m.put("location", location);
    m.put("plugState", plugState);
    m.put("chargingState", chargingState);
    m.put("chargeLimitPercent", chargeLimitPercent);
    m.put("chargingPowerKw", chargingPowerKw);
    m.put("energyAddedKwh", energyAddedKwh);
    return m;
  }

  /** The latest observation time of any field; empty when no field has one. */
  public Optional<Instant> latestObservedAt() {
    Instant latest = null;
    for (Observation<?> o : observations().values()) {
      Instant t = o.observedAt().orElse(null);
      if (t != null && (latest == null || t.isAfter(latest))) {
        latest = t;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** A copy whose fresh observations became stale (the provider could not be reached). */
  public VehicleSnapshot stale() {
    Builder b = toBuilder();
    b.stateOfCharge = stateOfCharge.stale();
    b.rangeKm = rangeKm.stale();
    b.odometerKm = odometerKm.stale();
    b.location = location.stale();
    b.plugState = plugState.stale();
    b.chargingState = chargingState.stale();
    b.chargeLimitPercent = chargeLimitPercent.stale();
    b.chargingPowerKw = chargingPowerKw.stale();
    b.energyAddedKwh = energyAddedKwh.stale();
    return b.build();
  }

  /** Whether any field holds a fresh value. */
  public boolean hasFresh() {
    for (Observation<?> o : observations().values()) {
      if (o.quality() == Quality.FRESH) {
        return true;
      }
    }
    return false;
  }

  /**
   * Merges a newer report into this one, field by field, with {@link Observation#newest}: an older
   * observation never overwrites a newer one. The odometer never decreases: a newer reading lower
   * than the held one is kept out (the held one stays). The VIN and provider identity come from
   * {@code incoming} when it has them.
   *
   * @param incoming the newly received snapshot of the same vehicle
   * @return the merged snapshot
   */
  public VehicleSnapshot mergedWith(VehicleSnapshot incoming) {
    if (!incoming.ref.vehicleId().equals(ref.vehicleId())) {
      throw new IllegalArgumentException(
          "cannot merge vehicle " + incoming.ref.vehicleId() + " into " + ref.vehicleId());
    }
    Builder b = new Builder(incoming.ref, max(receivedAt, incoming.receivedAt));
    b.vin = incoming.vin != null ? incoming.vin : vin;
    b.stateOfCharge = Observation.newest(stateOfCharge, incoming.stateOfCharge);
    b.rangeKm = Observation.newest(rangeKm, incoming.rangeKm);
    b.odometerKm = mergeOdometer(odometerKm, incoming.odometerKm);
    b.location = Observation.newest(location, incoming.location);
    b.plugState = Observation.newest(plugState, incoming.plugState);
    b.chargingState = Observation.newest(chargingState, incoming.chargingState);
    b.chargeLimitPercent = Observation.newest(chargeLimitPercent, incoming.chargeLimitPercent);
    b.chargingPowerKw = Observation.newest(chargingPowerKw, incoming.chargingPowerKw);
    b.energyAddedKwh = Observation.newest(energyAddedKwh, incoming.energyAddedKwh);
    return b.build();
  }

  private static Observation<Double> mergeOdometer(
      Observation<Double> current, Observation<Double> incoming) {
    Observation<Double> winner = Observation.newest(current, incoming);
    if (winner == incoming
        && current.isUsable()
        && incoming.isPresent()
        && incoming.valueOrNull() < current.valueOrNull()) {
      return current;
    }
    return winner;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VehicleSnapshot s
        && ref.equals(s.ref)
        && Objects.equals(vin, s.vin)
        && receivedAt.equals(s.receivedAt)
        && observations().equals(s.observations());
  }

  @Override
  public int hashCode() {
    return Objects.hash(ref, vin, receivedAt, stateOfCharge, odometerKm, location);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("VehicleSnapshot[").append(ref.vehicleId());
    sb.append(" via ").append(ref.providerId()).append(':').append(ref.providerVehicleRef());
    for (Map.Entry<String, Observation<?>> e : observations().entrySet()) {
      Observation<?> o = e.getValue();
      if (o.isPresent()) {
        sb.append(", ").append(e.getKey()).append('=').append(o.valueOrNull());
        sb.append('(').append(o.quality()).append(')');
      }
    }
    return sb.append(']').toString();
  }

  /** Builds a {@link VehicleSnapshot}; not thread-safe. */
  public static final class Builder {
    private final VehicleRef ref;
    private final Instant receivedAt;
    private String vin;
    private Observation<StateOfCharge> stateOfCharge;
    private Observation<Double> rangeKm;
    private Observation<Double> odometerKm;
    private Observation<Location> location;
    private Observation<PlugState> plugState;
    private Observation<ChargingState> chargingState;
    private Observation<Double> chargeLimitPercent;
    private Observation<Double> chargingPowerKw;
    private Observation<Double> energyAddedKwh;

    private Builder(VehicleRef ref, Instant receivedAt) {
      this.ref = Objects.requireNonNull(ref, "ref");
      this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
      Observation<?> none = Observation.unavailable(receivedAt);
      this.stateOfCharge = cast(none);
      this.rangeKm = cast(none);
      this.odometerKm = cast(none);
      this.location = cast(none);
      this.plugState = cast(none);
      this.chargingState = cast(none);
      this.chargeLimitPercent = cast(none);
      this.chargingPowerKw = cast(none);
      this.energyAddedKwh = cast(none);
    }

    @SuppressWarnings("unchecked")
    private static <T> Observation<T> cast(Observation<?> unavailable) {
      return (Observation<T>) unavailable;
    }

    /** The time our process received the data. */
    public Instant receivedAt() {
      return receivedAt;
    }

    /** Sets the VIN ({@code null} or blank for unknown). */
    public Builder vin(String value) {
      this.vin = value == null || value.isBlank() ? null : value;
      return this;
    }

    /** Sets the state of charge. */
    public Builder stateOfCharge(Observation<StateOfCharge> value) {
      this.stateOfCharge = Objects.requireNonNull(value, "stateOfCharge");
      return this;
    }

    /** Sets the range in km. */
    public Builder rangeKm(Observation<Double> value) {
      this.rangeKm = Objects.requireNonNull(value, "rangeKm");
      return this;
    }

    /** Sets the odometer in km. */
    public Builder odometerKm(Observation<Double> value) {
      this.odometerKm = Objects.requireNonNull(value, "odometerKm");
      return this;
    }

    /** Sets the location. */
    public Builder location(Observation<Location> value) {
      this.location = Objects.requireNonNull(value, "location");
      return this;
    }

    /** Sets the plug state. */
    public Builder plugState(Observation<PlugState> value) {
      this.plugState = Objects.requireNonNull(value, "plugState");
      return this;
    }

    /** Sets the charging state. */
    public Builder chargingState(Observation<ChargingState> value) {
      this.chargingState = Objects.requireNonNull(value, "chargingState");
      return this;
    }

    /** Sets the charge limit in percent. */
    public Builder chargeLimitPercent(Observation<Double> value) {
      this.chargeLimitPercent = Objects.requireNonNull(value, "chargeLimitPercent");
      return this;
    }

    /** Sets the charging power in kW. */
    public Builder chargingPowerKw(Observation<Double> value) {
      this.chargingPowerKw = Objects.requireNonNull(value, "chargingPowerKw");
      return this;
    }

    /** Sets the energy added in kWh. */
    public Builder energyAddedKwh(Observation<Double> value) {
      this.energyAddedKwh = Objects.requireNonNull(value, "energyAddedKwh");
      return this;
    }

    /** Builds the immutable snapshot. */
    public VehicleSnapshot build() {
      return new VehicleSnapshot(this);
    }
  }
}
