package org.evdepot.depotsim.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The live planner API refuses inputs that would make a plan NaN or meaningless, and keeps
 * accepting negative prices (real day-ahead markets have them).
 */
class DepotStateValidationTest {
  private static DepotState state(
      double limit, double base, double pv, double price, double demand, double peak) {
    return new DepotState(
        0,
        900,
        new double[] {100, limit},
        new double[] {0, base},
        new double[] {0, pv},
        new double[] {0.1, price},
        demand,
        peak,
        List.of(),
        List.of());
  }

  @Test
  void nonFiniteOrNegativeSiteValues_areRejected_namingTheSlot() {
    assertThatThrownBy(() -> state(Double.NaN, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gridLimitKw[1] must be finite: NaN");
    assertThatThrownBy(() -> state(Double.POSITIVE_INFINITY, 0, 0, 0, 0, 0))
        .hasMessage("gridLimitKw[1] must be finite: Infinity");
    assertThatThrownBy(() -> state(-1, 0, 0, 0, 0, 0))
        .hasMessage("gridLimitKw[1] must be >= 0: -1.0");
    assertThatThrownBy(() -> state(100, -5, 0, 0, 0, 0))
        .hasMessage("baseLoadKw[1] must be >= 0: -5.0");
    assertThatThrownBy(() -> state(100, 0, Double.NaN, 0, 0, 0))
        .hasMessage("pvKw[1] must be finite: NaN");
    assertThatThrownBy(() -> state(100, 0, -2, 0, 0, 0)).hasMessage("pvKw[1] must be >= 0: -2.0");
  }

  @Test
  void pricesMayBeNegative_butMustBeFinite() {
    assertThat(state(100, 0, 0, -0.05, 0, 0).pricePerKwh(1)).isEqualTo(-0.05);
    assertThatThrownBy(() -> state(100, 0, 0, Double.NaN, 0, 0))
        .hasMessage("pricePerKwh[1] must be finite: NaN");
  }

  @Test
  void demandChargeAndPeakSoFar_mustBeFiniteAndNonNegative() {
    assertThatThrownBy(() -> state(100, 0, 0, 0, -1, 0))
        .hasMessage("demandChargePerKw must be >= 0: -1.0");
    assertThatThrownBy(() -> state(100, 0, 0, 0, Double.NaN, 0))
        .hasMessage("demandChargePerKw must be finite: NaN");
    assertThatThrownBy(() -> state(100, 0, 0, 0, 0, -3))
        .hasMessage("peakSoFarKw must be >= 0: -3.0");
    assertThatThrownBy(() -> state(100, 0, 0, 0, 0, Double.POSITIVE_INFINITY))
        .hasMessage("peakSoFarKw must be finite: Infinity");
  }
}
