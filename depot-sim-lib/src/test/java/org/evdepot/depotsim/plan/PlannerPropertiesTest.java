package org.evdepot.depotsim.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.testsupport.Checks;
import org.evdepot.depotsim.testsupport.Depots;
import org.junit.jupiter.api.Test;

/** Properties of every planner over random depots. */
class PlannerPropertiesTest {

  /** A random depot: shared chargers, faults, minimums, tapering curves, varying limits. */
  static DepotState randomState(long seed, int maxVehicles, int slots) {
    SplittableRandom r = new SplittableRandom(seed);
    int nc = 1 + r.nextInt(Math.max(1, maxVehicles / 2) + 1);
    List<ChargerState> cs = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      double max = 20 + r.nextDouble() * 180;
      double min = r.nextDouble() < 0.4 ? 0 : r.nextDouble() * 0.3 * max;
      cs.add(new ChargerState("C" + c, max, min, 0.85 + 0.15 * r.nextDouble(), r.nextInt(10) > 0));
    }
    int n = r.nextInt(maxVehicles + 1);
    List<ConnectedVehicle> vs = new ArrayList<>();
    int slotSeconds = 900;
    for (int i = 0; i < n; i++) {
      double knee = 0.5 + 0.4 * r.nextDouble();
      double peak = 30 + r.nextDouble() * 300;
      ChargingCurve curve =
          ChargingCurve.of(new double[] {0, knee, 1}, new double[] {peak, peak, peak * 0.1});
      vs.add(
          new ConnectedVehicle(
              "V" + i,
              r.nextInt(nc),
              r.nextDouble(),
              50 + r.nextDouble() * 500,
              curve,
              r.nextInt(5) == 0 ? 22 : Double.POSITIVE_INFINITY,
              (long) (r.nextDouble() * slots * slotSeconds * 1.3),
              0.5 + 0.5 * r.nextDouble(),
              r.nextInt(3) == 0 ? 1 : 0,
              r.nextInt(1000)));
    }
    double[] lim = new double[slots];
    double[] base = new double[slots];
    double[] pv = new double[slots];
    double[] price = new double[slots];
    double level = 50 + r.nextDouble() * 100 * Math.max(1, n);
    for (int k = 0; k < slots; k++) {
      lim[k] = level * (0.6 + 0.4 * r.nextDouble());
      base[k] = r.nextDouble() * 0.3 * level;
      pv[k] = r.nextInt(3) == 0 ? r.nextDouble() * 0.2 * level : 0;
      price[k] = 0.05 + 0.3 * r.nextDouble();
    }
    return new DepotState(
        0, slotSeconds, lim, base, pv, price, r.nextDouble() * 20, r.nextDouble() * level, cs, vs);
  }

  @Property(tries = 60, seed = "20261127")
  void everyPlanner_honoursEveryLimitInEverySlot(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    DepotState st = randomState(seed, 25, 24);
    for (Strategy s : Strategy.values()) {
      Checks.plan(s.planner(), st);
    }
  }

  @Property(tries = 30, seed = "7")
  void everyPlanner_isDeterministic(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    DepotState st = randomState(seed, 20, 16);
    for (Strategy s : Strategy.values()) {
      assertSamePowers(s.planner().plan(st), s.planner().plan(st), st);
    }
  }

  @Property(tries = 60, seed = "20261128")
  void optimised_withRandomForecast_honoursEveryLimit_andPlansOnlyConnectedVehicles(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    DepotState st = Depots.withRandomArrivals(randomState(seed, 25, 24), seed + 1, 30);
    Plan p = Checks.plan(Strategy.OPTIMISED.planner(), st);
    List<String> ids = st.vehicles().stream().map(ConnectedVehicle::id).toList();
    assertThat(p.vehicleIds()).isEqualTo(ids);
    for (Shortfall f : p.shortfalls()) {
      assertThat(ids).contains(f.vehicleId());
    }
    for (int i = 0; i < ids.size(); i++) {
      assertThat(p.projectedSoc(i)).isBetween(0.0, 1.0);
    }
    assertSamePowers(Strategy.OPTIMISED.planner().plan(st), p, st);
  }

  /** Both plans give every vehicle the same power in every slot, to the bit. */
  private static void assertSamePowers(Plan a, Plan b, DepotState st) {
    for (int v = 0; v < st.vehicles().size(); v++) {
      for (int k = 0; k < st.slots(); k++) {
        assertThat(Double.doubleToRawLongBits(a.powerKw(v, k)))
            .as("vehicle %d slot %d", v, k)
            .isEqualTo(Double.doubleToRawLongBits(b.powerKw(v, k)));
      }
    }
  }

  @Property(tries = 40, seed = "11")
  void optimised_withForecast_missesNoMoreConnectedEnergyThanEdf(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    // The safety net holds with a forecast too: the connected vehicles never miss more than with
    // earliest-departure-first, which ignores the forecast.
    DepotState st = Depots.withRandomArrivals(randomState(seed, 25, 24), seed + 7, 30);
    double opt = missing(Strategy.OPTIMISED.planner().plan(st));
    double edf = missing(Strategy.EDF.planner().plan(st));
    assertThat(opt).isLessThanOrEqualTo(edf + 1e-3 * (1 + edf) + 1e-6);
  }

  @Test
  void myopicPlanners_ignoreTheForecast() {
    for (long seed = 0; seed < 30; seed++) {
      DepotState st = randomState(seed, 20, 8);
      DepotState withForecast = Depots.withRandomArrivals(st, seed, 20);
      for (Strategy s : Strategy.values()) {
        if (!s.planner().myopic()) {
          continue;
        }
        Plan a = s.planner().plan(st);
        Plan b = s.planner().plan(withForecast);
        for (int v = 0; v < st.vehicles().size(); v++) {
          for (int k = 0; k < st.slots(); k++) {
            assertThat(Double.doubleToRawLongBits(b.powerKw(v, k)))
                .as(s.name())
                .isEqualTo(Double.doubleToRawLongBits(a.powerKw(v, k)));
          }
        }
      }
    }
  }

  private static double missing(Plan p) {
    double m = 0;
    for (Shortfall f : p.shortfalls()) {
      m += f.missingKwh();
    }
    return m;
  }

  @Test
  void smallInputChanges_moveAllocationsOnlySlightly() {
    // Per random depot and over every slot, nudging one vehicle's SoC by 1e-6 moves the plan by
    // less than 1 % of the energy planned (plus a rounding allowance).
    for (Strategy s : Strategy.values()) {
      for (long seed = 0; seed < 100; seed++) {
        DepotState st = randomState(seed, 20, 16);
        if (st.vehicles().isEmpty()) {
          continue;
        }
        List<ConnectedVehicle> vs = new ArrayList<>(st.vehicles());
        ConnectedVehicle v = vs.get(0);
        vs.set(
            0,
            new ConnectedVehicle(
                v.id(),
                v.charger(),
                Math.max(0, v.soc() - 1e-6),
                v.capacityKwh(),
                v.curve(),
                v.maxGridKw(),
                v.departure(),
                v.targetSoc(),
                v.priority(),
                v.pluggedAt()));
        DepotState nudged = withVehicles(st, vs);
        Plan a = s.planner().plan(st);
        Plan b = s.planner().plan(nudged);
        double changed = 0;
        double total = 0;
        for (int i = 0; i < vs.size(); i++) {
          for (int k = 0; k < st.slots(); k++) {
            changed += Math.abs(a.powerKw(i, k) - b.powerKw(i, k));
            total += a.powerKw(i, k);
          }
        }
        assertThat(changed).as(s.name() + " seed " + seed).isLessThanOrEqualTo(0.01 * total + 1e-6);
      }
    }
  }

  @Test
  void pricesChangedByARoundingError_moveNoPlanMuch() {
    // Tariffs of three price levels; every price moved by up to 1e-7 of itself (a currency
    // conversion's rounding). Per depot and over every slot, the plans move by less than 1 % of
    // the energy planned: a cheaper-by-a-hair slot must not pull the whole plan into itself.
    for (Strategy s : Strategy.values()) {
      for (long seed = 0; seed < 60; seed++) {
        DepotState st = withPrices(randomState(seed, 12, 16), seed, 0);
        if (st.vehicles().isEmpty()) {
          continue;
        }
        DepotState moved = withPrices(st, seed, 1e-7);
        Plan a = s.planner().plan(st);
        Plan b = s.planner().plan(moved);
        double changed = 0;
        double total = 0;
        for (int i = 0; i < st.vehicles().size(); i++) {
          for (int k = 0; k < st.slots(); k++) {
            changed += Math.abs(a.powerKw(i, k) - b.powerKw(i, k));
            total += a.powerKw(i, k);
          }
        }
        assertThat(changed).as(s.name() + " seed " + seed).isLessThanOrEqualTo(0.01 * total + 1e-9);
      }
    }
  }

  /**
   * st with prices from three levels (by the seed), each multiplied by 1 + up to +-jitter; the same
   * seed gives the same levels whatever the jitter.
   */
  private static DepotState withPrices(DepotState st, long seed, double jitter) {
    SplittableRandom levels = new SplittableRandom(seed * 31 + 7);
    SplittableRandom noise = new SplittableRandom(seed * 17 + 3);
    int slots = st.slots();
    double[] lim = new double[slots];
    double[] base = new double[slots];
    double[] pv = new double[slots];
    double[] price = new double[slots];
    double[] tiers = {0.08, 0.15, 0.3};
    for (int k = 0; k < slots; k++) {
      lim[k] = st.gridLimitKw(k);
      base[k] = st.baseLoadKw(k);
      pv[k] = st.pvKw(k);
      price[k] = tiers[levels.nextInt(3)] * (1 + jitter * (2 * noise.nextDouble() - 1));
    }
    return new DepotState(
        st.now(),
        st.slotSeconds(),
        lim,
        base,
        pv,
        price,
        st.demandChargePerKw(),
        st.peakSoFarKw(),
        st.chargers(),
        st.vehicles());
  }

  private static DepotState withVehicles(DepotState st, List<ConnectedVehicle> vs) {
    return st.withFleet(st.chargers(), vs);
  }
}
