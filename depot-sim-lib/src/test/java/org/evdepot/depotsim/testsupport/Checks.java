package org.evdepot.depotsim.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.evdepot.depotsim.internal.ChargeMath;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.plan.ChargerState;
import org.evdepot.depotsim.plan.ConnectedVehicle;
import org.evdepot.depotsim.plan.DepotState;
import org.evdepot.depotsim.plan.Plan;
import org.evdepot.depotsim.plan.Planner;
import org.evdepot.depotsim.sim.InvariantChecker;
import org.evdepot.depotsim.sim.RunOptions;
import org.evdepot.depotsim.sim.Simulation;
import org.evdepot.depotsim.sim.SimulationResult;

/**
 * The invariant checks every test goes through: {@link #run} runs a simulation with the engine's
 * {@link InvariantChecker} plus an independent one attached, and fails on any violation; {@link
 * #start} does the same for a simulation the test steps itself (through {@link Checked#finish});
 * {@link #plan} plans and checks the plan against every limit of the state.
 */
public final class Checks {
  private static final double TOL = 1e-6;

  private Checks() {}

  /**
   * A simulation with an independent {@link InvariantChecker} attached, for tests that step,
   * observe and act on it: {@link #finish} runs it to the end and asserts neither checker found a
   * violation.
   *
   * @param sim the simulation
   * @param own the independent checker
   */
  public record Checked(Simulation sim, InvariantChecker own) {
    /** Runs to the end; asserts zero invariant violations over the whole run. */
    public SimulationResult finish() {
      SimulationResult r = sim.run();
      assertClean(r, own);
      return r;
    }
  }

  /** Starts a simulation with an independent checker attached; end it with {@code finish()}. */
  public static Checked start(Scenario sc, Planner p, String label, RunOptions opt) {
    Simulation sim = Simulation.start(sc, p, label, opt);
    InvariantChecker own = new InvariantChecker();
    sim.addListener(own);
    return new Checked(sim, own);
  }

  /** Runs to the end; asserts zero invariant violations. */
  public static SimulationResult run(Scenario sc, Planner p, RunOptions opt) {
    return start(sc, p, "test", opt).finish();
  }

  /** Runs with default options. */
  public static SimulationResult run(Scenario sc, Planner p) {
    return run(sc, p, RunOptions.defaults());
  }

  /** Asserts a result and a checker found no violation. */
  public static void assertClean(SimulationResult r, InvariantChecker own) {
    assertThat(own.messages()).as("invariant violations").isEmpty();
    assertThat(r.violations()).as("engine invariant violations").isEmpty();
    assertThat(r.kpis().limitViolations()).isZero();
    r.departures().forEach(d -> assertThat(d.soc()).isBetween(0.0, 1.0));
  }

  /** Plans and asserts the plan honours every limit of the state. */
  public static Plan plan(Planner p, DepotState st) {
    Plan plan = p.plan(st);
    assertWithinLimits(st, plan);
    return plan;
  }

  /** Asserts every limit of the state holds in every slot of the plan. */
  public static void assertWithinLimits(DepotState st, Plan plan) {
    int n = st.vehicles().size();
    assertThat(plan.vehicleIds()).hasSize(n);
    // Each vehicle's SoC at the start of each slot, integrated exactly through the plan so far.
    double[] soc = new double[n];
    for (int v = 0; v < n; v++) {
      soc[v] = st.vehicles().get(v).soc();
    }
    for (int k = 0; k < st.slots(); k++) {
      double[] perCharger = new double[st.chargers().size()];
      double sum = 0;
      for (int v = 0; v < n; v++) {
        ConnectedVehicle cv = st.vehicles().get(v);
        ChargerState c = st.chargers().get(cv.charger());
        double p = plan.powerKw(v, k);
        String where = cv.id() + " slot " + k;
        assertThat(p).as(where + " power >= 0").isGreaterThanOrEqualTo(0);
        assertThat(p).as(where + " <= charger max").isLessThanOrEqualTo(c.maxKw() + TOL);
        assertThat(p).as(where + " <= on-board max").isLessThanOrEqualTo(cv.maxGridKw() + TOL);
        if (p > 0) {
          assertThat(p).as(where + " off or >= min").isGreaterThanOrEqualTo(c.minKw() - TOL);
          assertThat(c.available()).as(where + " charger available").isTrue();
          assertThat(st.slotStart(k)).as(where + " before departure").isLessThan(cv.departure());
        }
        assertThat(p * c.efficiency())
            .as(where + " within the curve at the slot's starting SoC " + soc[v])
            .isLessThanOrEqualTo(cv.curve().maxKw(soc[v]) + TOL);
        perCharger[cv.charger()] += p;
        sum += p;
        long seconds = Math.max(0, Math.min(st.slotSeconds(), cv.departure() - st.slotStart(k)));
        if (p > 0 && seconds > 0) {
          soc[v] =
              ChargeMath.advance(
                  soc[v],
                  p,
                  cv.maxGridKw(),
                  c.minKw(),
                  c.efficiency(),
                  cv.curve(),
                  cv.capacityKwh(),
                  seconds);
        }
      }
      assertThat(sum)
          .as("slot " + k + " site")
          .isLessThanOrEqualTo(st.headroomKw(k) + TOL * n + TOL);
      for (int c = 0; c < perCharger.length; c++) {
        assertThat(perCharger[c])
            .as("slot " + k + " charger " + c)
            .isLessThanOrEqualTo(st.chargers().get(c).maxKw() + TOL);
      }
    }
  }
}
