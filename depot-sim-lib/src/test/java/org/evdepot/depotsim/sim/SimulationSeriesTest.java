package org.evdepot.depotsim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.evdepot.depotsim.testsupport.Depots.dc;
import static org.evdepot.depotsim.testsupport.Depots.flatType;
import static org.evdepot.depotsim.testsupport.Depots.vehicle;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.evdepot.depotsim.io.ScenarioReader;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.model.Site;
import org.evdepot.depotsim.model.Tariff;
import org.evdepot.depotsim.model.VehicleType;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recorded time series: one row per sample time of the run, whatever the sampling interval
 * against the control interval and the events, each row holding the state at its instant, and
 * sampling never changing the run itself.
 */
class SimulationSeriesTest {
  private static final long H = 3600;
  private static final long DURATION = 8 * H;

  /**
   * Two buses on their own 100 kW, 90 % chargers. V1 (flat 50 kW curve, SoC 0.2) leaves at 2:03:20
   * and is back at 5:01:40, times on no sample or control grid; V2 (curve 60 kW x (1 - SoC), SoC
   * 0.2) stays.
   */
  private static Scenario twoBuses(long controlSeconds) {
    return Scenario.builder()
        .name("two-buses")
        .durationSeconds(DURATION)
        .controlIntervalSeconds(controlSeconds)
        .site(Site.ofLimit(1000))
        .tariff(Tariff.flat(0.2, 10))
        .charger(dc("C1", 100, 0, 0.9))
        .charger(dc("C2", 100, 0, 0.9))
        .vehicleType(flatType("flat", 100, 50))
        .vehicleType(
            new VehicleType(
                "taper", 100, ChargingCurve.of(new double[] {0, 1}, new double[] {60, 0}), 1.0, 22))
        .vehicle(vehicle("V1", "flat", 0.2, 2 * H + 200, 5 * H + 100, 30, 0.8))
        .vehicle(vehicle("V2", "taper", 0.2, 20 * H, 22 * H, 30, 0.8))
        .build();
  }

  static Stream<Arguments> intervals() {
    return Stream.of(
        Arguments.of(300, 60),
        Arguments.of(300, 120),
        Arguments.of(300, 240),
        Arguments.of(300, 420),
        Arguments.of(300, 900),
        Arguments.of(1800, 900),
        Arguments.of(1800, 3600));
  }

  @ParameterizedTest(name = "control {0} s, samples every {1} s")
  @MethodSource("intervals")
  void series_hasOneEvenlySpacedRowPerSampleTime(long control, long every) {
    SimulationResult r =
        Checks.run(
            twoBuses(control),
            Strategy.UNCONTROLLED.planner(),
            RunOptions.defaults().withSeriesInterval(every));
    SeriesTable t = r.series().orElseThrow();
    // Sample times 0, every, 2 every, ... up to but excluding the end of the run.
    long expectedRows = (DURATION + every - 1) / every;
    assertThat(t.rows()).isEqualTo(expectedRows);
    for (int i = 0; i < t.rows(); i++) {
      assertThat(t.time(i)).as("time of row " + i).isEqualTo(i * every);
      if (i > 0) {
        assertThat(t.time(i)).isGreaterThan(t.time(i - 1));
      }
    }
  }

  @Test
  void defaultSampling_onAThirtyMinuteControlInterval_hasARowEveryFifteenMinutes() {
    SimulationResult r =
        Checks.run(twoBuses(1800), Strategy.BALANCED.planner(), RunOptions.defaults());
    SeriesTable t = r.series().orElseThrow();
    assertThat(t.rows()).isEqualTo(DURATION / 900);
    assertThat(t.time(1)).isEqualTo(900);
    assertThat(t.time(t.rows() - 1)).isEqualTo(DURATION - 900);
  }

  @Test
  void seriesAccessors_rejectRowsAndColumnsOutsideTheTable() {
    SimulationResult r =
        Checks.run(twoBuses(1800), Strategy.BALANCED.planner(), RunOptions.defaults());
    SeriesTable t = r.series().orElseThrow();
    int rows = t.rows();
    assertThat(t.time(rows - 1)).isPositive();
    assertThatThrownBy(() -> t.time(rows)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.gridKw(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.evKw(rows)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.limitKw(rows)).isInstanceOf(IndexOutOfBoundsException.class);
    // Column 2 of row 0 would be row 1's first charger in the flat array: rejected, not read.
    assertThatThrownBy(() -> t.chargerKw(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.soc(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(t.rows()).isEqualTo(rows);
  }

  @Test
  void sampleInsideASegment_holdsTheExactSocAndPowerAtThatInstant() {
    SimulationResult r =
        Checks.run(
            twoBuses(300),
            Strategy.UNCONTROLLED.planner(),
            RunOptions.defaults().withSeriesInterval(420));
    SeriesTable t = r.series().orElseThrow();
    // Rows 1 and 7: 420 s and 2940 s, both inside a 5-minute control segment.
    for (int row : new int[] {1, 7}) {
      double hours = t.time(row) / 3600.0;
      // V1: 50 kW into 100 kWh.
      double s1 = 0.2 + 50 * hours / 100;
      // V2: dS/dt = 60 (1 - S) / 100 per hour, so 1 - S decays exponentially.
      double s2 = 1 - 0.8 * Math.exp(-60 * hours / 100);
      double p1 = 50 / 0.9;
      double p2 = 60 * (1 - s2) / 0.9;
      assertThat(t.soc(row, 0)).as("V1 SoC, row " + row).isCloseTo(s1, within(1e-12));
      assertThat(t.soc(row, 1)).as("V2 SoC, row " + row).isCloseTo(s2, within(1e-12));
      assertThat(t.chargerKw(row, 0)).isCloseTo(p1, within(1e-9));
      assertThat(t.chargerKw(row, 1)).isCloseTo(p2, within(1e-9));
      assertThat(t.evKw(row)).isCloseTo(p1 + p2, within(1e-9));
      assertThat(t.gridKw(row)).isCloseTo(p1 + p2, within(1e-9));
      assertThat(t.limitKw(row)).isEqualTo(1000);
    }
  }

  @Test
  void everyRow_equalsWhatObserveSeesWhenSteppingToItsTime() {
    Scenario sc = twoBuses(300);
    RunOptions opt = RunOptions.defaults().withSeriesInterval(420);
    SeriesTable t = Checks.run(sc, Strategy.EDF.planner(), opt).series().orElseThrow();
    for (int row = 1; row < t.rows(); row++) {
      long at = t.time(row);
      Checks.Checked checked = Checks.start(sc, Strategy.EDF.planner(), "edf", opt);
      Simulation sim = checked.sim();
      sim.step(at);
      Observation o = sim.observe();
      assertThat(o.time()).isEqualTo(at);
      // The run and the stepped copy integrate the same segments up to the sample time, so the
      // SoC agrees to the bit; the powers are sums in another order.
      assertThat(t.soc(row, 0)).as("V1 at " + at).isEqualTo(o.vehicle("V1").soc());
      assertThat(t.soc(row, 1)).as("V2 at " + at).isEqualTo(o.vehicle("V2").soc());
      assertThat(t.evKw(row)).as("EVSE power at " + at).isCloseTo(o.evKw(), within(1e-9));
      assertThat(t.gridKw(row)).as("grid at " + at).isCloseTo(o.gridKw(), within(1e-9));
      checked.finish();
    }
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void kpis_areIdenticalWithAndWithoutFineSampling(Strategy s) {
    Scenario sc =
        ScenarioReader.read(Path.of("examples/small-depot-10-buses.json")).withDuration(2 * 86_400);
    SimulationResult none =
        Checks.run(sc, s.planner(), RunOptions.defaults().withSeriesInterval(0));
    assertThat(none.series()).isEmpty();
    for (long every : new long[] {60, 240, 420, 900}) {
      SimulationResult r =
          Checks.run(sc, s.planner(), RunOptions.defaults().withSeriesInterval(every));
      assertThat(r.kpis()).as("KPIs sampling every " + every + " s").isEqualTo(none.kpis());
      assertThat(r.departures()).isEqualTo(none.departures());
      assertThat(r.series().orElseThrow().rows()).isEqualTo((2 * 86_400 + every - 1) / every);
    }
  }
}
