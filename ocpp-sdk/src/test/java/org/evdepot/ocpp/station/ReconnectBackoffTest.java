package org.evdepot.ocpp.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The station client's reconnect delays: doubling from the minimum, capped, jittered. */
class ReconnectBackoffTest {

  @Test
  void delays_doubleFromTheMinimum_stayWithinHalfToFullBase_andAreCapped() {
    SplittableRandom random = new SplittableRandom(42);
    long min = 1_000;
    long max = 120_000;
    for (int attempt = 0; attempt < 40; attempt++) {
      long base = Math.min(max, min << Math.min(attempt, 20));
      for (int i = 0; i < 200; i++) {
        long delay = OcppStationClient.backoffMillis(attempt, min, max, random);
        assertThat(delay).as("attempt %d", attempt).isBetween(base / 2, base);
      }
    }
  }

  @Test
  void delays_areJittered_notTheSameForEveryStation() {
    SplittableRandom random = new SplittableRandom(7);
    long first = OcppStationClient.backoffMillis(5, 1_000, 120_000, random);
    boolean differs = false;
    for (int i = 0; i < 50 && !differs; i++) {
      differs = OcppStationClient.backoffMillis(5, 1_000, 120_000, random) != first;
    }
    assertThat(differs).isTrue();
  }

  @Test
  void aVeryLateAttempt_doesNotOverflow_andUsesTheCap() {
    SplittableRandom random = new SplittableRandom(1);
    for (int attempt : new int[] {63, 64, 1_000, Integer.MAX_VALUE}) {
      assertThat(OcppStationClient.backoffMillis(attempt, 1_000, 120_000, random))
          .isBetween(60_000L, 120_000L);
    }
  }
}
