package org.evdepot.depotsim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.sim.RunOptions;
import org.evdepot.depotsim.sim.SimulationResult;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Test;

class QuickStartExampleTest {
  @Test
  void quickStart_bothBusesLeaveCharged_withinTheSiteLimit() {
    SimulationResult r = QuickStartExample.run();
    assertThat(r.violations()).isEmpty();
    assertThat(r.kpis().departures()).isEqualTo(2);
    assertThat(r.kpis().missedDepartures()).isZero();
    assertThat(r.kpis().peakGridKw()).isLessThanOrEqualTo(120 + 1e-9);
    // The same run with a second, independent invariant checker attached: clean, and identical.
    SimulationResult checked =
        Checks.start(
                QuickStartExample.scenario(),
                Strategy.OPTIMISED.planner(),
                "optimised",
                RunOptions.defaults())
            .finish();
    assertThat(checked.kpis()).isEqualTo(r.kpis());
    assertThat(checked.departures()).isEqualTo(r.departures());
  }
}
