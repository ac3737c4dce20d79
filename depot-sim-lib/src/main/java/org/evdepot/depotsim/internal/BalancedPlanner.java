package org.evdepot.depotsim.internal;

/**
 * Balanced: in each slot, the headroom is shared equally (water-filling: every candidate gets
 * {@code min(cap, level)}) among the candidates of the highest priority, then the rest among the
 * next priority, and so on. A charger shared by several EVSEs splits its maximum equally the same
 * way. When an equal share would fall below a charger's minimum, the candidates plugged in last
 * drop out of this slot until everyone left gets at least the minimum.
 */
public final class BalancedPlanner extends SlotPlanner {
  /** The planner. */
  public static final BalancedPlanner INSTANCE = new BalancedPlanner();

  private BalancedPlanner() {
    super(false);
  }

  @Override
  int[] staticOrder(PlanInput x) {
    return x.order(
        (a, b) -> {
          int c = Integer.compare(x.prio[b], x.prio[a]);
          if (c == 0) {
            c = Long.compare(x.plugged[a], x.plugged[b]);
          }
          return c != 0 ? c : Integer.compare(a, b);
        });
  }

  @Override
  void allocate(
      PlanInput x,
      int slot,
      double[] soc,
      int[] cand,
      int m,
      double[] capKw,
      double head,
      double[] chargerLeft,
      double[] alloc) {
    double left = head;
    double[] sums = new double[x.nc];
    boolean[] out = new boolean[x.n];
    int a = 0;
    while (a < m) {
      int b = a;
      while (b < m && x.prio[cand[b]] == x.prio[cand[a]]) {
        b++;
      }
      // Pre-trim: nobody can be served below the minimum, so drop the last plugged until the
      // minimums fit into the headroom.
      double minSum = 0;
      for (int j = a; j < b; j++) {
        minSum += x.minKw[cand[j]];
      }
      for (int j = b - 1; j >= a && minSum > left + PlanInput.EPS; j--) {
        out[cand[j]] = true;
        minSum -= x.minKw[cand[j]];
      }
      for (int guard = 0; guard <= b - a; guard++) {
        waterFill(x, cand, a, b, capKw, out, left, chargerLeft, sums, alloc);
        int drop = -1;
        for (int j = b - 1; j >= a; j--) {
          int v = cand[j];
          if (!out[v] && alloc[v] < x.minKw[v] - PlanInput.EPS) {
            drop = v;
            break;
          }
        }
        if (drop < 0) {
          break;
        }
        out[drop] = true;
        alloc[drop] = 0;
      }
      for (int j = a; j < b; j++) {
        int v = cand[j];
        if (out[v]) {
          alloc[v] = 0;
        }
        left -= alloc[v];
        chargerLeft[x.charger[v]] -= alloc[v];
      }
      left = Math.max(0, left);
      a = b;
    }
  }

  /** Water-fills members cand[a..b) that are not out, within head and each charger's room. */
  private static void waterFill(
      PlanInput x,
      int[] cand,
      int a,
      int b,
      double[] capKw,
      boolean[] out,
      double head,
      double[] chargerLeft,
      double[] sums,
      double[] alloc) {
    double hi = 0;
    for (int j = a; j < b; j++) {
      int v = cand[j];
      if (!out[v]) {
        hi = Math.max(hi, capKw[v]);
      }
    }
    double level = hi;
    if (total(x, cand, a, b, capKw, out, chargerLeft, sums, hi) > head) {
      double lo = 0;
      for (int it = 0; it < 60 && hi - lo > 1e-9 * (1 + hi); it++) {
        double mid = 0.5 * (lo + hi);
        if (total(x, cand, a, b, capKw, out, chargerLeft, sums, mid) > head) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      level = lo;
    }
    // Per charger: if its members at this level exceed its room, level them within the charger.
    java.util.Arrays.fill(sums, 0);
    for (int j = a; j < b; j++) {
      int v = cand[j];
      if (!out[v]) {
        sums[x.charger[v]] += Math.min(capKw[v], level);
      }
    }
    double[] levels = null;
    for (int j = a; j < b; j++) {
      int v = cand[j];
      if (out[v]) {
        alloc[v] = 0;
        continue;
      }
      int c = x.charger[v];
      if (sums[c] <= chargerLeft[c] + PlanInput.EPS) {
        alloc[v] = Math.min(capKw[v], level);
      } else {
        if (levels == null) {
          levels = new double[x.nc];
          java.util.Arrays.fill(levels, Double.NaN);
        }
        if (Double.isNaN(levels[c])) {
          levels[c] = chargerLevel(x, cand, a, b, capKw, out, c, chargerLeft[c]);
        }
        alloc[v] = Math.min(capKw[v], levels[c]);
      }
    }
  }

  private static double chargerLevel(
      PlanInput x, int[] cand, int a, int b, double[] capKw, boolean[] out, int c, double room) {
    double lo = 0;
    double hi = room;
    for (int it = 0; it < 60 && hi - lo > 1e-10; it++) {
      double mid = 0.5 * (lo + hi);
      double s = 0;
      for (int j = a; j < b; j++) {
        int v = cand[j];
        if (!out[v] && x.charger[v] == c) {
          s += Math.min(capKw[v], mid);
        }
      }
      if (s > room) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return lo;
  }

  private static double total(
      PlanInput x,
      int[] cand,
      int a,
      int b,
      double[] capKw,
      boolean[] out,
      double[] chargerLeft,
      double[] sums,
      double level) {
    java.util.Arrays.fill(sums, 0);
    for (int j = a; j < b; j++) {
      int v = cand[j];
      if (!out[v]) {
        sums[x.charger[v]] += Math.min(capKw[v], level);
      }
    }
    double t = 0;
    for (int c = 0; c < sums.length; c++) {
      t += Math.min(sums[c], chargerLeft[c]);
    }
    return t;
  }
}
