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
    Fill f = new Fill(x, cand, a, b, capKw, out, chargerLeft);
    double hi = 0;
    for (int j = a; j < b; j++) {
      int v = cand[j];
      if (!out[v]) {
        hi = Math.max(hi, capKw[v]);
      }
    }
    double level = hi;
    f.prepare(hi, head);
    if (f.exceeds(hi, head, sums)) {
      // The same bisection as ever (so the same level to the bit), but each test of a level is
      // answered by the exact piecewise-linear total in O(log n) unless it is too close to call.
      double lo = 0;
      for (int it = 0; it < 60 && hi - lo > 1e-9 * (1 + hi); it++) {
        double mid = 0.5 * (lo + hi);
        if (f.exceeds(mid, head, sums)) {
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
          levels[c] = chargerLevel(f, capKw, c, chargerLeft[c]);
        }
        alloc[v] = Math.min(capKw[v], levels[c]);
      }
    }
  }

  private static double chargerLevel(Fill f, double[] capKw, int c, double room) {
    double lo = 0;
    double hi = room;
    int from = f.start[c];
    int to = f.start[c] + f.count[c];
    for (int it = 0; it < 60 && hi - lo > 1e-10; it++) {
      double mid = 0.5 * (lo + hi);
      double s = 0;
      // The charger's members in candidate order: the same terms in the same order as a scan.
      for (int j = from; j < to; j++) {
        s += Math.min(capKw[f.members[j]], mid);
      }
      if (s > room) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return lo;
  }

  /**
   * The total {@code T(L) = sum over chargers of min(room, sum of min(cap, L))} of one water-fill,
   * as a sorted list of kinks: T is piecewise linear, its slope starts at the number of members and
   * falls by one at each member's cap (or, for a charger that fills up, by its remaining members at
   * its fill level).
   */
  private static final class Fill {
    final PlanInput x;
    final int[] cand;
    final int a;
    final int b;
    final double[] capKw;
    final boolean[] out;
    final double[] chargerLeft;
    final int[] start;
    final int[] count;
    final int[] members;
    int k;
    double[] kinks;
    double[] prefix;
    int nk;
    double margin;

    Fill(
        PlanInput x,
        int[] cand,
        int a,
        int b,
        double[] capKw,
        boolean[] out,
        double[] chargerLeft) {
      this.x = x;
      this.cand = cand;
      this.a = a;
      this.b = b;
      this.capKw = capKw;
      this.out = out;
      this.chargerLeft = chargerLeft;
      start = new int[x.nc];
      count = new int[x.nc];
      for (int j = a; j < b; j++) {
        int v = cand[j];
        if (!out[v]) {
          count[x.charger[v]]++;
          k++;
        }
      }
      int s = 0;
      for (int c = 0; c < x.nc; c++) {
        start[c] = s;
        s += count[c];
      }
      members = new int[k];
      int[] fill = new int[x.nc];
      for (int j = a; j < b; j++) {
        int v = cand[j];
        if (!out[v]) {
          int c = x.charger[v];
          members[start[c] + fill[c]++] = v;
        }
      }
    }

    void prepare(double hi, double head) {
      kinks = new double[k];
      nk = 0;
      double sumCaps = 0;
      double[] q = new double[8];
      for (int c = 0; c < x.nc; c++) {
        int n = count[c];
        if (n == 0) {
          continue;
        }
        if (q.length < n) {
          q = new double[n];
        }
        double total = 0;
        for (int j = 0; j < n; j++) {
          q[j] = capKw[members[start[c] + j]];
          total += q[j];
        }
        sumCaps += total;
        double room = chargerLeft[c];
        if (total <= room) {
          System.arraycopy(q, 0, kinks, nk, n);
          nk += n;
          continue;
        }
        java.util.Arrays.sort(q, 0, n);
        double below = 0;
        int i = 0;
        while (true) {
          double level = (room - below) / (n - i);
          if (i == n - 1 || level <= q[i]) {
            level = Math.max(0, Math.min(level, q[i]));
            for (int r = i; r < n; r++) {
              kinks[nk++] = level;
            }
            break;
          }
          kinks[nk++] = q[i];
          below += q[i];
          i++;
        }
      }
      java.util.Arrays.sort(kinks, 0, nk);
      prefix = new double[nk + 1];
      for (int j = 0; j < nk; j++) {
        prefix[j + 1] = prefix[j] + kinks[j];
      }
      double scale = k * Math.abs(hi) + sumCaps + Math.abs(head) + 1;
      margin = 4.0 * (k + x.nc + nk + 8) * 0x1.0p-52 * scale;
    }

    /** Whether the exact total at level L exceeds head; falls back to the scan when too close. */
    boolean exceeds(double level, double head, double[] sums) {
      int lo = 0;
      int hi = nk;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (kinks[mid] < level) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      double t = (double) (k - lo) * level + prefix[lo];
      if (t > head + margin) {
        return true;
      }
      if (t < head - margin) {
        return false;
      }
      return total(x, cand, a, b, capKw, out, chargerLeft, sums, level) > head;
    }
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
