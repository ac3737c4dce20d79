package org.evdepot.depotsim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evdepot.depotsim.testsupport.Depots.dc;
import static org.evdepot.depotsim.testsupport.Depots.flatType;

import java.util.ArrayList;
import java.util.List;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.DepotRule;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.model.Site;
import org.evdepot.depotsim.model.Tariff;
import org.evdepot.depotsim.model.Vehicle;
import org.evdepot.depotsim.plan.DepotState;
import org.evdepot.depotsim.plan.ExpectedArrival;
import org.evdepot.depotsim.plan.Plan;
import org.evdepot.depotsim.plan.Planner;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Test;

/** The simulator builds the planners' forecast from the timetable. */
class SimulationForecastTest {
  private static final long H = 3600;

  /** Passes every state on to a built-in planner and keeps it. */
  private static final class Recorder implements Planner {
    final Planner inner;
    final boolean myopic;
    final List<DepotState> states = new ArrayList<>();

    Recorder(Planner inner, boolean myopic) {
      this.inner = inner;
      this.myopic = myopic;
    }

    @Override
    public Plan plan(DepotState state) {
      states.add(state);
      return inner.plan(state);
    }

    @Override
    public boolean myopic() {
      return myopic;
    }

    DepotState last() {
      return states.get(states.size() - 1);
    }
  }

  /**
   * Two one-EVSE chargers. V1 (0.5) drives 1-3 h using 30 kWh, then 5-7 h needing 0.9; V2 (0.5,
   * priority 2) drives 2-4 h using 20 kWh, then 6-8 h needing 0.7; V3 (full, no duties) waits for
   * an EVSE, takes V1's (C1) when V1 leaves and keeps it. Plug-in 10 minutes after a return.
   */
  private static Scenario depot(long horizon) {
    return Scenario.builder()
        .name("forecast")
        .durationSeconds(10 * H)
        .controlIntervalSeconds(900)
        .horizonSeconds(horizon)
        .site(Site.ofLimit(1000))
        .tariff(Tariff.flat(0.2, 0))
        .charger(dc("C1", 100, 0, 1.0))
        .charger(dc("C2", 100, 0, 1.0))
        .vehicleType(flatType("t", 100, 50))
        .vehicle(
            new Vehicle(
                "V1",
                "t",
                0.5,
                0,
                List.of(new Block(H, 3 * H, 0, 30, 0.6), new Block(5 * H, 7 * H, 0, 30, 0.9))))
        .vehicle(
            new Vehicle(
                "V2",
                "t",
                0.5,
                2,
                List.of(new Block(2 * H, 4 * H, 0, 20, 0.6), new Block(6 * H, 8 * H, 0, 10, 0.7))))
        .vehicle(new Vehicle("V3", "t", 1.0, 0, List.of()))
        .rule(new DepotRule(600))
        .build();
  }

  @Test
  void forecast_isBuiltFromTheTimetable() {
    Recorder rec = new Recorder(Strategy.OPTIMISED.planner(), false);
    Checks.Checked checked = Checks.start(depot(6 * H), rec, "rec", RunOptions.defaults());
    Simulation sim = checked.sim();
    sim.step(2 * H);
    double soc1 = sim.observe().vehicle("V1").soc();
    double soc2 = sim.observe().vehicle("V2").soc();
    DepotState st = rec.last();
    assertThat(st.now()).isEqualTo(2 * H);
    assertThat(st.vehicles()).extracting(v -> v.id()).containsExactly("V3");
    List<ExpectedArrival> ex = st.expectedArrivals();
    assertThat(ex).extracting(ExpectedArrival::id).containsExactly("V1", "V2");
    // V1: planned return 3 h plus the 10 minute plug-in delay, its block's 30 kWh used, into the
    // one free EVSE (C2, index 1), then its 5 h block.
    ExpectedArrival v1 = ex.get(0);
    assertThat(v1.arrival()).isEqualTo(3 * H + 600);
    assertThat(v1.soc()).isCloseTo(soc1 - 0.3, within(1e-12));
    assertThat(v1.charger()).isEqualTo(1);
    assertThat(v1.departure()).isEqualTo(5 * H);
    assertThat(v1.targetSoc()).isEqualTo(0.9);
    assertThat(v1.priority()).isZero();
    assertThat(v1.capacityKwh()).isEqualTo(100);
    assertThat(v1.maxGridKw()).isEqualTo(Double.POSITIVE_INFINITY);
    // V2 plugs in at 4:10 but finds no free EVSE: it waits for V1 to leave C2 at 5 h and is
    // expected then, for its 6 h block.
    ExpectedArrival v2 = ex.get(1);
    assertThat(v2.arrival()).isEqualTo(5 * H);
    assertThat(v2.soc()).isCloseTo(soc2 - 0.2, within(1e-12));
    assertThat(v2.charger()).isEqualTo(1);
    assertThat(v2.departure()).isEqualTo(6 * H);
    assertThat(v2.targetSoc()).isEqualTo(0.7);
    assertThat(v2.priority()).isEqualTo(2);
    // The rest of the run, through both invariant checkers.
    checked.finish();
  }

  @Test
  void aVehicleThatFindsNoEvseWithinTheHorizon_isNotExpected() {
    // Horizon 2:00-4:30: V2 returns at 4:10, but the EVSE it would wait for frees up at 5 h.
    Recorder rec = new Recorder(Strategy.OPTIMISED.planner(), false);
    Checks.Checked checked = Checks.start(depot(9000), rec, "rec", RunOptions.defaults());
    Simulation sim = checked.sim();
    sim.step(2 * H);
    assertThat(rec.last().now()).isEqualTo(2 * H);
    assertThat(rec.last().expectedArrivals()).extracting(ExpectedArrival::id).containsExactly("V1");
    // The rest of the run, through both invariant checkers.
    checked.finish();
  }

  @Test
  void aReturnedVehicle_isExpectedAtItsPlugInWithItsActualSoc() {
    Recorder rec = new Recorder(Strategy.OPTIMISED.planner(), false);
    Checks.Checked checked = Checks.start(depot(6 * H), rec, "rec", RunOptions.defaults());
    Simulation sim = checked.sim();
    sim.step(3 * H);
    // V1 is back (parked, plugging in at 3:10); V2 is away.
    assertThat(sim.observe().vehicle("V1").status()).isEqualTo(VehicleStatus.PARKED);
    DepotState st = rec.last();
    assertThat(st.now()).isEqualTo(3 * H);
    ExpectedArrival v1 = st.expectedArrivals().get(0);
    assertThat(v1.id()).isEqualTo("V1");
    assertThat(v1.arrival()).isEqualTo(3 * H + 600);
    assertThat(v1.soc()).isEqualTo(sim.observe().vehicle("V1").soc());
    assertThat(v1.departure()).isEqualTo(5 * H);
    // The rest of the run, through both invariant checkers.
    checked.finish();
  }

  @Test
  void forecast_holdsOnlyArrivalsInsideTheHorizon() {
    Recorder rec = new Recorder(Strategy.OPTIMISED.planner(), false);
    Checks.Checked checked = Checks.start(depot(H), rec, "rec", RunOptions.defaults());
    Simulation sim = checked.sim();
    sim.step(2 * H);
    // Horizon 2-3 h: V1 plugs in at 3:10, V2 at 4:10.
    assertThat(rec.last().now()).isEqualTo(2 * H);
    assertThat(rec.last().expectedArrivals()).isEmpty();
    sim.step(H);
    assertThat(rec.last().expectedArrivals()).extracting(ExpectedArrival::id).containsExactly("V1");
    // The rest of the run, through both invariant checkers.
    checked.finish();
  }

  @Test
  void myopicPlanner_getsNoForecast() {
    Recorder rec = new Recorder(Strategy.EDF.planner(), true);
    Checks.run(depot(6 * H), rec, RunOptions.defaults());
    assertThat(rec.states).hasSizeGreaterThan(30);
    assertThat(rec.states).allSatisfy(s -> assertThat(s.expectedArrivals()).isEmpty());
  }

  @Test
  void forecastRun_meetsEveryDeparture() {
    SimulationResult r = Checks.run(depot(6 * H), Strategy.OPTIMISED.planner());
    assertThat(r.kpis().departures()).isEqualTo(4);
    assertThat(r.kpis().missedDepartures()).isZero();
  }
}
