package org.evdepot.depotsim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evdepot.depotsim.testsupport.Depots.dc;
import static org.evdepot.depotsim.testsupport.Depots.flatType;
import static org.evdepot.depotsim.testsupport.Depots.vehicle;

import java.util.List;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.model.Site;
import org.evdepot.depotsim.plan.DepotState;
import org.evdepot.depotsim.plan.Plan;
import org.evdepot.depotsim.plan.Planner;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Test;

/** The checker catches broken planners (so a clean run means something). */
class InvariantCheckerTest {
  private static Planner constant(double kw) {
    return (DepotState st) -> {
      double[][] p = new double[st.vehicles().size()][st.slots()];
      for (double[] row : p) {
        java.util.Arrays.fill(row, kw);
      }
      return Plan.of(st, p, new double[st.vehicles().size()], List.of());
    };
  }

  /**
   * Runs a deliberately broken planner. It cannot run through {@link Checks#run}, which requires a
   * clean run; instead a second, independent checker is attached and must report exactly what the
   * engine's reports.
   */
  private static SimulationResult runRogue(Scenario sc, Planner p) {
    Simulation sim = Simulation.start(sc, p, "rogue", RunOptions.defaults());
    InvariantChecker own = new InvariantChecker();
    sim.addListener(own);
    SimulationResult r = sim.run();
    assertThat(r.violations()).isNotEmpty();
    assertThat(own.messages()).isEqualTo(r.violations());
    assertThat(own.count()).isEqualTo(r.kpis().limitViolations());
    return r;
  }

  private static Scenario twoBuses(double limit, double minKw) {
    return Scenario.builder()
        .durationSeconds(4 * 3600)
        .site(Site.ofLimit(limit))
        .charger(dc("C1", 100, minKw, 1))
        .charger(dc("C2", 100, minKw, 1))
        .vehicleType(flatType("t", 500, 200))
        .vehicle(vehicle("A", "t", 0.1, 3 * 3600, 4 * 3600 + 1, 0, 0.9))
        .vehicle(vehicle("B", "t", 0.1, 3 * 3600, 4 * 3600 + 1, 0, 0.9))
        .build();
  }

  @Test
  void plannerAboveTheSiteLimit_isCaught() {
    SimulationResult r = runRogue(twoBuses(150, 0), constant(100));
    assertThat(r.kpis().limitViolations()).isPositive();
    assertThat(r.violations()).anyMatch(m -> m.contains("grid limit"));
  }

  @Test
  void plannerBelowTheChargerMinimum_isCaught() {
    SimulationResult r = runRogue(twoBuses(1000, 20), constant(10));
    assertThat(r.violations()).anyMatch(m -> m.contains("below charger minimum"));
  }

  @Test
  void plannerAboveTheChargerMaximum_isCaught() {
    SimulationResult r = runRogue(twoBuses(1000, 0), constant(150));
    assertThat(r.violations()).anyMatch(m -> m.contains("setpoint outside"));
  }

  @Test
  void soundPlanner_hasNoViolations() {
    SimulationResult r = Checks.run(twoBuses(150, 0), constant(75), RunOptions.defaults());
    assertThat(r.kpis().batteryEnergyKwh()).isPositive();
  }
}
