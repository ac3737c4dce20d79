package org.evdepot.depotsim.internal;

import org.evdepot.depotsim.plan.Plan;
import org.evdepot.depotsim.plan.Planner;

/**
 * Planners that decide slot by slot, front to back: each slot's allocation depends only on the
 * projected SoC at its start, so the first slot does not depend on the later ones (myopic).
 */
abstract class SlotPlanner implements Planner {
  private final boolean toFull;

  SlotPlanner(boolean toFull) {
    this.toFull = toFull;
  }

  @Override
  public final boolean myopic() {
    return true;
  }

  /** The order in which vehicles are listed as candidates in every slot. */
  abstract int[] staticOrder(PlanInput x);

  /**
   * Allocates power in one slot to candidates cand[0..m) (in static order) with per-vehicle caps
   * capKw (each at least the vehicle's charger minimum). Writes alloc[v]; every value is 0 or at
   * least the minimum, the sum at most head and each charger's sum at most chargerLeft.
   */
  abstract void allocate(
      PlanInput x,
      int slot,
      double[] soc,
      int[] cand,
      int m,
      double[] capKw,
      double head,
      double[] chargerLeft,
      double[] alloc);

  @Override
  public final Plan plan(org.evdepot.depotsim.plan.DepotState st) {
    PlanInput x = new PlanInput(st);
    int n = x.n;
    double[][] power = new double[n][x.slots];
    double[] soc = x.soc.clone();
    int[] order = staticOrder(x);
    int[] cand = new int[n];
    double[] capKw = new double[n];
    double[] alloc = new double[n];
    double[] dur = new double[n];
    double[] chargerLeft = new double[x.nc];
    for (int k = 0; k < x.slots; k++) {
      long t0 = st.slotStart(k);
      int m = 0;
      for (int j = 0; j < n; j++) {
        int v = order[j];
        if (x.dep[v] <= t0) {
          continue;
        }
        double target = toFull ? 1.0 : x.target[v];
        if (soc[v] >= target - PlanInput.EPS) {
          continue;
        }
        double rate = x.rate(v, soc[v]);
        if (rate <= PlanInput.EPS || rate < x.minKw[v] - PlanInput.EPS) {
          continue;
        }
        double d = Math.min(x.dt, (double) (x.dep[v] - t0));
        double need = (target - soc[v]) * x.cap[v] / x.eff[v] / (d / 3600.0);
        double c = Math.min(rate, need);
        if (c < x.minKw[v]) {
          c = x.minKw[v];
        }
        dur[v] = d;
        capKw[v] = c;
        alloc[v] = 0;
        cand[m++] = v;
      }
      if (m == 0) {
        // Nobody can charge now and, with nothing changing, nobody can later either.
        break;
      }
      for (int c = 0; c < x.nc; c++) {
        chargerLeft[c] = x.available[c] ? x.chargerMax[c] : 0;
      }
      allocate(x, k, soc, cand, m, capKw, st.headroomKw(k), chargerLeft, alloc);
      for (int j = 0; j < m; j++) {
        int v = cand[j];
        double p = alloc[v];
        if (p > 0) {
          power[v][k] = p;
          soc[v] = x.advance(v, soc[v], p, dur[v]);
        }
      }
    }
    return x.finish(power, soc);
  }
}
