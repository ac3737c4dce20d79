package org.evdepot.telematics.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.evdepot.telematics.Location;
import org.evdepot.telematics.Observation;
import org.evdepot.telematics.Quality;
import org.evdepot.telematics.StateOfCharge;
import org.evdepot.telematics.VehicleSnapshot;

/**
 * The invariants every decoded snapshot must hold (as Traccar's ProtocolTest does for positions):
 * usable values are in range, no time lies in the future, and no observation time was defaulted to
 * the receive time.
 */
public final class SnapshotInvariants {
  private static final Duration SKEW = Duration.ofMinutes(2);

  private SnapshotInvariants() {}

  /** Asserts the invariants; returns the snapshot for chaining. */
  public static VehicleSnapshot check(VehicleSnapshot s) {
    assertThat(s.ref()).isNotNull();
    assertThat(s.receivedAt()).isNotNull();
    for (Map.Entry<String, Observation<?>> e : s.observations().entrySet()) {
      String field = e.getKey();
      Observation<?> o = e.getValue();
      assertThat(o.receivedAt()).as(field + " receivedAt").isNotNull();
      if (!o.isPresent()) {
        assertThat(o.quality()).as(field).isEqualTo(Quality.UNAVAILABLE);
        continue;
      }
      assertThat(o.quality()).as(field).isNotEqualTo(Quality.UNAVAILABLE);
      Instant limit = o.receivedAt().plus(SKEW);
      if (o.quality() != Quality.INVALID) {
        o.observedAt()
            .ifPresent(t -> assertThat(t).as(field + " observedAt").isBeforeOrEqualTo(limit));
        o.fetchedAt()
            .ifPresent(t -> assertThat(t).as(field + " fetchedAt").isBeforeOrEqualTo(limit));
        checkRange(field, o.valueOrNull());
      }
      o.observedAt()
          .ifPresent(
              t ->
                  assertThat(t)
                      .as(field + " observedAt must come from the provider, not our clock")
                      .isNotEqualTo(o.receivedAt()));
    }
    return s;
  }

  private static void checkRange(String field, Object v) {
    switch (field) {
      case "stateOfCharge" ->
          assertThat(((StateOfCharge) v).percent()).as(field).isBetween(0.0, 100.0);
      case "chargeLimitPercent" -> assertThat((Double) v).as(field).isBetween(0.0, 100.0);
      case "rangeKm", "odometerKm", "chargingPowerKw", "energyAddedKwh" ->
          assertThat((Double) v).as(field).isGreaterThanOrEqualTo(0.0);
      case "location" -> {
        Location l = (Location) v;
        assertThat(l.latitude()).isBetween(-90.0, 90.0);
        assertThat(l.longitude()).isBetween(-180.0, 180.0);
        if (!Double.isNaN(l.speedKmh())) {
          assertThat(l.speedKmh()).isGreaterThanOrEqualTo(0.0);
        }
        if (!Double.isNaN(l.headingDegrees())) {
          assertThat(l.headingDegrees()).isBetween(0.0, 360.0);
        }
      }
      default -> {}
    }
  }
}
