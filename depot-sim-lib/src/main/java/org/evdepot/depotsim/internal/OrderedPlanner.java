package org.evdepot.depotsim.internal;

/**
 * Strict-order planners: in each slot, candidates in order get as much as they can take (up to what
 * reaches their target), while the site and their charger have room for at least their minimum.
 * Uncontrolled orders by plug-in time and charges to full; EDF orders by departure; LLF by laxity,
 * recomputed each slot. Priority (larger first) comes before each order; ids break ties.
 */
public final class OrderedPlanner extends SlotPlanner {
  /** Uncontrolled: first plugged first served, to full. */
  public static final OrderedPlanner UNCONTROLLED = new OrderedPlanner(Kind.FIFO);

  /** Earliest departure first. */
  public static final OrderedPlanner EDF = new OrderedPlanner(Kind.EDF);

  /** Least laxity first. */
  public static final OrderedPlanner LLF = new OrderedPlanner(Kind.LLF);

  private enum Kind {
    FIFO,
    EDF,
    LLF
  }

  private final Kind kind;

  private OrderedPlanner(Kind kind) {
    super(kind == Kind.FIFO);
    this.kind = kind;
  }

  @Override
  int[] staticOrder(PlanInput x) {
    if (kind == Kind.LLF) {
      // Every slot sorts its candidates by a total order (priority, laxity, index), so the order
      // they come in does not matter: index order saves a sort.
      int[] idx = new int[x.n];
      for (int i = 0; i < x.n; i++) {
        idx[i] = i;
      }
      return idx;
    }
    return x.orderByPriorityThen(kind == Kind.EDF ? x.dep : x.plugged);
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
    if (kind == Kind.LLF) {
      sortByLaxity(x, slot, soc, cand, m);
    }
    double left = head;
    for (int j = 0; j < m; j++) {
      int v = cand[j];
      int c = x.charger[v];
      if (left <= PlanInput.EPS) {
        break; // every later p would be at most left, so nobody else gets anything
      }
      double p = Math.min(capKw[v], Math.min(left, chargerLeft[c]));
      if (p <= PlanInput.EPS || p < x.minKw[v] - PlanInput.EPS) {
        continue;
      }
      alloc[v] = p;
      left -= p;
      chargerLeft[c] -= p;
    }
  }

  @Override
  boolean greedyInStaticOrder() {
    return kind != Kind.LLF;
  }

  @Override
  void begin(PlanInput x) {
    if (kind == Kind.LLF) {
      x.llf = new LlfScratch(x.n);
    }
  }

  /** LLF's running order across the slots of one plan. */
  static final class LlfScratch {
    final double[] laxity;
    final int[] prev;
    int prevCount = -1;
    final double[] sortedSoc;
    final int[] mark;
    final int[] keep;
    final int[] moved;
    final double[] time;
    final double[] timeSoc;

    LlfScratch(int n) {
      laxity = new double[n];
      prev = new int[n];
      sortedSoc = new double[n];
      mark = new int[n];
      java.util.Arrays.fill(mark, -1);
      keep = new int[n];
      moved = new int[n];
      time = new double[n];
      timeSoc = new double[n];
      java.util.Arrays.fill(timeSoc, Double.NaN);
    }
  }

  /**
   * Sorts cand[0..m) by priority, laxity and index. The order is total, so the result does not
   * depend on the input order: the last slot's order is reused, the vehicles whose SoC did not
   * change keep their relative order (their laxity falls by the same slot length; checked, and
   * sorted again if rounding ever broke it), and only the vehicles that charged are sorted and
   * merged back.
   */
  private static void sortByLaxity(PlanInput x, int slot, double[] soc, int[] cand, int m) {
    LlfScratch z = x.llf;
    long t0 = x.slotStart(slot);
    double[] laxity = z.laxity;
    for (int j = 0; j < m; j++) {
      int v = cand[j];
      if (z.timeSoc[v] != soc[v]) {
        // Time needed at full rate: changes only with the SoC.
        double rate = x.rate(v, soc[v]);
        double needKwh = Math.max(0, x.target[v] - soc[v]) * x.cap[v] / x.eff[v];
        z.time[v] = needKwh / rate * 3600.0;
        z.timeSoc[v] = soc[v];
      }
      laxity[v] = (x.dep[v] - t0) - z.time[v];
    }
    PlanInput.IntCmp cmp =
        (a, b) -> {
          int c = Integer.compare(x.prio[b], x.prio[a]);
          if (c == 0) {
            c = Double.compare(laxity[a], laxity[b]);
          }
          return c != 0 ? c : Integer.compare(a, b);
        };
    if (z.prevCount < 0) {
      PlanInput.sort(cand, m, cmp);
    } else {
      for (int j = 0; j < m; j++) {
        z.mark[cand[j]] = slot;
      }
      int nk = 0;
      int nm = 0;
      // Candidates only ever leave the set, so every candidate was in the last order.
      for (int j = 0; j < z.prevCount; j++) {
        int v = z.prev[j];
        if (z.mark[v] != slot) {
          continue;
        }
        if (soc[v] == z.sortedSoc[v]) {
          z.keep[nk++] = v;
        } else {
          z.moved[nm++] = v;
        }
      }
      boolean sorted = true;
      for (int j = 1; j < nk && sorted; j++) {
        sorted = cmp.compare(z.keep[j - 1], z.keep[j]) <= 0;
      }
      if (!sorted) {
        PlanInput.sort(z.keep, nk, cmp);
      }
      PlanInput.sort(z.moved, nm, cmp);
      int i = 0;
      int j = 0;
      for (int o = 0; o < m; o++) {
        if (j >= nm || (i < nk && cmp.compare(z.keep[i], z.moved[j]) <= 0)) {
          cand[o] = z.keep[i++];
        } else {
          cand[o] = z.moved[j++];
        }
      }
    }
    System.arraycopy(cand, 0, z.prev, 0, m);
    z.prevCount = m;
    for (int j = 0; j < m; j++) {
      z.sortedSoc[cand[j]] = soc[cand[j]];
    }
  }
}
