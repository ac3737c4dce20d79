package org.evdepot.depotsim.internal;

/**
 * Strict-order planners: in each slot, candidates in order get as much as they can take (up to what
 * reaches their target), while the site and their charger have room for at least their minimum.
 * Uncontrolled orders by plug-in time and charges to full; EDF orders by departure; LLF by laxity,
 * recomputed each slot. Priority (larger first) comes before each order; the position in the
 * vehicle list breaks ties.
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
  boolean renumbers() {
    // The greedy looks at the vehicles in static order only (LLF's static order is the index
    // order: nothing to renumber).
    return kind != Kind.LLF;
  }

  @Override
  int allocate(
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
        return j; // every later p would be at most left, so nobody else gets anything
      }
      double p = Math.min(capKw[v], Math.min(left, chargerLeft[c]));
      if (p <= PlanInput.EPS || p < x.minKw[v] - PlanInput.EPS) {
        continue;
      }
      alloc[v] = p;
      left -= p;
      chargerLeft[c] -= p;
    }
    return m;
  }

  @Override
  boolean keepsCandidateOrder() {
    return kind == Kind.LLF;
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
    final double[] time;
    final double[] timeSoc;
    // The comparator sort's running order (allocated by it only).
    int[] prev;
    int prevCount = -1;
    double[] sortedSoc;
    int[] mark;
    int[] keep;
    int[] moved;

    LlfScratch(int n) {
      laxity = new double[n];
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
    if (z.prev == null) {
      int n = x.n;
      z.prev = new int[n];
      z.sortedSoc = new double[n];
      z.mark = new int[n];
      java.util.Arrays.fill(z.mark, -1);
      z.keep = new int[n];
      z.moved = new int[n];
    }
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

  /**
   * Writes laxity[v] for the candidates: seconds to departure minus the time to target at rate,
   * rounded to whole seconds. Laxities are then whole numbers: two vehicles whose laxities differ
   * by less than a second (identical buses whose SoCs differ by a rounding error) tie, and the
   * index breaks the tie, instead of the rounding error deciding and swapping them from one replan
   * to the next.
   */
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
        z.time[v] = Math.rint(needKwh / rate * 3600.0);
        z.timeSoc[v] = soc[v];
      }
      laxity[v] = (x.dep[v] - t0) - z.time[v];
    }
  }

  /**
   * The same order as {@link #sortByLaxity} (priority, laxity by {@link Double#compare}, index),
   * from primitive keys: per candidate one {@code long} of (largest priority - priority, the top
   * bits of the laxity's order-preserving bit pattern, index), which is non-decreasing along the
   * comparator's order. The candidates arrive in the last slot's order (the slot loop keeps it, see
   * {@link #keepsCandidateOrder}); the vehicles whose SoC did not change keep their relative order
   * (their laxity falls by the same slot length; checked on the keys, and sorted if rounding ever
   * broke it), those that charged are sorted and merged in. Keys are unique (the index), so this is
   * the sorted order of the keys up to candidates whose keys agree in all but the index (laxities
   * equal in the kept bits); those runs are then put in comparator order, which makes the whole
   * order the comparator's.
   */
  private static void sortByLaxityPacked(PlanInput x, int slot, double[] soc, int[] cand, int m) {
    LlfScratch z = x.llf;
    long t0 = x.slotStart(slot);
    double[] laxity = z.laxity;
    double[] rate = x.slotRate;
    double[] time = z.time;
    double[] timeSoc = z.timeSoc;
    long[] keys = z.keys;
    long[] kk = z.keepKeys;
    long[] km = z.movedKeys;
    int iBits = z.iBits;
    int lShift = 64 - z.lBits;
    int pShift = z.lBits + iBits;
    long pMax = z.pMax;
    int nk = 0;
    int nm = 0;
    boolean sorted = true;
    long lastPrefix = Long.MIN_VALUE;
    for (int j = 0; j < m; j++) {
      int v = cand[j];
      double s = soc[v];
      boolean moved = timeSoc[v] != s; // always true in the first slot (NaN)
      if (moved) {
        // Time needed at full rate, as in computeLaxity; the slot loop has just computed
        // x.rate(v, s) for this SoC.
        double needKwh = Math.max(0, x.target[v] - s) * x.cap[v] / x.eff[v];
        time[v] = Math.rint(needKwh / rate[v] * 3600.0);
        timeSoc[v] = s;
      }
      double lax = (x.dep[v] - t0) - time[v];
      laxity[v] = lax;
      long b = Double.doubleToLongBits(lax);
      // Signed order of (b ^ (sign ? 0x7fff... : 0)) is Double.compare's; flipping the sign bit
      // makes it the unsigned order, whose top bits are then taken.
      long u = (b ^ ((b >> 63) & Long.MAX_VALUE)) ^ Long.MIN_VALUE;
      long k = ((pMax - x.prio[v]) << pShift) | ((u >>> lShift) << iBits) | v;
      keys[v] = k;
      // Branch-free split into movers and kept; the kept run is in comparator order, so its
      // prefixes must not decrease.
      km[nm] = k;
      kk[nk] = k;
      int mv = moved ? 1 : 0;
      nm += mv;
      nk += 1 - mv;
      long p = moved ? lastPrefix : k >>> iBits;
      sorted &= p >= lastPrefix;
      lastPrefix = p;
    }
    if (!sorted) {
      java.util.Arrays.sort(kk, 0, nk);
    }
    if (nk == 0) {
      java.util.Arrays.sort(km, 0, nm); // the first slot: no last order to go by
    } else {
      sortNearlySorted(km, nm);
    }
    // Both runs are sorted by prefix, so the merge is; a run of equal prefixes is fixed below.
    long mask = (1L << iBits) - 1;
    boolean ties = false;
    long prev = -1;
    int i = 0;
    int j = 0;
    for (int o = 0; o < m; o++) {
      long k;
      if (j >= nm || (i < nk && kk[i] < km[j])) {
        k = kk[i++];
      } else {
        k = km[j++];
      }
      long p = k >>> iBits;
      ties |= p == prev;
      prev = p;
      cand[o] = (int) (k & mask);
    }
    if (ties) {
      fixTies(keys, laxity, iBits, cand, m);
    }
  }

  /** Puts each run of candidates with equal key prefixes into comparator order. */
  private static void fixTies(long[] keys, double[] laxity, int iBits, int[] cand, int m) {
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
  }

  /**
   * Sorts a[0..n) ascending: insertion sort while the data are nearly sorted (the vehicles that
   * charged mostly keep their relative order), the library sort once that costs too many moves.
   */
  private static void sortNearlySorted(long[] a, int n) {
    int budget = 4 * n + 16;
    for (int i = 1; i < n; i++) {
      long k = a[i];
      int j = i - 1;
      while (j >= 0 && a[j] > k) {
        a[j + 1] = a[j];
        j--;
        budget--;
      }
      a[j + 1] = k;
      if (budget < 0) {
        java.util.Arrays.sort(a, 0, n);
        return;
      }
    }
  }

  /** Whether u comes after v in LLF order, for u and v of the same priority. */
  private static boolean laxityAfter(double[] laxity, int u, int v) {
    int c = Double.compare(laxity[u], laxity[v]);
    return c > 0 || (c == 0 && u > v);
  }
}
