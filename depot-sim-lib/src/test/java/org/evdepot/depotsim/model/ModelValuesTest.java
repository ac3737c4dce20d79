package org.evdepot.depotsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValuesTest {
  private static final long H = 3600;

  @Test
  void dailySeries_wrapsAroundMidnight_andReportsItsNextChange() {
    TimeSeries price =
        TimeSeries.steps(24 * H, new long[] {7 * H, 22 * H}, new double[] {0.30, 0.12});
    assertThat(price.valueAt(0)).isEqualTo(0.12);
    assertThat(price.valueAt(7 * H)).isEqualTo(0.30);
    assertThat(price.valueAt(24 * H + 8 * H)).isEqualTo(0.30);
    assertThat(price.nextChangeAfter(0)).isEqualTo(7 * H);
    assertThat(price.nextChangeAfter(23 * H)).isEqualTo(31 * H);
    assertThat(price.min(6 * H, 8 * H)).isEqualTo(0.12);
    assertThat(price.max(6 * H, 8 * H)).isEqualTo(0.30);
    assertThat(TimeSeries.constant(5).nextChangeAfter(100)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void series_rejectsUnorderedSteps_namingTheOffset() {
    assertThatThrownBy(() -> TimeSeries.steps(0, new long[] {10, 5}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offsets[1]=5");
  }

  @Test
  void curve_isExtendedFlatToEmptyAndFull_andInterpolates() {
    ChargingCurve c = ChargingCurve.of(new double[] {0.2, 0.8}, new double[] {100, 50});
    assertThat(c.maxKw(0)).isEqualTo(100);
    assertThat(c.maxKw(0.5)).isEqualTo(75);
    assertThat(c.maxKw(1)).isEqualTo(50);
    assertThat(c.points()).isEqualTo(4);
  }

  @Test
  void invalidValues_nameFieldAndValue() {
    assertThatThrownBy(() -> ChargingCurve.of(new double[] {0, 1.2}, new double[] {1, 1}))
        .hasMessageContaining("soc[1]")
        .hasMessageContaining("1.2");
    assertThatThrownBy(() -> new Charger("C", 50, 60, 0.9, 1, CurrentType.DC))
        .hasMessageContaining("minKw must not exceed maxKw: 60.0 > 50.0");
    assertThatThrownBy(() -> new Block(100, 50, 0, 0, 0.5))
        .hasMessageContaining("returnAt must be after departure");
    assertThatThrownBy(
            () ->
                new Vehicle(
                    "V",
                    "t",
                    0.5,
                    0,
                    List.of(new Block(0, 100, 0, 0, 1), new Block(50, 200, 0, 0, 1))))
        .hasMessageContaining("vehicle V block 1 departs before block 0 returns");
    assertThatThrownBy(
            () ->
                Scenario.builder()
                    .vehicleType(new VehicleType("t", 100, ChargingCurve.constant(50), 1, 22))
                    .vehicle(new Vehicle("V", "nope", 0.5, 0, List.of()))
                    .build())
        .hasMessageContaining("vehicle V has unknown typeId: nope");
  }
}
