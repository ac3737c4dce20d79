package org.evdepot.depotsim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.plan.ChargerState;
import org.evdepot.depotsim.plan.ConnectedVehicle;
import org.evdepot.depotsim.plan.DepotState;
import org.junit.jupiter.api.Test;

/**
 * The slot loop keeps a vehicle's rate while its SoC stays in {@link PlanInput#rateConstantUntil}'s
 * interval: the rate must be the same, to the bit, at every SoC of that interval, for curves with
 * flat parts at any power (0 included), tapers, steps and long curves (binary-search segments).
 */
class RateIntervalTest {

  /** A random curve: flat parts at any power (0 included), tapers, steps, 2 to 15 points. */
  static ChargingCurve randomCurve(SplittableRandom r) {
    int points = 2 + r.nextInt(r.nextBoolean() ? 4 : 14);
    double[] soc = new double[points];
    double[] kw = new double[points];
    for (int i = 0; i < points; i++) {
      soc[i] = (double) i / (points - 1);
      if (i > 0 && r.nextInt(3) == 0) {
        kw[i] = kw[i - 1]; // a flat segment
      } else {
        kw[i] = r.nextInt(8) == 0 ? 0 : 5 + r.nextInt(300);
      }
    }
    if (r.nextBoolean()) {
      soc[points - 1] = 0.95 + 0.04 * r.nextDouble(); // extended flat to 1
    }
    return ChargingCurve.of(soc, kw);
  }

  @Test
  void rateIsTheSameEverywhereInTheInterval() {
    SplittableRandom r = new SplittableRandom(42);
    int flat = 0;
    for (int round = 0; round < 200; round++) {
      int n = 20;
      List<ChargerState> cs = new ArrayList<>();
      cs.add(new ChargerState("C0", 50 + r.nextInt(300), 0, 0.85 + 0.15 * r.nextDouble(), true));
      cs.add(new ChargerState("C1", 50 + r.nextInt(300), 10, 0.9, r.nextBoolean()));
      List<ConnectedVehicle> vs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        vs.add(
            new ConnectedVehicle(
                "V" + i,
                r.nextInt(2),
                r.nextDouble(),
                100,
                randomCurve(r),
                r.nextInt(4) == 0 ? 11 + r.nextInt(100) : Double.POSITIVE_INFINITY,
                36_000,
                0.9,
                0,
                0));
      }
      double[] one = {1e6};
      double[] zero = {0};
      DepotState st = new DepotState(0, 300, one, zero, zero, new double[] {0.1}, 0, 0, cs, vs);
      PlanInput x = new PlanInput(st);
      for (int i = 0; i < n; i++) {
        double s = r.nextInt(10) == 0 ? x.curve[i].socAt(r.nextInt(x.curve[i].points())) : x.soc[i];
        double until = x.rateConstantUntil(i, s);
        assertThat(until).isGreaterThanOrEqualTo(s).isLessThanOrEqualTo(1);
        if (until == s) {
          continue;
        }
        flat++;
        long bits = Double.doubleToRawLongBits(x.rate(i, s));
        for (double t :
            new double[] {
              s, Math.nextUp(s), Math.nextDown(until), s + (until - s) * r.nextDouble()
            }) {
          if (t >= s && t < until) {
            assertThat(Double.doubleToRawLongBits(x.rate(i, t)))
                .as("round %d vehicle %d soc %s until %s", round, i, t, until)
                .isEqualTo(bits);
          }
        }
      }
    }
    assertThat(flat).isGreaterThan(500);
  }
}
