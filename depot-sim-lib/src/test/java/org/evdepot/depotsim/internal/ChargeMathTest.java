package org.evdepot.depotsim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.evdepot.depotsim.model.ChargingCurve;
import org.junit.jupiter.api.Test;

class ChargeMathTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  // 100 kW up to half full, then linear down to 0 kW at full.
  private static final ChargingCurve TAPER =
      ChargingCurve.of(new double[] {0, 0.5, 1}, new double[] {100, 100, 0});

  @Test
  void setpointBelowCurve_chargesLinearly() {
    assertThat(ChargeMath.advance(0, 50, INF, 0, 1, TAPER, 100, 3600))
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  void efficiency_scalesBatteryEnergy() {
    assertThat(ChargeMath.advance(0, 100, INF, 0, 0.5, TAPER, 100, 3600))
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  void curveBinds_followsClosedFormExponential() {
    // 0.5 h at 100 kW to SoC 0.5, then ds/dt = 2 (1 - s): s = 1 - 0.5 exp(-2 t).
    double s = ChargeMath.advance(0, 200, INF, 0, 1, TAPER, 100, 3600);
    assertThat(s).isCloseTo(1 - 0.5 * Math.exp(-1), within(1e-12));
  }

  @Test
  void chargerMinimum_switchesOffWhenCurveFallsBelowIt() {
    // Power 200 (1 - s) reaches the 50 kW minimum at s = 0.75, then the EVSE is off.
    double s = ChargeMath.advance(0, 200, INF, 50, 1, TAPER, 100, 3600);
    assertThat(s).isCloseTo(0.75, within(1e-12));
    assertThat(ChargeMath.gridPower(0.8, 200, INF, 50, 1, TAPER)).isZero();
    assertThat(ChargeMath.gridPower(0.7, 200, INF, 50, 1, TAPER)).isCloseTo(60, within(1e-9));
  }

  @Test
  void setpointBelowMinimum_isOff() {
    assertThat(ChargeMath.advance(0.2, 10, INF, 20, 1, TAPER, 100, 3600)).isEqualTo(0.2);
    assertThat(ChargeMath.gridPower(0.2, 10, INF, 20, 1, TAPER)).isZero();
  }

  @Test
  void onboardLimit_capsGridPower() {
    assertThat(ChargeMath.advance(0, 100, 22, 0, 1, TAPER, 100, 3600))
        .isCloseTo(0.22, within(1e-12));
  }

  @Test
  void neverExceedsFull() {
    ChargingCurve flat = ChargingCurve.constant(500);
    assertThat(ChargeMath.advance(0.9, 500, INF, 0, 1, flat, 100, 3600)).isEqualTo(1.0);
  }

  @Test
  void splittingTheInterval_givesTheSameResult() {
    double once = ChargeMath.advance(0.1, 80, INF, 5, 0.93, TAPER, 120, 7200);
    double s = 0.1;
    for (int i = 0; i < 7; i++) {
      s = ChargeMath.advance(s, 80, INF, 5, 0.93, TAPER, 120, 7200 / 7.0);
    }
    assertThat(s).isCloseTo(once, within(1e-12));
  }

  @Test
  void randomCurves_matchFineNumericIntegration() {
    SplittableRandom r = new SplittableRandom(1);
    for (int trial = 0; trial < 200; trial++) {
      int pts = 2 + r.nextInt(4);
      double[] soc = new double[pts];
      double[] kw = new double[pts];
      for (int i = 0; i < pts; i++) {
        soc[i] = i / (double) (pts - 1);
        kw[i] = 5 + r.nextDouble() * 200;
      }
      ChargingCurve c = ChargingCurve.of(soc, kw);
      double s0 = r.nextDouble() * 0.9;
      double sp = 10 + r.nextDouble() * 200;
      double min = r.nextDouble() < 0.5 ? 0 : r.nextDouble() * 8;
      double eff = 0.85 + 0.15 * r.nextDouble();
      double cap = 50 + r.nextDouble() * 400;
      double secs = 600 + r.nextDouble() * 14_400;
      double exact = ChargeMath.advance(s0, sp, INF, min, eff, c, cap, secs);
      double s = s0;
      int steps = 200_000;
      double dh = secs / 3600.0 / steps;
      for (int i = 0; i < steps; i++) {
        double p = ChargeMath.gridPower(s, sp, INF, min, eff, c);
        s = Math.min(1, s + p * eff * dh / cap);
      }
      assertThat(exact).as("trial " + trial).isCloseTo(s, within(1e-4));
    }
  }
}
