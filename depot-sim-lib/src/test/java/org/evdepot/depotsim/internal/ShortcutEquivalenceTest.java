package org.evdepot.depotsim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.plan.ChargerState;
import org.evdepot.depotsim.plan.ConnectedVehicle;
import org.evdepot.depotsim.plan.DepotState;
import org.evdepot.depotsim.plan.Plan;
import org.evdepot.depotsim.plan.Planner;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.testsupport.Depots;
import org.junit.jupiter.api.Test;

/**
 * The planners' shortcuts (balanced: analytic water level, drops without a refill and a fill kept
 * up to date on drops; optimised: early exits and skipped quotients; the simulator's direct
 * one-slot planning) give exactly the plans of the plain computation, on random depots built to
 * exercise them: dual-EVSE chargers, priorities that use up chargers, minimums near the equal
 * share, faults, tapers, AC limits and unknown departures.
 */
class ShortcutEquivalenceTest {

  static DepotState randomDepot(long seed, int slots) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(seed % 4 == 0 ? 400 : 60);
    int nc = (n + 1) / 2 + r.nextInt(3);
    List<ChargerState> cs = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      cs.add(
          new ChargerState(
              "C" + c,
              50 + r.nextInt(150),
              r.nextInt(4) == 0 ? 0 : r.nextInt(30),
              0.85 + 0.15 * r.nextDouble(),
              r.nextInt(15) != 0));
    }
    ChargingCurve c1 = ChargingCurve.of(new double[] {0, 0.8, 1}, new double[] {150, 150, 40});
    ChargingCurve c2 =
        ChargingCurve.of(new double[] {0, 0.1, 0.7, 1}, new double[] {60, 120, 110, 10});
    List<ConnectedVehicle> vs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long dep =
          r.nextInt(20) == 0
              ? Long.MAX_VALUE
              : r.nextInt(6) == 0
                  ? -600 + r.nextInt(1200)
                  : (1 + r.nextInt(20)) * 3600L + r.nextInt(600);
      vs.add(
          new ConnectedVehicle(
              "V" + i,
              r.nextInt(nc),
              r.nextDouble(),
              100 + r.nextInt(400),
              r.nextBoolean() ? c1 : c2,
              r.nextInt(5) == 0 ? 11 + r.nextInt(11) : Double.POSITIVE_INFINITY,
              dep,
              0.5 + 0.5 * r.nextDouble(),
              r.nextInt(6) == 0 ? 1 + r.nextInt(2) : 0,
              r.nextInt(7200) - 3600));
    }
    double[] lim = new double[slots];
    double[] base = new double[slots];
    double[] pv = new double[slots];
    double[] price = new double[slots];
    double level = 15 * n + r.nextInt(60 * n + 1);
    for (int k = 0; k < slots; k++) {
      int hour = (k * 5 / 60 + 20) % 24;
      lim[k] = hour >= 17 && hour < 21 ? 0.8 * level : level;
      base[k] = hour >= 6 && hour < 20 ? 0.04 * level : 0.02 * level;
      pv[k] = hour >= 9 && hour < 15 ? 0.05 * level * r.nextDouble() : 0;
      price[k] = hour >= 6 && hour < 21 ? 0.28 : r.nextInt(4) == 0 ? 0.12 : 0.10;
    }
    return new DepotState(0, 300, lim, base, pv, price, 15, r.nextDouble() * level, cs, vs);
  }

  static void assertSamePlan(Plan a, Plan b, DepotState st) {
    assertThat(a.slots()).isEqualTo(b.slots());
    for (int i = 0; i < st.vehicles().size(); i++) {
      for (int k = 0; k < st.slots(); k++) {
        assertThat(Double.doubleToRawLongBits(a.powerKw(i, k)))
            .as("vehicle %d slot %d", i, k)
            .isEqualTo(Double.doubleToRawLongBits(b.powerKw(i, k)));
      }
      assertThat(Double.doubleToRawLongBits(a.projectedSoc(i)))
          .isEqualTo(Double.doubleToRawLongBits(b.projectedSoc(i)));
    }
    assertThat(a.shortfalls()).isEqualTo(b.shortfalls());
  }

  @Test
  void balancedShortcutsGiveThePlainPlans() {
    int drops = 0;
    for (long seed = 0; seed < 80; seed++) {
      DepotState st = randomDepot(seed, seed % 3 == 0 ? 288 : 1 + (int) (seed % 40));
      assertSamePlan(BalancedPlanner.INSTANCE.plan(st), BalancedPlanner.REFERENCE.plan(st), st);
      drops += st.vehicles().size();
    }
    assertThat(drops).isPositive();
  }

  /**
   * A depot where many slots repeat the last slot's inputs (vehicles in the flat part of their
   * curve, far from their targets, under a limit that changes only every hour and sometimes to the
   * same value), next to vehicles entering the taper, reaching their targets and departing inside
   * the horizon, faulted chargers, priorities and minimums near the equal share: the edges of
   * reusing the last slot's allocation.
   */
  static DepotState steadyDepot(long seed, int slots) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 2 + r.nextInt(seed % 2 == 0 ? 300 : 40);
    int nc = (n + 1) / 2;
    List<ChargerState> cs = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      cs.add(
          new ChargerState(
              "C" + c, 150, new int[] {0, 15, 30}[r.nextInt(3)], 0.95, r.nextInt(15) != 0));
    }
    ChargingCurve curve = ChargingCurve.of(new double[] {0, 0.8, 1}, new double[] {150, 150, 40});
    List<ConnectedVehicle> vs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(10);
      double soc = kind == 0 ? 0.78 + 0.03 * r.nextDouble() : 0.05 + 0.7 * r.nextDouble();
      double target = kind == 1 ? Math.min(1, soc + 0.02 * r.nextDouble()) : 0.9;
      long dep = kind == 2 ? 300L * (1 + r.nextInt(slots + 2)) : (12 + r.nextInt(13)) * 3600L;
      vs.add(
          new ConnectedVehicle(
              "V" + i,
              i / 2,
              soc,
              kind == 3 ? 60 : 1000 + r.nextInt(2000),
              curve,
              Double.POSITIVE_INFINITY,
              dep,
              target,
              r.nextInt(10) == 0 ? 1 : 0,
              r.nextInt(3600)));
    }
    double[] lim = new double[slots];
    double[] zero = new double[slots];
    double[] price = new double[slots];
    double level = 20.0 * n;
    for (int k = 0; k < slots; k++) {
      if (k % 12 == 0 && r.nextBoolean()) {
        level = (10 + r.nextInt(70)) * n;
      }
      lim[k] = level;
    }
    java.util.Arrays.fill(price, 0.2);
    return new DepotState(0, 300, lim, zero, zero.clone(), price, 15, 0, cs, vs);
  }

  @Test
  void balancedReuseOfTheLastSlotGivesThePlainPlans() {
    for (long seed = 0; seed < 60; seed++) {
      DepotState st = steadyDepot(seed, seed % 3 == 0 ? 288 : 2 + (int) (seed % 60));
      assertSamePlan(BalancedPlanner.INSTANCE.plan(st), BalancedPlanner.REFERENCE.plan(st), st);
    }
  }

  /**
   * The reuse check keeps a slot's inputs only from its first difference to the last slot on (the
   * entries before it are the same), so it must still say "repeats" exactly when the inputs equal
   * the last slot's to the bit, whatever came before: caps that change and change back (a stale
   * kept entry would then match), signed zeros, reorders, a candidate more or fewer, a new
   * headroom.
   */
  @Test
  void balancedRepeatCheckMatchesExactlyTheLastSlot() {
    SplittableRandom r = new SplittableRandom(20261127);
    int n = 8;
    double[] values = {10, 15, Math.nextUp(15.0), 0.0, -0.0};
    BalancedPlanner.Scratch z = new BalancedPlanner.Scratch(n, 4, true);
    int[] cand = new int[n];
    double[] cap = new double[n];
    for (int v = 0; v < n; v++) {
      cand[v] = v;
      cap[v] = values[r.nextInt(values.length)];
    }
    int m = n;
    double head = 100;
    int[] lastCand = null;
    double[] lastCap = null;
    int lastM = -1;
    double lastHead = 0;
    int repeats = 0;
    for (int step = 0; step < 20_000; step++) {
      switch (r.nextInt(6)) {
        case 0, 1 -> {} // the same inputs again
        case 2 -> cap[r.nextInt(n)] = values[r.nextInt(values.length)];
        case 3 -> {
          int i = r.nextInt(n);
          int j = r.nextInt(n);
          int t = cand[i];
          cand[i] = cand[j];
          cand[j] = t;
        }
        case 4 -> m = Math.max(1, Math.min(n, m + r.nextInt(3) - 1));
        default -> head = r.nextBoolean() ? 100 : Math.nextUp(100.0);
      }
      boolean same = lastCand != null && m == lastM;
      same &= Double.doubleToRawLongBits(head) == Double.doubleToRawLongBits(lastHead);
      for (int j = 0; same && j < m; j++) {
        same =
            cand[j] == lastCand[j]
                && Double.doubleToRawLongBits(cap[cand[j]])
                    == Double.doubleToRawLongBits(lastCap[cand[j]]);
      }
      assertThat(z.repeatsLast(cand, m, cap, head)).as("step %d", step).isEqualTo(same);
      repeats += same ? 1 : 0;
      lastCand = cand.clone();
      lastCap = cap.clone();
      lastM = m;
      lastHead = head;
    }
    assertThat(repeats).isPositive();
  }

  /**
   * A depot shaped like the benchmark's busy hours, built for the edges of keeping the water-fill
   * up to date while members drop: dual-EVSE chargers where a priority vehicle leaves its mate a
   * little room (below the minimum, so the mate drops and the others share that room), minimums up
   * to 40 kW near the equal share (members of roomy chargers fall short too, which can take the
   * cut), a few chargers much larger than the rest (their vehicles alone have the largest cap, so a
   * drop can take it), small chargers with three or more EVSEs whose own level falls below the
   * minimum (a drop changes it), vehicles entering the taper or nearly at their targets, faults,
   * and a limit that changes every hour.
   */
  static DepotState dropDepot(long seed, int slots) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 2 + r.nextInt(seed % 3 == 0 ? 400 : 60);
    int nc = (n + 1) / 2;
    List<ChargerState> cs = new ArrayList<>();
    double[] max = new double[nc];
    for (int c = 0; c < nc; c++) {
      max[c] = r.nextInt(40) == 0 ? 300 : r.nextInt(6) == 0 ? 40 + r.nextInt(60) : 150;
      cs.add(
          new ChargerState(
              "C" + c,
              max[c],
              new int[] {0, 15, 30, r.nextInt(41)}[r.nextInt(4)],
              0.95,
              r.nextInt(25) != 0));
    }
    ChargingCurve curve = ChargingCurve.of(new double[] {0, 0.8, 1}, new double[] {300, 300, 40});
    List<ConnectedVehicle> vs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int c = r.nextInt(10) == 0 ? r.nextInt(nc) : i / 2;
      int prio = r.nextInt(5) == 0 ? 1 : 0;
      double maxGrid =
          prio == 1
              ? Math.max(1, max[c] - 45 * r.nextDouble())
              : r.nextInt(8) == 0 ? 100 + 50 * r.nextDouble() : Double.POSITIVE_INFINITY;
      int kind = r.nextInt(8);
      double soc = kind == 0 ? 0.75 + 0.1 * r.nextDouble() : 0.05 + 0.7 * r.nextDouble();
      double target = kind == 1 ? Math.min(1, soc + 0.03 * r.nextDouble()) : 0.9;
      long dep = kind == 2 ? 300L * (1 + r.nextInt(slots + 2)) : (4 + r.nextInt(13)) * 3600L;
      vs.add(
          new ConnectedVehicle(
              "V" + i,
              c,
              soc,
              200 + r.nextInt(400),
              curve,
              maxGrid,
              dep,
              target,
              prio,
              r.nextInt(3600)));
    }
    double[] lim = new double[slots];
    double[] zero = new double[slots];
    double[] price = new double[slots];
    double level = (15 + r.nextInt(30)) * n;
    for (int k = 0; k < slots; k++) {
      if (k % 12 == 0 && r.nextBoolean()) {
        level = (10 + r.nextInt(40)) * n;
      }
      lim[k] = level;
    }
    java.util.Arrays.fill(price, 0.2);
    return new DepotState(0, 300, lim, zero, zero.clone(), price, 15, 0, cs, vs);
  }

  @Test
  void balancedFillKeptUpToDateOnDropsGivesThePlainPlans() {
    for (long seed = 0; seed < 60; seed++) {
      DepotState st = dropDepot(seed, seed % 3 == 0 ? 288 : 1 + (int) (seed % 40));
      assertSamePlan(BalancedPlanner.INSTANCE.plan(st), BalancedPlanner.REFERENCE.plan(st), st);
    }
  }

  /**
   * A depot whose vehicles come in groups of identical ones (same SoC, battery, curve, charger
   * type, departure and target), so many laxities are exactly equal and the index decides; some
   * seeds use the extreme priorities (a 32-bit priority range in the packed key).
   */
  static DepotState tiedDepot(long seed, int slots) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(seed % 3 == 0 ? 500 : 80);
    int nc = (n + 1) / 2;
    List<ChargerState> cs = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      cs.add(new ChargerState("C" + c, 150, 15, 0.95, r.nextInt(20) != 0));
    }
    ChargingCurve curve = ChargingCurve.of(new double[] {0, 0.8, 1}, new double[] {150, 150, 40});
    int[] prios =
        seed % 2 == 0
            ? new int[] {0, 0, 0, 1}
            : new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE};
    List<ConnectedVehicle> vs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int g = r.nextInt(6);
      vs.add(
          new ConnectedVehicle(
              "V" + i,
              i / 2,
              0.1 + 0.1 * g,
              350,
              curve,
              Double.POSITIVE_INFINITY,
              (4 + g) * 3600L,
              0.9,
              prios[r.nextInt(prios.length)],
              r.nextInt(3) * 600));
    }
    double[] lim = new double[slots];
    double[] zero = new double[slots];
    double[] price = new double[slots];
    java.util.Arrays.fill(lim, 20.0 * n + r.nextInt(40 * n + 1));
    java.util.Arrays.fill(price, 0.2);
    return new DepotState(0, 300, lim, zero, zero.clone(), price, 15, 0, cs, vs);
  }

  /**
   * The slot loop's shortcuts (vehicles renumbered in static order, caps kept while the SoC stays
   * below a bound that proves them unchanged) change no plan of any slot planner: each is compared
   * with its plain run on depots with tapers, AC limits, targets and departures inside the horizon,
   * ties of plug-in time and departure, and vehicles that reach their target within a slot.
   */
  @Test
  void slotLoopShortcutsGiveThePlainPlans() {
    List<SlotPlanner> planners =
        List.of(
            OrderedPlanner.UNCONTROLLED,
            OrderedPlanner.EDF,
            OrderedPlanner.LLF,
            BalancedPlanner.INSTANCE);
    for (long seed = 0; seed < 40; seed++) {
      int slots = seed % 3 == 0 ? 288 : 2 + (int) (seed % 50);
      for (DepotState st :
          List.of(
              randomDepot(9000 + seed, slots),
              steadyDepot(9100 + seed, slots),
              tiedDepot(9200 + seed, slots))) {
        for (SlotPlanner planner : planners) {
          assertSamePlan(planner.plan(st), planner.plan(st, true), st);
        }
      }
    }
  }

  @Test
  void llfPackedKeySortGivesTheComparatorPlans() {
    for (long seed = 0; seed < 60; seed++) {
      int slots = seed % 3 == 0 ? 288 : 1 + (int) (seed % 40);
      for (DepotState st : List.of(randomDepot(7000 + seed, slots), tiedDepot(seed, slots))) {
        Plan ref = OrderedPlanner.LLF_REFERENCE.plan(st);
        assertSamePlan(OrderedPlanner.LLF.plan(st), ref, st);
        // Four laxity bits: nearly all of the order comes from the fix-up of equal prefixes.
        assertSamePlan(OrderedPlanner.LLF_COARSE.plan(st), ref, st);
      }
    }
  }

  @Test
  void optimisedShortcutsGiveThePlainPlans() {
    for (long seed = 0; seed < 30; seed++) {
      DepotState st = randomDepot(1000 + seed, seed % 2 == 0 ? 288 : 1 + (int) (seed % 50));
      assertSamePlan(OptimisedPlanner.INSTANCE.plan(st), OptimisedPlanner.REFERENCE.plan(st), st);
    }
  }

  @Test
  void optimisedShortcutsGiveThePlainPlans_withForecasts() {
    int expected = 0;
    for (long seed = 0; seed < 60; seed++) {
      DepotState st =
          Depots.withRandomArrivals(
              randomDepot(seed, seed % 3 == 0 ? 288 : 1 + (int) (seed % 40)), seed, 200);
      assertSamePlan(OptimisedPlanner.INSTANCE.plan(st), OptimisedPlanner.REFERENCE.plan(st), st);
      expected += st.expectedArrivals().size();
    }
    assertThat(expected).isPositive();
  }

  @Test
  void unknownDepartureDoesNotBreakTheOptimisedPlanner() {
    // Long.MAX_VALUE ("unknown") used to overflow the slot count of the vehicle's window.
    List<ChargerState> cs = List.of(new ChargerState("C", 100, 0, 1.0, true));
    ChargingCurve flat = ChargingCurve.constant(100);
    List<ConnectedVehicle> vs =
        List.of(
            new ConnectedVehicle(
                "V", 0, 0.2, 100, flat, Double.POSITIVE_INFINITY, Long.MAX_VALUE, 0.9, 0, 0));
    double[] lim = new double[288];
    java.util.Arrays.fill(lim, 100);
    double[] zero = new double[288];
    double[] price = new double[288];
    java.util.Arrays.fill(price, 0.1);
    DepotState st = new DepotState(0, 300, lim, zero, zero.clone(), price, 0, 0, cs, vs);
    Plan p = OptimisedPlanner.INSTANCE.plan(st);
    assertThat(p.projectedSoc(0)).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(p.shortfalls()).isEmpty();
  }

  @Test
  void directFirstSlotEqualsThePlansFirstSlot() {
    for (Strategy s :
        List.of(Strategy.UNCONTROLLED, Strategy.BALANCED, Strategy.EDF, Strategy.LLF)) {
      Planner planner = s.planner();
      assertThat(DirectPlanning.supports(planner)).isTrue();
      for (long seed = 0; seed < 60; seed++) {
        DepotState st = randomDepot(5000 + seed, 1);
        double[] out = direct(planner, st);
        Plan plan = planner.plan(st);
        for (int i = 0; i < st.vehicles().size(); i++) {
          assertThat(Double.doubleToRawLongBits(out[i]))
              .as("%s seed %d vehicle %d", s, seed, i)
              .isEqualTo(Double.doubleToRawLongBits(plan.powerKw(i, 0)));
        }
      }
    }
    assertThat(DirectPlanning.supports(Strategy.OPTIMISED.planner())).isFalse();
  }

  /** The state as the arrays the simulator passes, with spare entries as the simulator has. */
  private static double[] direct(Planner planner, DepotState st) {
    int n = st.vehicles().size();
    int cap = n + 3;
    double[] soc = new double[cap];
    double[] kwh = new double[cap];
    double[] eff = new double[cap];
    double[] min = new double[cap];
    double[] chMax = new double[cap];
    double[] maxGrid = new double[cap];
    long[] dep = new long[cap];
    double[] target = new double[cap];
    int[] prio = new int[cap];
    long[] plugged = new long[cap];
    int[] charger = new int[cap];
    ChargingCurve[] curve = new ChargingCurve[cap];
    int nc = st.chargers().size();
    boolean[] available = new boolean[nc];
    double[] chargerMax = new double[nc];
    for (int c = 0; c < nc; c++) {
      available[c] = st.chargers().get(c).available();
      chargerMax[c] = st.chargers().get(c).maxKw();
    }
    for (int i = 0; i < n; i++) {
      ConnectedVehicle v = st.vehicles().get(i);
      ChargerState c = st.chargers().get(v.charger());
      soc[i] = v.soc();
      kwh[i] = v.capacityKwh();
      eff[i] = c.efficiency();
      min[i] = c.minKw();
      chMax[i] = c.maxKw();
      maxGrid[i] = v.maxGridKw();
      dep[i] = v.departure();
      target[i] = v.targetSoc();
      prio[i] = v.priority();
      plugged[i] = v.pluggedAt();
      charger[i] = v.charger();
      curve[i] = v.curve();
    }
    double[] out = new double[cap];
    java.util.Arrays.fill(out, -1);
    DirectPlanning.firstSlot(
        planner,
        st.now(),
        st.slotSeconds(),
        st.headroomKw(0),
        n,
        soc,
        kwh,
        eff,
        min,
        chMax,
        maxGrid,
        dep,
        target,
        prio,
        plugged,
        charger,
        curve,
        available,
        chargerMax,
        out);
    return out;
  }
}
