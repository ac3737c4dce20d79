package org.evdepot.depotsim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evdepot.depotsim.testsupport.Depots.dc;
import static org.evdepot.depotsim.testsupport.Depots.flatType;
import static org.evdepot.depotsim.testsupport.Depots.vehicle;

import java.util.List;
import org.evdepot.depotsim.model.Action;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.model.Randomness;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.model.Site;
import org.evdepot.depotsim.model.Tariff;
import org.evdepot.depotsim.model.Vehicle;
import org.evdepot.depotsim.model.VehicleType;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SimulationTest {
  private static final long H = 3600;

  /** One 100 kWh vehicle (flat 50 kW curve) on a 100 kW, 90 % charger; leaves 4-6 h using 30. */
  private static Scenario.Builder oneBus() {
    return Scenario.builder()
        .name("one-bus")
        .durationSeconds(8 * H)
        .site(Site.ofLimit(1000))
        .tariff(Tariff.flat(0.2, 10))
        .charger(dc("C1", 100, 0, 0.9))
        .vehicleType(flatType("t", 100, 50))
        .vehicle(vehicle("V1", "t", 0.2, 4 * H, 6 * H, 30, 0.8));
  }

  @Test
  void uncontrolled_oneBus_matchesHandComputedEnergyCostAndPeak() {
    SimulationResult r = Checks.run(oneBus().build(), Strategy.UNCONTROLLED.planner());
    Kpis k = r.kpis();
    // Full from 0.2 (80 kWh), then after the block from 0.7 (30 kWh): 110 kWh at 90 %.
    assertThat(k.batteryEnergyKwh()).isCloseTo(110, within(1e-9));
    assertThat(k.gridEnergyKwh()).isCloseTo(110 / 0.9, within(1e-9));
    assertThat(k.energyCost()).isCloseTo(0.2 * 110 / 0.9, within(1e-9));
    assertThat(k.peakGridKw()).isCloseTo(50 / 0.9, within(1e-9));
    assertThat(k.demandCharge()).isCloseTo(10 * 50 / 0.9, within(1e-9));
    assertThat(k.departures()).isEqualTo(1);
    assertThat(k.missedDepartures()).isZero();
    assertThat(r.departures().get(0).soc()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void edf_oneBus_chargesOnlyToTheTarget() {
    SimulationResult r = Checks.run(oneBus().build(), Strategy.EDF.planner());
    assertThat(r.departures().get(0).soc()).isCloseTo(0.8, within(1e-9));
    assertThat(r.kpis().batteryEnergyKwh()).isCloseTo(60, within(1e-6));
  }

  @Test
  void shortfall_isReportedPerVehicle() {
    Scenario sc = oneBus().site(Site.ofLimit(10)).build();
    SimulationResult r = Checks.run(sc, Strategy.EDF.planner());
    // 10 kW grid x 0.9 x 4 h = 36 kWh: SoC 0.56 at departure, 24 kWh short of 0.8.
    DepartureRecord d = r.departures().get(0);
    assertThat(d.soc()).isCloseTo(0.56, within(1e-9));
    assertThat(d.shortfallKwh()).isCloseTo(24, within(1e-6));
    assertThat(d.missed()).isTrue();
    assertThat(r.kpis().perVehicle().get(0).shortfallKwh()).isCloseTo(24, within(1e-6));
  }

  @Test
  void chargerFault_stopsCharging_untilRecovery() {
    Scenario sc =
        oneBus()
            .action(0, new Action.ChargerFault("C1"))
            .action(H, new Action.ChargerRecovery("C1"))
            .build();
    Checks.Checked checked = Checks.start(sc, Strategy.EDF.planner(), "edf", RunOptions.defaults());
    Simulation sim = checked.sim();
    sim.step(H);
    assertThat(sim.observe().vehicle("V1").soc()).isEqualTo(0.2);
    sim.step(H);
    assertThat(sim.observe().vehicle("V1").soc()).isCloseTo(0.7, within(1e-9));
    SimulationResult r = checked.finish();
    assertThat(r.departures().get(0).soc()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void setSiteLimit_capsPower_andRestores() {
    Scenario sc =
        oneBus()
            .action(0, new Action.SetSiteLimit(20))
            .action(H, new Action.SetSiteLimit(-1))
            .build();
    Checks.Checked checked =
        Checks.start(sc, Strategy.UNCONTROLLED.planner(), "u", RunOptions.defaults());
    Simulation sim = checked.sim();
    sim.step(H);
    Observation o = sim.observe();
    assertThat(o.vehicle("V1").soc()).isCloseTo(0.2 + 0.18, within(1e-9));
    assertThat(o.gridLimitKw()).isEqualTo(1000);
    checked.finish();
  }

  @Test
  void stepApi_observeActStep_changesTheTargetLive() {
    Checks.Checked checked =
        Checks.start(oneBus().build(), Strategy.EDF.planner(), "edf", RunOptions.defaults());
    Simulation sim = checked.sim();
    Observation o = sim.observe();
    assertThat(o.time()).isZero();
    assertThat(o.vehicle("V1").status()).isEqualTo(VehicleStatus.PLUGGED);
    assertThat(o.vehicle("V1").powerKw()).isCloseTo(50 / 0.9, within(1e-9));
    sim.act(new Action.SetTarget("V1", 0.5));
    sim.step(3 * H);
    assertThat(sim.observe().vehicle("V1").soc()).isCloseTo(0.5, within(1e-9));
    assertThat(sim.observe().vehicle("V1").powerKw()).isZero();
    SimulationResult r = checked.finish();
    assertThat(r.departures().get(0).requiredSoc()).isEqualTo(0.5);
    assertThat(r.departures().get(0).missed()).isFalse();
  }

  @Test
  void unplugAndPlugIn_actions_pauseCharging() {
    Scenario sc =
        oneBus().action(0, new Action.Unplug("V1")).action(2 * H, new Action.PlugIn("V1")).build();
    Checks.Checked checked = Checks.start(sc, Strategy.EDF.planner(), "edf", RunOptions.defaults());
    Simulation sim = checked.sim();
    sim.step(2 * H - 1);
    assertThat(sim.observe().vehicle("V1").status()).isEqualTo(VehicleStatus.PARKED);
    assertThat(sim.observe().vehicle("V1").soc()).isEqualTo(0.2);
    SimulationResult r = checked.finish();
    // From 2 h at 50 kW: 0.8 at 3.2 h, before the 4 h departure.
    assertThat(r.departures().get(0).soc()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void delayPlugIn_postponesTheNextPlugIn() {
    Scenario sc =
        oneBus()
            .durationSeconds(10 * H)
            .vehicle(
                new Vehicle(
                    "V2",
                    "t",
                    0.5,
                    0,
                    List.of(
                        new Block(H, 2 * H, 0, 10, 0.5), new Block(9 * H, 9 * H + 60, 0, 0, 0.9))))
            .charger(dc("C2", 100, 0, 0.9))
            .action(H + 60, new Action.DelayPlugIn("V2", 3 * H))
            .build();
    Checks.Checked checked = Checks.start(sc, Strategy.EDF.planner(), "edf", RunOptions.defaults());
    Simulation sim = checked.sim();
    sim.step(4 * H);
    assertThat(sim.observe().vehicle("V2").status()).isEqualTo(VehicleStatus.PARKED);
    sim.step(2 * H);
    assertThat(sim.observe().vehicle("V2").status()).isEqualTo(VehicleStatus.PLUGGED);
    checked.finish();
  }

  @Test
  void secondVehicle_waitsForTheEvse_andPlugsInWhenItFrees() {
    Scenario sc = oneBus().vehicle(vehicle("V2", "t", 0.1, 7 * H, 7 * H + 60, 0, 0.3)).build();
    Checks.Checked checked = Checks.start(sc, Strategy.EDF.planner(), "edf", RunOptions.defaults());
    Simulation sim = checked.sim();
    assertThat(sim.observe().vehicle("V2").status()).isEqualTo(VehicleStatus.PARKED);
    sim.step(4 * H + 1);
    assertThat(sim.observe().vehicle("V2").status()).isEqualTo(VehicleStatus.PLUGGED);
    SimulationResult r = checked.finish();
    assertThat(r.departures()).extracting(DepartureRecord::missed).containsOnly(false);
  }

  @Test
  void result_doesNotDependOnTheControlInterval() {
    // Full power under a tapering curve: the exact integration gives the same SoC whether the
    // planner runs every minute or every hour.
    VehicleType taper =
        new VehicleType(
            "taper",
            200,
            ChargingCurve.of(new double[] {0, 0.3, 1}, new double[] {150, 150, 10}),
            1,
            22);
    double[] soc = new double[2];
    long[] intervals = {60, 3600};
    for (int i = 0; i < 2; i++) {
      Scenario sc =
          Scenario.builder()
              .durationSeconds(5 * H)
              .controlIntervalSeconds(intervals[i])
              .horizonSeconds(intervals[i])
              .site(Site.ofLimit(1000))
              .charger(dc("C", 400, 0, 1))
              .vehicleType(taper)
              .vehicle(vehicle("V", "taper", 0.05, 3 * H / 2, 4 * H, 0, 0.99))
              .build();
      soc[i] = Checks.run(sc, Strategy.UNCONTROLLED.planner()).departures().get(0).soc();
    }
    assertThat(soc[0]).isLessThan(0.99);
    assertThat(soc[0]).isCloseTo(soc[1], within(1e-9));
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void sameSeed_sameResultToTheBit_otherSeed_otherResult(Strategy s) {
    Scenario sc =
        oneBus()
            .durationSeconds(30 * H)
            .vehicle(
                new Vehicle(
                    "V2",
                    "t",
                    0.5,
                    0,
                    List.of(
                        new Block(2 * H, 8 * H, 40, 0, 0.8),
                        new Block(20 * H, 26 * H, 40, 0, 0.8))))
            .charger(dc("C2", 60, 5, 0.95))
            .randomness(new Randomness(42, 900, 0.1))
            .build();
    Kpis a = Checks.run(sc, s.planner()).kpis();
    Kpis b = Checks.run(sc, s.planner()).kpis();
    assertThat(a).isEqualTo(b);
    assertThat(Double.doubleToRawLongBits(a.gridEnergyKwh()))
        .isEqualTo(Double.doubleToRawLongBits(b.gridEnergyKwh()));
    Kpis c = Checks.run(sc.withRandomness(new Randomness(43, 900, 0.1)), s.planner()).kpis();
    assertThat(c.gridEnergyKwh()).isNotEqualTo(a.gridEnergyKwh());
  }
}
