package org.evdepot.depotsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evdepot.depotsim.io.ScenarioReader;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.sim.Kpis;
import org.evdepot.depotsim.sim.RunOptions;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every planner on the shipped scenarios (the year-long one for its first week, the large one for
 * its first day, to keep the suite fast); the README's tables come from full CLI runs.
 */
class ShippedScenariosTest {
  private static Scenario example(String name) {
    return ScenarioReader.read(Path.of("examples", name));
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void smallDepot_everyPlannerMeetsEveryDeparture(Strategy s) {
    Kpis k = Checks.run(example("small-depot-10-buses.json"), s.planner()).kpis();
    assertThat(k.departures()).isEqualTo(20);
    assertThat(k.missedDepartures()).isZero();
    assertThat(k.peakGridKw()).isLessThanOrEqualTo(600 + 1e-6);
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void largeDepot_firstDay_runsCleanWithinTheTightGrid(Strategy s) {
    Scenario sc = example("large-depot-300-buses.json").withDuration(86_400);
    RunOptions opt = RunOptions.defaults().withSeriesInterval(0);
    if (s == Strategy.OPTIMISED) {
      opt = opt.withReplanOnEvents(false);
    }
    Kpis k = Checks.run(sc, s.planner(), opt).kpis();
    assertThat(k.departures()).isEqualTo(300);
    assertThat(k.peakGridKw()).isLessThanOrEqualTo(10_000 + 1e-6);
  }

  @ParameterizedTest
  @EnumSource(
      value = Strategy.class,
      names = {"UNCONTROLLED", "EDF"})
  void yearScenario_firstWeek_runsClean(Strategy s) {
    Scenario sc = example("year-300-buses.json").withDuration(7 * 86_400);
    Kpis k =
        Checks.run(
                sc,
                s.planner(),
                RunOptions.defaults().withSeriesInterval(0).withReplanOnEvents(false))
            .kpis();
    assertThat(k.departures()).isEqualTo(7 * 300);
  }

  @Test
  void yearScenario_firstThreeDays_optimisedWithForecastMeetsEveryDeparture() {
    // Without the forecast the optimising planner left S200 8.8 kWh short on the third morning:
    // the buses plugged in first filled the cheap night up to the limit.
    Scenario sc = example("year-300-buses.json").withDuration(3 * 86_400);
    Kpis k =
        Checks.run(
                sc,
                Strategy.OPTIMISED.planner(),
                RunOptions.defaults().withSeriesInterval(0).withReplanOnEvents(false))
            .kpis();
    assertThat(k.departures()).isEqualTo(3 * 300);
    assertThat(k.missedDepartures()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void smartPlanners_costNoMoreThanUncontrolledOnTheSmallDepot(Strategy s) {
    Scenario sc = example("small-depot-10-buses.json");
    double uncontrolled = Checks.run(sc, Strategy.UNCONTROLLED.planner()).kpis().energyCost();
    double cost = Checks.run(sc, s.planner()).kpis().energyCost();
    assertThat(cost).isLessThanOrEqualTo(uncontrolled + 1e-9);
  }
}
