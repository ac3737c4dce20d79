package org.evdepot.depotsim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.evdepot.depotsim.model.ChargingCurve;
import org.junit.jupiter.api.Test;

/**
 * {@link ChargeMath#advanceInFlat} must give {@link ChargeMath#advance}'s value to the bit for any
 * state of charge inside the flat segment it is told about, whether it computes the step itself
 * (setpoint binding, segment not left) or hands over (curve binding, segment left, charger minimum,
 * tiny or zero setpoints and durations); and it must hand over when told an interval the SoC is not
 * in.
 */
class AdvanceInFlatTest {

  @Test
  void sameValueAsAdvanceOnRandomFlatSegments() {
    SplittableRandom r = new SplittableRandom(20261127L);
    int inline = 0;
    int handedOver = 0;
    for (int round = 0; round < 200_000; round++) {
      ChargingCurve curve = RateIntervalTest.randomCurve(r);
      int seg = r.nextInt(curve.points() - 1);
      double s0 = curve.socAt(seg);
      double s1 = curve.socAt(seg + 1);
      if (!(s1 > s0) || curve.kwAt(seg) != curve.kwAt(seg + 1)) {
        continue;
      }
      double soc = r.nextInt(10) == 0 ? s0 : s0 + (s1 - s0) * r.nextDouble();
      if (curve.segment(soc) != seg) {
        continue;
      }
      double kw = curve.kwAt(seg);
      double setpoint = pick(r, new double[] {0, 1e-13, kw, kw * (1 + 1e-12), 7.5, 150, 400});
      if (r.nextBoolean()) {
        setpoint = 500 * r.nextDouble();
      }
      double maxGrid = r.nextInt(4) == 0 ? 11 + 100 * r.nextDouble() : Double.POSITIVE_INFINITY;
      double minKw = pick(r, new double[] {0, 0, 10, 30, setpoint});
      double eff = 0.85 + 0.15 * r.nextDouble();
      if (r.nextInt(4) == 0) {
        // within and just outside the tolerance of "the setpoint binds"
        setpoint = (kw + pick(r, new double[] {0, 5e-10, 1.5e-9, -5e-10, -1.5e-9})) / eff;
        maxGrid = Double.POSITIVE_INFINITY;
      }
      double cap = 50 + 500 * r.nextDouble();
      double seconds = pick(r, new double[] {0, 1e-300, 60, 300, 300, 900, 3600, 36_000});
      double expected = ChargeMath.advance(soc, setpoint, maxGrid, minKw, eff, curve, cap, seconds);
      double got =
          ChargeMath.advanceInFlat(
              soc, setpoint, maxGrid, minKw, eff, curve, cap, seconds, s0, s1, kw);
      assertThat(Double.doubleToRawLongBits(got))
          .as(
              "soc %s setpoint %s maxGrid %s min %s eff %s cap %s seconds %s segment [%s, %s) at %s kW",
              soc, setpoint, maxGrid, minKw, eff, cap, seconds, s0, s1, kw)
          .isEqualTo(Double.doubleToRawLongBits(expected));
      // The step is computed inline exactly when the setpoint binds within the segment.
      double p = Math.min(setpoint, maxGrid) * eff;
      boolean stays = seconds > 0 && p > 0 && (s1 - soc) * cap / p >= seconds / 3600.0 * 1.001;
      if (stays && p <= kw && p >= minKw * eff && p > 1e-9 && soc < 1) {
        inline++;
      } else {
        handedOver++;
      }
      // Told a wrong interval, it must not use it.
      double wrong =
          ChargeMath.advanceInFlat(
              soc, setpoint, maxGrid, minKw, eff, curve, cap, seconds, s1, s1 + 0.1, kw * 2);
      assertThat(Double.doubleToRawLongBits(wrong)).isEqualTo(Double.doubleToRawLongBits(expected));
    }
    assertThat(inline).isGreaterThan(10_000);
    assertThat(handedOver).isGreaterThan(10_000);
  }

  private static double pick(SplittableRandom r, double[] values) {
    return values[r.nextInt(values.length)];
  }
}
