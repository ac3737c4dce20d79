package org.evdepot.depotsim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.evdepot.depotsim.testsupport.Depots.dc;
import static org.evdepot.depotsim.testsupport.Depots.flatType;

import java.util.Arrays;
import java.util.List;
import org.evdepot.depotsim.model.Action;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.Charger;
import org.evdepot.depotsim.model.CurrentType;
import org.evdepot.depotsim.model.DepotRule;
import org.evdepot.depotsim.model.Randomness;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.model.Site;
import org.evdepot.depotsim.model.Tariff;
import org.evdepot.depotsim.model.Vehicle;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Test;

/**
 * Events that free or restore an EVSE serve the queue, departures that fall due while a vehicle is
 * still away at the end of the run are counted, and invalid actions are rejected. All numbers are
 * hand-computed: chargers of efficiency 1 and flat curves, so SoC grows linearly with the power.
 */
class SimulationEventsTest {
  private static final long H = 3600;

  private static Vehicle vehicle(String id, double soc, Block... blocks) {
    return new Vehicle(id, "t", soc, 0, List.of(blocks));
  }

  private static Block block(double departH, double returnH, double kwh, double required) {
    return new Block(Math.round(departH * H), Math.round(returnH * H), 0, kwh, required);
  }

  /** A scenario builder with a 1 MW site limit and a flat 0.2 tariff without demand charge. */
  private static Scenario.Builder depot(String name, long seconds) {
    return Scenario.builder()
        .name(name)
        .durationSeconds(seconds)
        .site(Site.ofLimit(1000))
        .tariff(Tariff.flat(0.2, 0));
  }

  /**
   * Two 50 kW chargers, 1000 kWh vehicles charging at 50 kW. C2 faults at 0.25 h with V2 plugged
   * (stays plugged, no power); V2 leaves at 0.5 h, returns at 1 h using 100 kWh, plugs in after the
   * 10-minute rule at 1:10, finds C1 busy and C2 faulted and queues; C2 recovers at 2 h.
   */
  @Test
  void chargerRecovery_plugsTheQueuedVehicleIn_andItChargesFromThen() {
    Scenario sc =
        depot("recovery-queue", 4 * H)
            .charger(dc("C1", 50, 0, 1))
            .charger(dc("C2", 50, 0, 1))
            .vehicleType(flatType("t", 1000, 50))
            .vehicle(vehicle("V1", 0.1, block(3.9, 3.95, 1, 0.9)))
            .vehicle(vehicle("V2", 0.5, block(0.5, 1, 100, 0.5), block(3.9, 3.95, 1, 0.9)))
            .rule(new DepotRule(600))
            .action(H / 4, new Action.ChargerFault("C2"))
            .action(2 * H, new Action.ChargerRecovery("C2"))
            .build();
    Checks.Checked checked =
        Checks.start(sc, Strategy.UNCONTROLLED.planner(), "u", RunOptions.defaults());
    Simulation sim = checked.sim();
    sim.step(2 * H - 1);
    // 0.5 + 50 kW x 0.25 h / 1000 = 0.5125 when C2 failed, less the 100 kWh trip: 0.4125.
    Observation.VehicleView v2 = sim.observe().vehicle("V2");
    assertThat(v2.status()).isEqualTo(VehicleStatus.PARKED);
    assertThat(v2.soc()).isCloseTo(0.4125, within(1e-12));
    sim.step(1);
    v2 = sim.observe().vehicle("V2");
    assertThat(v2.status()).isEqualTo(VehicleStatus.PLUGGED);
    assertThat(v2.chargerId()).isEqualTo("C2");
    assertThat(v2.powerKw()).isCloseTo(50, within(1e-9));
    SimulationResult r = checked.finish();
    // From 2 h to the 3.9 h departure at 50 kW: 95 kWh, SoC 0.5075, 392.5 kWh short of 0.9 (the
    // old engine left it at 0.4125, 487.5 kWh short).
    DepartureRecord d = last(r, "V2");
    assertThat(d.soc()).isCloseTo(0.5075, within(1e-9));
    assertThat(d.shortfallKwh()).isCloseTo(392.5, within(1e-6));
    // V1 kept C1 all along: 0.1 + 50 x 3.9 / 1000.
    assertThat(last(r, "V1").soc()).isCloseTo(0.295, within(1e-9));
  }

  /**
   * C1 has one EVSE, C2 two. A, B, C take them at the start; W1, W2, W3 queue in that order. C2
   * faults at 0.5 h with B and C plugged; both are unplugged by hand at 1 h (freeing EVSEs of a
   * faulted charger must not reorder the queue); C2 recovers at 2 h and takes W1 and W2; A leaves
   * at 3 h and C1 takes W3.
   */
  @Test
  void recoveryOfATwoEvseCharger_servesTheQueueFirstComeFirstServed() {
    Scenario sc =
        depot("recovery-order", 4 * H)
            .charger(dc("C1", 50, 0, 1))
            .charger(new Charger("C2", 100, 0, 1, 2, CurrentType.DC))
            .vehicleType(flatType("t", 1000, 50))
            .vehicle(vehicle("A", 0.1, block(3, 3.95, 1, 0.1)))
            .vehicle(vehicle("B", 0.1, block(3.9, 3.95, 1, 0.1)))
            .vehicle(vehicle("C", 0.1, block(3.9, 3.95, 1, 0.1)))
            .vehicle(vehicle("W1", 0.1, block(3.9, 3.95, 1, 0.1)))
            .vehicle(vehicle("W2", 0.1, block(3.9, 3.95, 1, 0.1)))
            .vehicle(vehicle("W3", 0.1, block(3.9, 3.95, 1, 0.1)))
            .action(H / 2, new Action.ChargerFault("C2"))
            .action(H, new Action.Unplug("B"))
            .action(H, new Action.Unplug("C"))
            .action(2 * H, new Action.ChargerRecovery("C2"))
            .build();
    Checks.Checked checked =
        Checks.start(sc, Strategy.UNCONTROLLED.planner(), "u", RunOptions.defaults());
    Simulation sim = checked.sim();
    sim.step(2 * H - 1);
    assertThat(statuses(sim, "W1", "W2", "W3")).containsOnly(VehicleStatus.PARKED);
    sim.step(1);
    Observation o = sim.observe();
    assertThat(o.vehicle("W1").chargerId()).isEqualTo("C2");
    assertThat(o.vehicle("W2").chargerId()).isEqualTo("C2");
    assertThat(o.vehicle("W3").status()).isEqualTo(VehicleStatus.PARKED);
    sim.step(H);
    o = sim.observe();
    assertThat(o.vehicle("W3").chargerId()).isEqualTo("C1");
    assertThat(o.vehicle("B").status()).isEqualTo(VehicleStatus.PARKED);
    SimulationResult r = checked.finish();
    // W1, W2: 50 kW from 2 h to 3.9 h; W3: from 3 h to 3.9 h.
    assertThat(last(r, "W1").soc()).isCloseTo(0.195, within(1e-9));
    assertThat(last(r, "W2").soc()).isCloseTo(0.195, within(1e-9));
    assertThat(last(r, "W3").soc()).isCloseTo(0.145, within(1e-9));
  }

  /**
   * One 100 kWh vehicle leaves at 1 h on a block due back at 20 h, with an arrival delay of |N(0,
   * 100 h)| (seed 1 puts its return after the 24 h end). Its departures at 21 h (target 0.8) and 23
   * h (target 0.7) fall due while it is away; the one at 24 h is at the end and does not count.
   */
  @Test
  void departuresDueWhileAwayAtTheEnd_countAsMissedAndNotReturned_once() {
    Scenario sc =
        depot("late-at-end", 24 * H)
            .controlIntervalSeconds(15 * 60)
            .charger(dc("C1", 50, 0, 1))
            .vehicleType(flatType("t", 100, 50))
            .vehicle(
                vehicle(
                    "V1",
                    0.9,
                    block(1, 20, 10, 0.8),
                    block(21, 22, 10, 0.8),
                    block(23, 23.5, 10, 0.7),
                    block(24, 25, 10, 0.6)))
            .vehicle(vehicle("V2", 0.5, block(22, 23, 10, 0.6)))
            .randomness(new Randomness(1, 100 * H, 0))
            .build();
    Checks.Checked checked = Checks.start(sc, Strategy.EDF.planner(), "edf", RunOptions.defaults());
    Simulation sim = checked.sim();
    sim.step(24 * H - 1);
    assertThat(sim.observe().vehicle("V1").status()).isEqualTo(VehicleStatus.DRIVING);
    assertThat(sim.result().kpis().departures()).isEqualTo(2);
    SimulationResult r = checked.finish();
    SimulationResult again = sim.run();

    for (SimulationResult x : List.of(r, again, sim.result())) {
      Kpis k = x.kpis();
      // V1 at 1 h (made), 21 h and 23 h (away); V2 at 22 h (made).
      assertThat(k.departures()).isEqualTo(4);
      assertThat(k.missedDepartures()).isEqualTo(2);
      // The full required energy, as for a late return within the run: 80 + 70 kWh.
      assertThat(k.shortfallKwh()).isCloseTo(150, within(1e-9));
      assertThat(k.perVehicle().get(0).departures()).isEqualTo(3);
      assertThat(k.perVehicle().get(0).missed()).isEqualTo(2);
      assertThat(k.perVehicle().get(1).missed()).isZero();
    }
    List<DepartureRecord> away =
        r.departures().stream().filter(DepartureRecord::notReturned).toList();
    assertThat(away).extracting(DepartureRecord::time).containsExactly(21 * H, 23 * H);
    assertThat(away).extracting(DepartureRecord::vehicleId).containsOnly("V1");
    assertThat(away).extracting(DepartureRecord::missed).containsOnly(true);
    assertThat(away).extracting(DepartureRecord::shortfallKwh).containsExactly(80.0, 70.0);
    // The SoC it left with at 1 h: the trip's energy is taken only on its return.
    assertThat(away).extracting(DepartureRecord::soc).containsOnly(0.9);
  }

  @Test
  void invalidActions_areRejectedWhenConstructed_withTheFieldAndValueNamed() {
    assertThatThrownBy(() -> new Action.SetSiteLimit(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site limit kw must be finite (negative restores the scenario's limit): NaN");
    assertThatThrownBy(() -> new Action.SetSiteLimit(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kw must be finite");
    assertThatThrownBy(() -> new Action.SetSiteLimit(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kw must be finite");
    assertThatThrownBy(() -> new Action.DelayPlugIn("V1", -600))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plug-in delay must be >= 0: -600 s");
    assertThatThrownBy(() -> new Action.SetTarget("V1", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target soc must be in 0..1: NaN");
    assertThat(new Action.DelayPlugIn("V1", 0).seconds()).isZero();
    assertThat(new Action.SetSiteLimit(-1).kw()).isEqualTo(-1);
  }

  /**
   * The step API: a rejected action leaves the limit and the plug-in as they were, while a negative
   * limit (the documented sentinel) still restores the scenario's limit.
   */
  @Test
  void stepApi_rejectsInvalidActions_withoutChangingTheState() {
    Scenario sc =
        depot("step-api", 4 * H)
            .charger(dc("C1", 100, 0, 1))
            .vehicleType(flatType("t", 100, 50))
            .vehicle(vehicle("V1", 0.2, block(0.5, 1, 10, 0.5), block(3, 3.5, 10, 0.5)))
            .build();
    Checks.Checked checked =
        Checks.start(sc, Strategy.UNCONTROLLED.planner(), "u", RunOptions.defaults());
    Simulation sim = checked.sim();
    sim.act(new Action.SetSiteLimit(20));
    assertThat(sim.observe().gridLimitKw()).isEqualTo(20);
    assertThatThrownBy(() -> sim.act(new Action.SetSiteLimit(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sim.act(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("action must not be null");
    Observation o = sim.observe();
    assertThat(o.gridLimitKw()).isEqualTo(20);
    assertThat(o.vehicle("V1").powerKw()).isCloseTo(20, within(1e-9));
    sim.step(H / 2);
    // 20 kW for 0.5 h: 0.2 + 10 / 100.
    assertThat(sim.observe().vehicle("V1").soc()).isCloseTo(0.3, within(1e-12));
    sim.act(new Action.SetSiteLimit(-1));
    assertThat(sim.observe().gridLimitKw()).isEqualTo(1000);
    assertThatThrownBy(() -> sim.act(new Action.DelayPlugIn("V1", -600)))
        .isInstanceOf(IllegalArgumentException.class);
    // Back at 1 h with 0.2 (0.3 less the 10 kWh trip) and plugged in at once (the rejected delay
    // added nothing); at the restored limit it draws its curve's 50 kW, so the 80 kWh to full take
    // 1.6 h and it is full before the 3 h departure.
    sim.step(H / 2 + 1);
    assertThat(sim.observe().vehicle("V1").status()).isEqualTo(VehicleStatus.PLUGGED);
    SimulationResult r = checked.finish();
    assertThat(last(r, "V1").soc()).isCloseTo(1.0, within(1e-9));
  }

  private static List<VehicleStatus> statuses(Simulation sim, String... ids) {
    Observation o = sim.observe();
    return Arrays.stream(ids).map(id -> o.vehicle(id).status()).toList();
  }

  private static DepartureRecord last(SimulationResult r, String id) {
    List<DepartureRecord> ds =
        r.departures().stream().filter(d -> d.vehicleId().equals(id)).toList();
    assertThat(ds).as(id + " departures").isNotEmpty();
    return ds.get(ds.size() - 1);
  }
}
