package org.evdepot.telematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VehicleSnapshotTest {
  private static final VehicleRef REF = new VehicleRef("bus-1", "p", "ext-1");
  private static final Instant T0 = Instant.parse("2026-03-02T05:00:00Z");
  private static final Instant RX = Instant.parse("2026-03-02T06:00:00Z");

  private static VehicleSnapshot snap(Instant observed, double soc, double odo, Instant rx) {
    return VehicleSnapshot.builder(REF, rx)
        .stateOfCharge(Observation.of(new StateOfCharge(soc, SocBasis.USABLE), observed, null, rx))
        .odometerKm(Observation.of(odo, observed, null, rx))
        .build();
  }

  @Test
  void merge_keepsTheNewerObservationOfEachFieldIndependently() {
    VehicleSnapshot held =
        snap(T0.plusSeconds(600), 70, 1000, RX).toBuilder()
            .plugState(Observation.of(PlugState.PLUGGED, T0, null, RX))
            .build();
    VehicleSnapshot late =
        VehicleSnapshot.builder(REF, RX.plusSeconds(60))
            .stateOfCharge(
                Observation.of(
                    new StateOfCharge(65, SocBasis.USABLE), T0, null, RX.plusSeconds(60)))
            .plugState(
                Observation.of(PlugState.UNPLUGGED, T0.plusSeconds(900), null, RX.plusSeconds(60)))
            .build();
    VehicleSnapshot merged = held.mergedWith(late);
    assertThat(merged.stateOfCharge().valueOrNull().percent()).isEqualTo(70);
    assertThat(merged.plugState().valueOrNull()).isEqualTo(PlugState.UNPLUGGED);
    assertThat(merged.odometerKm().valueOrNull()).isEqualTo(1000);
    assertThat(merged.receivedAt()).isEqualTo(RX.plusSeconds(60));
  }

  @Test
  void merge_neverLetsTheOdometerGoBackwards() {
    VehicleSnapshot held = snap(T0, 70, 1000, RX);
    VehicleSnapshot lower = snap(T0.plusSeconds(60), 69, 999.5, RX.plusSeconds(60));
    VehicleSnapshot merged = held.mergedWith(lower);
    assertThat(merged.odometerKm().valueOrNull()).isEqualTo(1000);
    assertThat(merged.stateOfCharge().valueOrNull().percent()).isEqualTo(69);
  }

  @Test
  void merge_ofAnotherVehicle_isRejected() {
    VehicleSnapshot other =
        VehicleSnapshot.builder(new VehicleRef("bus-2", "p", "ext-2"), RX).build();
    assertThatThrownBy(() -> snap(T0, 1, 1, RX).mergedWith(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bus-2");
  }

  @Test
  void stale_turnsFreshIntoStaleAndKeepsValuesAndTimes() {
    VehicleSnapshot s = snap(T0, 70, 1000, RX).stale();
    assertThat(s.stateOfCharge().quality()).isEqualTo(Quality.STALE);
    assertThat(s.stateOfCharge().observedAt()).contains(T0);
    assertThat(s.hasFresh()).isFalse();
    assertThat(s.location().quality()).isEqualTo(Quality.UNAVAILABLE);
  }

  @Test
  void builderDefaults_areUnavailableStampedWithReceiveTime() {
    VehicleSnapshot s = VehicleSnapshot.builder(REF, RX).build();
    assertThat(s.observations().values())
        .allSatisfy(
            o -> {
              assertThat(o.quality()).isEqualTo(Quality.UNAVAILABLE);
              assertThat(o.observedAt()).isEmpty();
            });
    assertThat(s.latestObservedAt()).isEmpty();
    assertThat(s.vin()).isEmpty();
  }

  @Test
  void plausibility_marksOutOfRangeAndFutureValuesInvalid() {
    VehicleSnapshot s =
        VehicleSnapshot.builder(REF, RX)
            .stateOfCharge(
                Observation.of(new StateOfCharge(101.5, SocBasis.DISPLAYED), T0, null, RX))
            .odometerKm(Observation.of(5.0, RX.plus(Duration.ofMinutes(10)), null, RX))
            .chargingPowerKw(Observation.of(-3.0, T0, null, RX))
            .rangeKm(Observation.of(100.0, RX.plus(Duration.ofSeconds(30)), null, RX))
            .build();
    Plausibility.Result r = Plausibility.standard().check(s, RX);
    assertThat(r.snapshot().stateOfCharge().quality()).isEqualTo(Quality.INVALID);
    assertThat(r.snapshot().odometerKm().quality()).isEqualTo(Quality.INVALID);
    assertThat(r.snapshot().chargingPowerKw().quality()).isEqualTo(Quality.INVALID);
    assertThat(r.snapshot().rangeKm().quality()).isEqualTo(Quality.FRESH);
    assertThat(r.violations())
        .anyMatch(v -> v.contains("stateOfCharge") && v.contains("101.5"))
        .anyMatch(v -> v.contains("odometerKm") && v.contains("future"));
  }

  @Test
  void location_rejectsOutOfRangeCoordinates_andMeasuresDistance() {
    assertThatThrownBy(() -> Location.of(91, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude")
        .hasMessageContaining("91");
    double d = Location.of(52.0, 4.0).distanceMetresTo(Location.of(52.001, 4.0));
    assertThat(d).isBetween(111.0, 111.4);
  }
}
