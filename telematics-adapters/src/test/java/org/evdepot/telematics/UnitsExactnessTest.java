package org.evdepot.telematics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.evdepot.telematics.internal.JsonTestAccess;
import org.junit.jupiter.api.Test;

/** The fast conversion and timestamp paths agree with the slow, obviously exact ones. */
class UnitsExactnessTest {
  @Test
  void fastMultiplication_matchesBigDecimalForManyProviderLikeValues() {
    SplittableRandom rnd = new SplittableRandom(2026);
    for (int i = 0; i < 200_000; i++) {
      int decimals = rnd.nextInt(7);
      long n =
          rnd.nextLong(-10_000_000_000L, 10_000_000_000L) / (long) Math.pow(10, rnd.nextInt(6));
      double v = BigDecimal.valueOf(n, decimals).doubleValue();
      double expected = BigDecimal.valueOf(v).multiply(Units.KM_PER_MILE).doubleValue();
      assertThat(Units.kmFromMiles(v)).as("%s mi", v).isEqualTo(expected);
      double knots = BigDecimal.valueOf(v).multiply(Units.KMH_PER_KNOT).doubleValue();
      assertThat(Units.kmhFromKnots(v)).as("%s kn", v).isEqualTo(knots);
    }
    double arbitrary = Math.PI * 1000;
    assertThat(Units.kmFromMiles(arbitrary))
        .isEqualTo(BigDecimal.valueOf(arbitrary).multiply(Units.KM_PER_MILE).doubleValue());
  }

  @Test
  void fastTimestampParser_agreesWithInstantParse_andDeclinesOtherForms() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      Instant t =
          Instant.ofEpochSecond(rnd.nextLong(0, 4_102_444_800L), rnd.nextInt(1_000_000_000));
      for (Instant x :
          new Instant[] {t, t.truncatedTo(ChronoUnit.SECONDS), t.truncatedTo(ChronoUnit.MILLIS)}) {
        assertThat(JsonTestAccess.fastUtc(x.toString())).isEqualTo(x);
      }
    }
    assertThat(JsonTestAccess.fastUtc("2026-03-02T05:00:00+01:00")).isNull();
    assertThat(JsonTestAccess.fastUtc("2026-02-30T05:00:00Z")).isNull();
    assertThat(JsonTestAccess.fastUtc("2026-03-02T05:00:00.Z")).isNull();
    assertThat(JsonTestAccess.fastUtc("2026-13-02T05:00:00Z")).isNull();
  }
}
