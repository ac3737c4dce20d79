package org.evdepot.depotsim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.evdepot.depotsim.model.Action;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.Charger;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.model.CurrentType;
import org.evdepot.depotsim.model.DepotRule;
import org.evdepot.depotsim.model.Randomness;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.model.Site;
import org.evdepot.depotsim.model.StationaryBattery;
import org.evdepot.depotsim.model.Tariff;
import org.evdepot.depotsim.model.TimeSeries;
import org.evdepot.depotsim.model.Vehicle;
import org.evdepot.depotsim.model.VehicleType;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.testsupport.Checks;

/** Every strategy on random depots: invariants hold and the energy books balance. */
class RandomDepotPropertiesTest {

  static Scenario randomScenario(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long day = 86_400;
    Scenario.Builder b =
        Scenario.builder()
            .name("random-" + seed)
            .durationSeconds(2 * day)
            .controlIntervalSeconds(300 * (1 + r.nextInt(3)))
            .horizonSeconds(6 * 3600);
    int nc = 1 + r.nextInt(5);
    for (int c = 0; c < nc; c++) {
      double max = 11 + r.nextDouble() * 200;
      b.charger(
          new Charger(
              "C" + c,
              max,
              r.nextBoolean() ? 0 : r.nextDouble() * 0.2 * max,
              0.85 + 0.15 * r.nextDouble(),
              1 + r.nextInt(2),
              r.nextInt(4) == 0 ? CurrentType.AC : CurrentType.DC));
    }
    double knee = 0.5 + 0.4 * r.nextDouble();
    double peak = 20 + r.nextDouble() * 250;
    b.vehicleType(
        new VehicleType(
            "T",
            80 + r.nextDouble() * 400,
            ChargingCurve.of(
                new double[] {0, knee, 1}, new double[] {peak, peak, r.nextDouble() * 20}),
            0.8 + r.nextDouble(),
            11 + r.nextDouble() * 11));
    int nv = 1 + r.nextInt(10);
    List<String> ids = new ArrayList<>();
    for (int v = 0; v < nv; v++) {
      List<Block> blocks = new ArrayList<>();
      long t = (long) (r.nextDouble() * 10 * 3600);
      while (t < 2 * day) {
        long ret = t + 3600 + (long) (r.nextDouble() * 12 * 3600);
        blocks.add(new Block(t, ret, r.nextDouble() * 200, 0, 0.5 + 0.5 * r.nextDouble()));
        t = ret + 1800 + (long) (r.nextDouble() * 14 * 3600);
      }
      ids.add("V" + v);
      b.vehicle(new Vehicle("V" + v, "T", r.nextDouble(), r.nextInt(2), blocks));
    }
    double level = 30 + r.nextDouble() * 150 * nv;
    b.site(
        new Site(
            TimeSeries.steps(
                day,
                new long[] {0, 17 * 3600, 21 * 3600},
                new double[] {level, level * 0.6, level}),
            TimeSeries.steps(
                day, new long[] {0, 6 * 3600}, new double[] {level * 0.05, level * 0.1}),
            r.nextBoolean()
                ? TimeSeries.steps(
                    day, new long[] {0, 9 * 3600, 16 * 3600}, new double[] {0, level * 0.3, 0})
                : TimeSeries.constant(0),
            r.nextBoolean()
                ? new StationaryBattery(100, 0.5, 0.95, 0.5, level * 0.5)
                : StationaryBattery.NONE));
    b.tariff(
        new Tariff(
            TimeSeries.steps(
                day, new long[] {0, 7 * 3600, 22 * 3600}, new double[] {0.1, 0.3, 0.1}),
            r.nextDouble() * 15));
    b.rule(new DepotRule(r.nextInt(3) * 300));
    b.randomness(new Randomness(seed, r.nextDouble() * 1800, r.nextDouble() * 0.1));
    for (int a = 0; a < 3; a++) {
      long at = (long) (r.nextDouble() * 2 * day);
      switch (r.nextInt(5)) {
        case 0 -> b.action(at, new Action.ChargerFault("C" + r.nextInt(nc)));
        case 1 -> b.action(at, new Action.ChargerRecovery("C" + r.nextInt(nc)));
        case 2 -> b.action(at, new Action.SetSiteLimit(r.nextBoolean() ? -1 : level * 0.3));
        case 3 -> b.action(at, new Action.SetTarget(ids.get(r.nextInt(nv)), r.nextDouble()));
        default -> b.action(at, new Action.Unplug(ids.get(r.nextInt(nv))));
      }
    }
    return b.build();
  }

  @Property(tries = 25, seed = "424242")
  void everyStrategy_onRandomDepots_keepsEveryInvariant(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Scenario sc = randomScenario(seed);
    for (Strategy s : Strategy.values()) {
      SimulationResult r = Checks.run(sc, s.planner());
      Kpis k = r.kpis();
      assertThat(k.evseEnergyKwh()).isGreaterThanOrEqualTo(k.batteryEnergyKwh() - 1e-9);
      assertThat(k.departures())
          .isEqualTo(r.departures().size())
          .isEqualTo(k.perVehicle().stream().mapToInt(Kpis.VehicleKpi::departures).sum());
      assertThat(k.shortfallKwh())
          .isCloseTo(
              r.departures().stream().mapToDouble(DepartureRecord::shortfallKwh).sum(),
              within(1e-6));
    }
  }
}
