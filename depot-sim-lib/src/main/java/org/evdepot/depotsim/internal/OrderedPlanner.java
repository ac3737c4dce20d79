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
  public static final OrderedPlanner LLF = new OrderedPlanner(Kind.LLF, 63);

  /**
   * LLF with the comparator sort of each slot (no packed keys): the reference the packed-key sort
   * is tested against.
   */
  static final OrderedPlanner LLF_REFERENCE = new OrderedPlanner(Kind.LLF, 0);

  /**
   * LLF whose packed keys keep only 4 bits of the laxity, so nearly every neighbour shares its key
   * prefix and the tie fix-up decides the order (tests only).
   */
  static final OrderedPlanner LLF_COARSE = new OrderedPlanner(Kind.LLF, -4);

  private enum Kind {
    FIFO,
    EDF,
    LLF
  }

  private final Kind kind;

  /**
   * LLF's packed keys: 63 for as many laxity bits as fit, 0 for the comparator sort only, -b to
   * keep at most b laxity bits (tests).
   */
  private final int keyBits;

  private OrderedPlanner(Kind kind) {
    this(kind, 63);
  }

  private OrderedPlanner(Kind kind, int keyBits) {
    super(kind == Kind.FIFO);
    this.kind = kind;
    this.keyBits = keyBits;
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
      if (x.llf.packed) {
        sortByLaxityPacked(x, slot, soc, cand, m);
      } else {
        sortByLaxity(x, slot, soc, cand, m);
      }
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
      LlfScratch z = new LlfScratch(x.n);
      x.llf = z;
      if (keyBits == 0 || x.n == 0) {
        return;
      }
      int pMin = Integer.MAX_VALUE;
      int pMax = Integer.MIN_VALUE;
      for (int i = 0; i < x.n; i++) {
        pMin = Math.min(pMin, x.prio[i]);
        pMax = Math.max(pMax, x.prio[i]);
      }
      long pRange = (long) pMax - pMin;
      z.iBits = 64 - Long.numberOfLeadingZeros(x.n - 1L);
      z.pBits = 64 - Long.numberOfLeadingZeros(pRange);
      int lBits = 63 - z.iBits - z.pBits;
      if (keyBits < 0) {
        lBits = Math.min(lBits, -keyBits);
      }
      // With fewer laxity bits the fix-up of equal prefixes would do most of the sorting.
      z.packed = lBits >= (keyBits < 0 ? 1 : 16);
      z.lBits = lBits;
      z.pMax = pMax;
      z.keys = new long[x.n];
      z.keepKeys = new long[x.n];
      z.movedKeys = new long[x.n];
    }
  }

  /** LLF's running order across the slots of one plan. */
  static final class LlfScratch {
    boolean packed;
    int iBits;
    int pBits;
    int lBits;
    int pMax;
    long[] keys;
    long[] keepKeys;
    long[] movedKeys;

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
    double[] laxity = z.laxity;
    computeLaxity(x, z, slot, soc, cand, m);
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

  /** Writes laxity[v] for the candidates: seconds to departure minus the time to target at rate. */
  private static void computeLaxity(
      PlanInput x, LlfScratch z, int slot, double[] soc, int[] cand, int m) {
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
  }

  /**
   * The same order as {@link #sortByLaxity} (priority, laxity by {@link Double#compare}, index),
   * from primitive keys: per candidate one {@code long} of (largest priority - priority, the top
   * bits of the laxity's order-preserving bit pattern, index), which is non-decreasing along the
   * comparator's order. The last slot's order is reused as there: the keys of the vehicles whose
   * SoC did not change are checked to be still ascending (else sorted), those of the vehicles that
   * charged are sorted and the two runs merged. Keys are unique (the index), so this is the sorted
   * order of the keys; candidates whose keys agree in all but the index (laxities equal in the kept
   * bits) are then put in comparator order, which makes the whole order the comparator's.
   */
  private static void sortByLaxityPacked(PlanInput x, int slot, double[] soc, int[] cand, int m) {
    LlfScratch z = x.llf;
    computeLaxity(x, z, slot, soc, cand, m);
    double[] laxity = z.laxity;
    long[] keys = z.keys;
    int iBits = z.iBits;
    int lShift = 64 - z.lBits;
    int pShift = z.lBits + iBits;
    for (int j = 0; j < m; j++) {
      int v = cand[j];
      long b = Double.doubleToLongBits(laxity[v]);
      // Signed order of (b ^ (sign ? 0x7fff... : 0)) is Double.compare's; flipping the sign bit
      // makes it the unsigned order, whose top bits are then taken.
      long u = (b ^ ((b >> 63) & Long.MAX_VALUE)) ^ Long.MIN_VALUE;
      keys[v] = (((long) z.pMax - x.prio[v]) << pShift) | ((u >>> lShift) << iBits) | v;
    }
    long mask = (1L << iBits) - 1;
    long[] kk = z.keepKeys;
    if (z.prevCount < 0) {
      for (int j = 0; j < m; j++) {
        kk[j] = keys[cand[j]];
      }
      java.util.Arrays.sort(kk, 0, m);
      for (int j = 0; j < m; j++) {
        cand[j] = (int) (kk[j] & mask);
      }
    } else {
      long[] km = z.movedKeys;
      for (int j = 0; j < m; j++) {
        z.mark[cand[j]] = slot;
      }
      int nk = 0;
      int nm = 0;
      boolean sorted = true;
      long last = Long.MIN_VALUE;
      // Candidates only ever leave the set, so every candidate was in the last order.
      for (int j = 0; j < z.prevCount; j++) {
        int v = z.prev[j];
        if (z.mark[v] != slot) {
          continue;
        }
        long k = keys[v];
        if (soc[v] == z.sortedSoc[v]) {
          sorted &= k > last;
          last = k;
          kk[nk++] = k;
        } else {
          km[nm++] = k;
        }
      }
      if (!sorted) {
        java.util.Arrays.sort(kk, 0, nk);
      }
      java.util.Arrays.sort(km, 0, nm);
      int i = 0;
      int j = 0;
      for (int o = 0; o < m; o++) {
        long k;
        if (j >= nm || (i < nk && kk[i] < km[j])) {
          k = kk[i++];
        } else {
          k = km[j++];
        }
        cand[o] = (int) (k & mask);
      }
    }
    // Runs of equal prefix (same priority, laxities equal in the kept bits): comparator order.
    for (int o = 1; o < m; o++) {
      if ((keys[cand[o - 1]] >>> iBits) != (keys[cand[o]] >>> iBits)) {
        continue;
      }
      int from = o - 1;
      int to = o + 1;
      long p = keys[cand[o]] >>> iBits;
      while (to < m && (keys[cand[to]] >>> iBits) == p) {
        to++;
      }
      for (int a = from + 1; a < to; a++) {
        int v = cand[a];
        int c = a - 1;
        while (c >= from && laxityAfter(laxity, cand[c], v)) {
          cand[c + 1] = cand[c];
          c--;
        }
        cand[c + 1] = v;
      }
      o = to - 1;
    }
    System.arraycopy(cand, 0, z.prev, 0, m);
    z.prevCount = m;
    for (int j = 0; j < m; j++) {
      z.sortedSoc[cand[j]] = soc[cand[j]];
    }
  }

  /** Whether u comes after v in LLF order, for u and v of the same priority. */
  private static boolean laxityAfter(double[] laxity, int u, int v) {
    int c = Double.compare(laxity[u], laxity[v]);
    return c > 0 || (c == 0 && u > v);
  }
}
