package org.evdepot.telematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ObservationTest {
  private static final Instant T0 = Instant.parse("2026-03-02T05:00:00Z");
  private static final Instant T1 = Instant.parse("2026-03-02T05:10:00Z");
  private static final Instant RX = Instant.parse("2026-03-02T06:00:00Z");

  @Test
  void olderObservation_neverOverwritesNewer() {
    Observation<Double> newer = Observation.of(60.0, T1, null, RX);
    Observation<Double> older = Observation.of(50.0, T0, null, RX.plusSeconds(60));
    assertThat(Observation.newest(newer, older)).isSameAs(newer);
    assertThat(Observation.newest(older, newer)).isSameAs(newer);
  }

  @Test
  void unavailableOrInvalid_neverOverwriteUsable() {
    Observation<Double> held = Observation.of(60.0, T0, null, RX);
    assertThat(Observation.newest(held, Observation.<Double>unavailable(RX))).isSameAs(held);
    Observation<Double> invalid = Observation.of(140.0, T1, null, RX, Quality.INVALID);
    assertThat(Observation.newest(held, invalid)).isSameAs(held);
  }

  @Test
  void atEqualTimes_freshReplacesStale() {
    Observation<Double> stale = Observation.of(60.0, T0, null, RX).stale();
    Observation<Double> fresh = Observation.of(60.0, T0, null, RX.plusSeconds(1));
    assertThat(Observation.newest(stale, fresh)).isSameAs(fresh);
    assertThat(Observation.newest(fresh, stale)).isSameAs(fresh);
  }

  @Test
  void valueWithoutAnyTime_onlyFillsAGap() {
    Observation<Double> timed = Observation.of(60.0, T0, null, RX);
    Observation<Double> untimed = Observation.of(70.0, null, null, RX.plusSeconds(600));
    assertThat(Observation.newest(timed, untimed)).isSameAs(timed);
    assertThat(Observation.newest(Observation.<Double>unavailable(RX), untimed)).isSameAs(untimed);
  }

  @Test
  void fetchTime_ordersWhenObservationTimeIsUnknown() {
    Observation<Double> a = Observation.of(60.0, null, T0, RX);
    Observation<Double> b = Observation.of(61.0, null, T1, RX);
    assertThat(Observation.newest(a, b)).isSameAs(b);
    assertThat(a.orderingTime()).contains(T0);
  }

  @Test
  void observationTime_isNeverInventedWhenMissing() {
    Observation<Double> o = Observation.of(60.0, null, null, RX);
    assertThat(o.observedAt()).isEmpty();
    assertThat(o.orderingTime()).isEmpty();
    assertThat(o.receivedAt()).isEqualTo(RX);
  }

  @Test
  void valueIsRequired_unlessUnavailable() {
    assertThatThrownBy(() -> Observation.of(null, T0, null, RX))
        .isInstanceOf(NullPointerException.class);
    assertThat(Observation.unavailable(RX).quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(Observation.unavailable(RX).stale().quality()).isEqualTo(Quality.UNAVAILABLE);
  }
}
