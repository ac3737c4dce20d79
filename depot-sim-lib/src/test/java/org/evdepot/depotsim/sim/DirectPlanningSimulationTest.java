package org.evdepot.depotsim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evdepot.depotsim.io.ScenarioReader;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.plan.DepotState;
import org.evdepot.depotsim.plan.Plan;
import org.evdepot.depotsim.plan.Planner;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The simulator plans the built-in myopic strategies directly from its arrays; a wrapper that hides
 * the built-in planner forces the public DepotState -> Plan path. Both runs must agree to the bit
 * (KPIs, every departure, the sampled series).
 */
class DirectPlanningSimulationTest {

  @ParameterizedTest
  @EnumSource(
      value = Strategy.class,
      names = {"UNCONTROLLED", "BALANCED", "EDF", "LLF"})
  void directPlanningGivesTheSameRunAsThePublicPath(Strategy s) {
    Scenario sc = ScenarioReader.read(Path.of("examples", "large-depot-300-buses.json"));
    Planner builtIn = s.planner();
    Planner wrapped =
        new Planner() {
          @Override
          public Plan plan(DepotState state) {
            return builtIn.plan(state);
          }

          @Override
          public boolean myopic() {
            return builtIn.myopic();
          }
        };
    for (boolean onEvents : new boolean[] {false, true}) {
      RunOptions opt = new RunOptions(onEvents, 1800, true);
      // Both runs go through both invariant checkers (Checks asserts them clean).
      SimulationResult a = Checks.run(sc, builtIn, opt);
      SimulationResult b = Checks.run(sc, wrapped, opt);
      assertThat(a.kpis()).usingRecursiveComparison().isEqualTo(b.kpis());
      assertThat(a.departures()).isEqualTo(b.departures());
      SeriesTable ta = a.series().orElseThrow();
      SeriesTable tb = b.series().orElseThrow();
      assertThat(ta.rows()).isEqualTo(tb.rows());
      for (int r = 0; r < ta.rows(); r++) {
        assertThat(ta.gridKw(r)).isEqualTo(tb.gridKw(r));
        for (int v = 0; v < ta.vehicleIds().size(); v++) {
          assertThat(ta.soc(r, v)).isEqualTo(tb.soc(r, v));
        }
      }
    }
  }
}
