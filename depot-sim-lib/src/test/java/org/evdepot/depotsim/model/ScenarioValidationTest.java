package org.evdepot.depotsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link Site} and {@link Scenario} reject when built, whatever reader built them. */
class ScenarioValidationTest {
  private static Scenario.Builder oneVehicle() {
    return Scenario.builder()
        .durationSeconds(10 * 3600)
        .charger(new Charger("C1", 50, 0, 1, 1, CurrentType.DC))
        .vehicleType(new VehicleType("van", 60, ChargingCurve.constant(50), 0.2, 22))
        .vehicle(new Vehicle("V", "van", 0.5, 0, List.of()));
  }

  @Test
  void site_rejectsNegativeLimitBaseLoadAndPv_namingTheField() {
    TimeSeries zero = TimeSeries.constant(0);
    TimeSeries limit = TimeSeries.constant(100);
    assertThatThrownBy(() -> Site.ofLimit(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("site gridLimitKw must be >= 0 at every time; it takes -1");
    assertThatThrownBy(() -> new Site(limit, TimeSeries.constant(-3), zero, StationaryBattery.NONE))
        .hasMessageContaining("site baseLoadKw must be >= 0");
    TimeSeries dippingPv = TimeSeries.steps(0, new long[] {0, 60}, new double[] {5, -0.5});
    assertThatThrownBy(() -> new Site(limit, zero, dippingPv, StationaryBattery.NONE))
        .hasMessageContaining("site pvKw must be >= 0 at every time; it takes -0.5");
    assertThat(new Site(TimeSeries.constant(0), zero, zero, StationaryBattery.NONE)).isNotNull();
  }

  @Test
  void actionsWithoutTheirId_areRejectedWhenBuilt_notMidRun() {
    assertThatThrownBy(() -> oneVehicle().action(3600, new Action.PlugIn(null)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action at 3600 s (PlugIn) vehicle id must not be null");
    assertThatThrownBy(() -> oneVehicle().action(3600, new Action.ChargerFault(null)).build())
        .hasMessageContaining("(ChargerFault) charger id must not be null");
    assertThatThrownBy(() -> oneVehicle().action(3600, new Action.SetPriority("W", 1)).build())
        .hasMessageContaining("unknown vehicle: W");
  }

  @Test
  void negativeDelays_nonFiniteLimits_andActionsAfterTheEnd_areRejected() {
    assertThatThrownBy(() -> oneVehicle().action(0, new Action.DelayPlugIn("V", -60)).build())
        .hasMessageContaining("delay must be >= 0: -60");
    assertThatThrownBy(() -> oneVehicle().action(0, new Action.SetSiteLimit(Double.NaN)).build())
        .hasMessageContaining("kw must be finite");
    assertThatThrownBy(() -> oneVehicle().action(10 * 3600 + 1, new Action.Unplug("V")).build())
        .hasMessageContaining("after the scenario's end at 36000 s");
    assertThat(oneVehicle().action(10 * 3600, new Action.Unplug("V")).build().actions()).hasSize(1);
  }

  @Test
  void durationOverAHundredYears_isRejected_andWithDurationDropsLaterActions() {
    assertThatThrownBy(() -> oneVehicle().durationSeconds(Long.MAX_VALUE).build())
        .hasMessageContaining("at most " + Scenario.MAX_DURATION_SECONDS + " (100 years)");
    Scenario sc =
        oneVehicle()
            .action(3600, new Action.Unplug("V"))
            .action(9 * 3600, new Action.PlugIn("V"))
            .build();
    assertThat(sc.withDuration(2 * 3600).actions())
        .extracting(TimedAction::at)
        .containsExactly(3600L);
  }
}
