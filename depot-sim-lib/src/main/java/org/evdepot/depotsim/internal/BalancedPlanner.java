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
  public static final BalancedPlanner INSTANCE = new BalancedPlanner(true);

  /**
   * The same planner without its shortcuts: every slot is water-filled (no reuse of the last slot),
   * every level test is the scan, every drop refills (the plain algorithm; tests check that both
   * give the same plans to the bit).
   */
  static final BalancedPlanner REFERENCE = new BalancedPlanner(false);

  private final boolean shortcuts;

  private BalancedPlanner(boolean shortcuts) {
    super(false);
    this.shortcuts = shortcuts;
  }

  @Override
  int[] staticOrder(PlanInput x) {
    return x.orderByPriorityThen(x.plugged);
  }

  @Override
  void begin(PlanInput x) {
    x.balanced = new Scratch(x.n, x.nc);
  }

  /** Per-plan work arrays, reused by every slot and water-fill of one plan. */
  static final class Scratch {
    final double[] sums;
    final boolean[] out;

    /**
     * Per charger, the first and the last member of the current fill, and per member the next one
     * on its charger (-1 after the last): each charger's members in candidate order.
     */
    final int[] first;

    final int[] last;
    final int[] next;
    final int[] count;
    final double[] kinks;
    final double[] work;
    final double[] q;
    final double[] levels;
    final int[] used;
    final long[] levelStamp;

    /** Per charger, the number of the last fill that counted its members (see {@code Fill}). */
    final long[] seen;

    /**
     * Per charger, the cut of the last fill that found it high (every member's cap at least the cut
     * and room for all of them at the cut; see {@code Fill}), else NaN. Current for the chargers of
     * the last fill.
     */
    final double[] highAt;

    /** Per charger, the sum (in candidate order) and the least of its members' caps. */
    final double[] capTotal;

    final double[] minCap;

    /**
     * The last allocated slot's candidates, their caps (raw bits), headroom and allocation; null
     * until a slot is remembered (never in a one-slot plan).
     */
    int[] lastCand;

    long[] lastCap;
    double[] lastAlloc;
    int lastM = -1;
    double lastHead;

    /** The number of fills so far: each fill's id for the per-charger stamps. */
    long fills;

    double hi;
    int hiCount;
    double level;

    Scratch(int n, int nc) {
      sums = new double[nc];
      out = new boolean[n];
      first = new int[nc];
      last = new int[nc];
      next = new int[n];
      count = new int[nc];
      kinks = new double[n];
      work = new double[n];
      q = new double[n];
      levels = new double[nc];
      used = new int[nc];
      levelStamp = new long[nc];
      seen = new long[nc];
      capTotal = new double[nc];
      highAt = new double[nc];
      minCap = new double[nc];
    }

    /**
     * Whether this slot's inputs are those of the last allocated slot, bit for bit: the same
     * candidates in the same order, the same caps and headroom. Charger rooms are the same in every
     * slot of a plan and the other inputs (priority, minimum, charger) are per vehicle, so the
     * allocation is then the same as well.
     */
    boolean repeatsLast(int[] cand, int m, double[] capKw, double head) {
      if (m != lastM || Double.doubleToRawLongBits(head) != Double.doubleToRawLongBits(lastHead)) {
        return false;
      }
      for (int j = 0; j < m; j++) {
        int v = cand[j];
        if (v != lastCand[j] || Double.doubleToRawLongBits(capKw[v]) != lastCap[j]) {
          return false;
        }
      }
      return true;
    }

    /** Keeps this slot's inputs and allocation for {@link #repeatsLast}. */
    void remember(int[] cand, int m, double[] capKw, double head, double[] alloc) {
      if (lastCand == null) {
        lastCand = new int[cand.length];
        lastCap = new long[cand.length];
        lastAlloc = new double[cand.length];
      }
      for (int j = 0; j < m; j++) {
        int v = cand[j];
        lastCand[j] = v;
        lastCap[j] = Double.doubleToRawLongBits(capKw[v]);
        lastAlloc[j] = alloc[v];
      }
      lastM = m;
      lastHead = head;
    }
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
    Scratch z = x.balanced;
    if (shortcuts && z.repeatsLast(cand, m, capKw, head)) {
      for (int j = 0; j < m; j++) {
        alloc[cand[j]] = z.lastAlloc[j];
      }
      return m;
    }
    double left = head;
    double[] sums = z.sums;
    boolean[] out = z.out;
    int a = 0;
    while (a < m) {
      // The group of equal priority cand[a..b), all in, and the sum of their minimums.
      int b = a;
      double minSum = 0;
      for (int p = x.prio[cand[a]]; b < m && x.prio[cand[b]] == p; b++) {
        out[cand[b]] = false;
        minSum += x.minKw[cand[b]];
      }
      // Pre-trim: nobody can be served below the minimum, so drop the last plugged until the
      // minimums fit into the headroom.
      int trimmed = b;
      for (int j = b - 1; j >= a && minSum > left + PlanInput.EPS; j--) {
        out[cand[j]] = true;
        minSum -= x.minKw[cand[j]];
        trimmed = j;
      }
      // The trimmed tail is out for the whole slot (alloc 0, as the slot loop set it): the passes
      // below can stop before it (out members add nothing to any sum).
      int to = shortcuts ? trimmed : b;
      boolean refill = true;
      int scanFrom = to - 1;
      for (int guard = 0; guard <= b - a; guard++) {
        if (refill) {
          int lastShort =
              waterFill(x, z, cand, a, to, capKw, out, left, chargerLeft, sums, alloc, shortcuts);
          scanFrom = shortcuts ? lastShort : to - 1;
        }
        int drop = -1;
        int at = -1;
        for (int j = scanFrom; j >= a; j--) {
          int v = cand[j];
          if (!out[v] && alloc[v] < x.minKw[v] - PlanInput.EPS) {
            drop = v;
            at = j;
            break;
          }
        }
        if (drop < 0) {
          break;
        }
        out[drop] = true;
        alloc[drop] = 0;
        // Members after the dropped one are not short; if the drop provably leaves every other
        // allocation as it was, the next search resumes before it instead of water-filling again.
        refill = !shortcuts || !dropKeepsFill(x, z, drop, capKw, out, chargerLeft, sums);
        scanFrom = at - 1;
      }
      for (int j = a; j < to; j++) {
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
    if (shortcuts && slot + 1 < x.slots) {
      z.remember(cand, m, capKw, head, alloc);
    }
    return m;
  }

  /**
   * Whether the water-fill after dropping member v (already marked out) gives every other member
   * exactly the allocation it has now, so the fill need not run again. True when v's charger has no
   * room left (then the scan total {@code sum over chargers of min(sum, room)} is the same function
   * of the level, bit for bit, with or without v, so the bisection ends at the same level), the
   * largest cap among the members (the bisection's start) stays the same, and v's charger-mates, if
   * any are left, take the same branch of the per-charger step as before (with no room, the charger
   * level is 0 either way).
   */
  private static boolean dropKeepsFill(
      PlanInput x,
      Scratch z,
      int v,
      double[] capKw,
      boolean[] out,
      double[] chargerLeft,
      double[] sums) {
    int c = x.charger[v];
    double room = chargerLeft[c];
    if (!(room <= 0)) {
      return false;
    }
    boolean top = capKw[v] == z.hi;
    if (top && z.hiCount <= 1) {
      return false;
    }
    double level = z.level;
    double sumNew = 0;
    int mates = 0;
    // The charger's members in candidate order: the same terms in the same order as the fill.
    for (int u = z.first[c]; u >= 0; u = z.next[u]) {
      if (!out[u]) {
        sumNew += Math.min(capKw[u], level);
        mates++;
      }
    }
    boolean wasLeveled = !(sums[c] <= room + PlanInput.EPS);
    boolean isLeveled = !(sumNew <= room + PlanInput.EPS);
    if (mates > 0 && wasLeveled != isLeveled) {
      return false;
    }
    if (top) {
      z.hiCount--;
    }
    sums[c] = sumNew;
    return true;
  }

  /**
   * Water-fills members cand[a..b) that are not out, within head and each charger's room. Returns
   * the last index j whose member is short (alloc below its minimum), or a - 1 if none is.
   */
  private static int waterFill(
      PlanInput x,
      Scratch z,
      int[] cand,
      int a,
      int b,
      double[] capKw,
      boolean[] out,
      double head,
      double[] chargerLeft,
      double[] sums,
      double[] alloc,
      boolean shortcuts) {
    Fill f = new Fill(x, z, cand, a, b, capKw, out, chargerLeft);
    f.shortcuts = shortcuts;
    double hi = f.hi;
    z.hi = hi;
    z.hiCount = f.hiCount;
    double level = hi;
    f.prepare(hi, head);
    if (f.exceeds(hi, head, sums)) {
      // The same bisection as ever (so the same level to the bit); each test of a level is
      // answered from the analytic water level when it is clearly on one side, else by the
      // exact total (see Fill#exceeds).
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
    z.level = level;
    // Per charger: if its members at this level exceed its room, level them within the charger.
    // A high charger cannot (level < cut, room for all its members at the cut, the sum of the
    // members' equal shares rounded up by far less than the slack), so only the others are summed,
    // in candidate order as a scan would.
    double[] highAt = z.highAt;
    for (int u = 0; u < f.nu; u++) {
      int c = z.used[u];
      if (highAt[c] != f.cut) {
        double sum = 0;
        for (int v = f.first[c]; v >= 0; v = f.next[v]) {
          sum += Math.min(capKw[v], level);
        }
        sums[c] = sum;
      }
    }
    double[] levels = z.levels;
    long stamp = f.id;
    int lastShort = a - 1;
    for (int j = a; j < b; j++) {
      int v = cand[j];
      if (out[v]) {
        alloc[v] = 0;
        continue;
      }
      int c = x.charger[v];
      if (highAt[c] == f.cut || sums[c] <= chargerLeft[c] + PlanInput.EPS) {
        alloc[v] = Math.min(capKw[v], level);
      } else {
        if (z.levelStamp[c] != stamp) {
          levels[c] = chargerLevel(f, capKw, c, chargerLeft[c]);
          z.levelStamp[c] = stamp;
        }
        alloc[v] = Math.min(capKw[v], levels[c]);
      }
      if (alloc[v] < x.minKw[v] - PlanInput.EPS) {
        lastShort = j;
      }
    }
    return lastShort;
  }

  private static double chargerLevel(Fill f, double[] capKw, int c, double room) {
    double lo = 0;
    double hi = room;
    for (int it = 0; it < 60 && hi - lo > 1e-10; it++) {
      double mid = 0.5 * (lo + hi);
      double s = 0;
      // The charger's members in candidate order: the same terms in the same order as a scan.
      for (int v = f.first[c]; v >= 0; v = f.next[v]) {
        s += Math.min(capKw[v], mid);
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
   * written as {@code T(L) = sum over kinks of min(kink, L)}: a member's cap, or, for a charger
   * that fills up, its fill level for the members above it. T is continuous, piecewise linear and
   * non-decreasing, with slope at least 1 below the largest kink.
   *
   * <p>The bisection asks {@code T(L) > head} for a sequence of levels. The answer of the scan
   * ({@link BalancedPlanner#total}) is the reference. {@link #prepare} computes the water level
   * {@code L*} with {@code T(L*) = head} by selection (O(n) expected, no sort); a level more than a
   * rounding margin {@code delta} away from {@code L*} (and, above it, below the largest kink by
   * more than delta) is decided by that comparison, since T moves by at least delta between; a
   * level closer is decided by {@code T(L)} against head, and when even that is within its rounding
   * margin, by the scan, as before. {@code T(L)} is {@code below + above L} from the selection's
   * split of the kinks when L lies between the nearest kinks on either side of {@code L*} (O(1)),
   * else the kink sum. Either is a sum of non-negative terms at most {@code scale} in total, added
   * along a tree of height at most {@code 3 k + 2} (the selection adds each kink into its sum once,
   * plus two additions per round, at most k rounds; there are k kinks, one per member), so its
   * rounding error is at most about {@code (3 k + 3) u scale}; the scan's is at most about {@code
   * (k + nc) u scale}; the margin allows {@code 8 (2 k + nc + 8) u scale} for both together ({@code
   * u = 2^-53}).
   *
   * <p>Most chargers' kinks need not be listed: {@link #prepare} looks for a cut g above the water
   * level such that the members on "high" chargers (every cap at least g and room for all of them
   * at g) alone give {@code T(g) > head + margin}. Below g each of those members adds exactly L to
   * T, so only the other chargers' kinks are listed and the high members are counted; every level
   * from g up exceeds head by the scan as well (the scan is within its margin of T at g and does
   * not decrease with the level). With no such cut every charger's kinks are listed, as before.
   */
  private static final class Fill {
    /** Cuts tried, as multiples of the level {@code head / members} if every cap were above it. */
    private static final double[] CUT_FACTORS = {1.25, 2};

    final PlanInput x;
    final Scratch z;
    final int[] cand;
    final int a;
    final int b;
    final double[] capKw;
    final boolean[] out;
    final double[] chargerLeft;
    final int[] first;
    final int[] next;
    final int[] count;
    int nu;
    int k;

    /** This fill's number, which marks the chargers it touched. */
    final long id;

    /** The largest cap among the members (0 if none) and the number of members with it. */
    final double hi;

    final int hiCount;
    final double[] kinks;
    int nk;
    double margin;
    double maxKink;
    double lstar;
    double delta;

    /** A level from which on the scan total surely exceeds head (infinity if none was found). */
    double cut;

    /**
     * The number of members on chargers whose kinks all lie at or above the cut; those kinks are
     * not listed in {@link #kinks} (below the cut they add {@code high L} to T).
     */
    int high;

    /** The sum of the kinks below the water level. */
    double below;

    /** The number of kinks at or above the water level. */
    int above;

    /** The largest kink below the water level and the smallest at or above it. */
    double maxBelow;

    double minAbove;
    boolean shortcuts;

    Fill(
        PlanInput x,
        Scratch z,
        int[] cand,
        int a,
        int b,
        double[] capKw,
        boolean[] out,
        double[] chargerLeft) {
      this.x = x;
      this.z = z;
      this.cand = cand;
      this.a = a;
      this.b = b;
      this.capKw = capKw;
      this.out = out;
      this.chargerLeft = chargerLeft;
      first = z.first;
      next = z.next;
      count = z.count;
      kinks = z.kinks;
      // Only the chargers of these members are touched (in order of first appearance), so a fill
      // costs O(members), not O(chargers). One pass lists and counts the members per charger, sums
      // their caps, and finds the largest cap and how many members have it.
      int[] used = z.used;
      long[] seen = z.seen;
      double[] capTotal = z.capTotal;
      double[] minCap = z.minCap;
      int[] last = z.last;
      id = ++z.fills;
      nu = 0;
      double top = 0;
      int topCount = 0;
      for (int j = a; j < b; j++) {
        int v = cand[j];
        if (!out[v]) {
          int c = x.charger[v];
          double cap = capKw[v];
          next[v] = -1;
          if (seen[c] != id) {
            seen[c] = id;
            count[c] = 0;
            capTotal[c] = 0;
            minCap[c] = cap;
            used[nu++] = c;
            first[c] = v;
          } else {
            next[last[c]] = v;
          }
          last[c] = v;
          count[c]++;
          k++;
          capTotal[c] += cap;
          minCap[c] = Math.min(minCap[c], cap);
          if (cap > top) {
            top = cap;
            topCount = 1;
          } else if (cap == top) {
            topCount++;
          }
        }
      }
      hi = top;
      hiCount = topCount;
    }

    void prepare(double hi, double head) {
      double sumCaps = 0;
      for (int u = 0; u < nu; u++) {
        sumCaps += z.capTotal[z.used[u]];
      }
      double scale = k * Math.abs(hi) + sumCaps + Math.abs(head) + 1;
      margin = 4.0 * (2 * k + x.nc + 8) * 0x1.0p-52 * scale;
      delta = 4 * margin;
      cut = Double.POSITIVE_INFINITY;
      high = 0;
      if (shortcuts && k > 0 && head > 0) {
        for (double factor : CUT_FACTORS) {
          double g = factor * head / k;
          int h = 0;
          for (int u = 0; u < nu; u++) {
            // High: every member's cap at least g and room for all of them at g; the slack keeps
            // the members' rounded sum of equal shares below g within the room (see waterFill).
            int c = z.used[u];
            boolean isHigh = z.minCap[c] >= g && chargerLeft[c] >= count[c] * g * (1 + 1e-9);
            z.highAt[c] = isHigh ? g : Double.NaN;
            if (isHigh) {
              h += count[c];
            }
          }
          // T(g) >= h g > head + margin: every level from g up exceeds head by the scan too.
          if (h * g * (1 - 1e-12) > head + margin) {
            cut = g;
            high = h;
            break;
          }
        }
      }
      nk = 0;
      maxKink = high > 0 ? cut : 0;
      for (int u = 0; u < nu; u++) {
        int c = z.used[u];
        if (z.highAt[c] != cut) {
          addKinks(c);
        }
      }
      for (int j = 0; j < nk; j++) {
        maxKink = Math.max(maxKink, kinks[j]);
      }
      lstar = waterLevel(head);
    }

    /** Appends charger c's kinks: its members' caps, the largest ones cut to its fill level. */
    private void addKinks(int c) {
      double[] q = z.q;
      int n = count[c];
      double total = 0;
      int j = 0;
      for (int v = first[c]; v >= 0; v = next[v]) {
        q[j] = capKw[v];
        total += q[j++];
      }
      double room = chargerLeft[c];
      if (total <= room) {
        System.arraycopy(q, 0, kinks, nk, n);
        nk += n;
        return;
      }
      sortSmall(q, n);
      double below = 0;
      int i = 0;
      while (true) {
        double level = (room - below) / (n - i);
        if (i == n - 1 || level <= q[i]) {
          level = Math.max(0, Math.min(level, q[i]));
          for (int r = i; r < n; r++) {
            kinks[nk++] = level;
          }
          return;
        }
        kinks[nk++] = q[i];
        below += q[i];
        i++;
      }
    }

    /** Sorts q[0..n) ascending in the order of {@link java.util.Arrays#sort(double[])}. */
    private static void sortSmall(double[] q, int n) {
      if (n > 16) {
        java.util.Arrays.sort(q, 0, n);
        return;
      }
      for (int i = 1; i < n; i++) {
        double v = q[i];
        int j = i - 1;
        while (j >= 0 && Double.compare(q[j], v) > 0) {
          q[j + 1] = q[j];
          j--;
        }
        q[j + 1] = v;
      }
    }

    /**
     * The level L with T(L) = head by selection on a copy of the kinks, or NaN when T never reaches
     * head (then every level is decided by the kink sum). Also splits the kinks into those below
     * the level (their sum {@link #below}, the largest {@link #maxBelow}) and those above it (their
     * number {@link #above}, the smallest {@link #minAbove}), so that {@code T(L) = below + above
     * L} for every L in {@code [maxBelow, minAbove]}.
     */
    private double waterLevel(double head) {
      double[] w = z.work;
      System.arraycopy(kinks, 0, w, 0, nk);
      int lo = 0;
      int hi = nk;
      double below = 0; // sum of the kinks known to lie below the level
      int above = high; // number of kinks known to lie at or above the level
      double maxBelow = Double.NEGATIVE_INFINITY;
      double minAbove = cut;
      while (lo < hi) {
        double p = w[(lo + hi) >>> 1];
        // Partition w[lo..hi) into < p, == p, > p.
        int lt = lo;
        int gt = hi;
        int i = lo;
        double sumLt = 0;
        while (i < gt) {
          double v = w[i];
          if (v < p) {
            sumLt += v;
            w[i] = w[lt];
            w[lt++] = v;
            i++;
          } else if (v > p) {
            w[i] = w[--gt];
            w[gt] = v;
          } else {
            i++;
          }
        }
        int eq = gt - lt;
        double tp = below + sumLt + p * (eq + (hi - gt) + above);
        // Each round's pivot bounds the kinks it moves: later rounds move kinks closer to the
        // level.
        if (tp > head) {
          above += eq + (hi - gt);
          minAbove = p;
          hi = lt;
        } else {
          below += sumLt + p * eq;
          maxBelow = p;
          lo = gt;
        }
      }
      this.below = below;
      this.above = above;
      this.maxBelow = maxBelow;
      this.minAbove = minAbove;
      return above > 0 ? (head - below) / above : Double.NaN;
    }

    /** T(L) as the sum of the kinks' terms, for L below the cut. */
    private double kinkSum(double level) {
      double t = high * level;
      for (int j = 0; j < nk; j++) {
        t += Math.min(kinks[j], level);
      }
      return t;
    }

    /** Whether the total at level L exceeds head (the answer of the scan, see the class doc). */
    boolean exceeds(double level, double head, double[] sums) {
      if (!shortcuts) {
        return total(x, cand, a, b, capKw, out, chargerLeft, sums, level) > head;
      }
      if (level >= cut) {
        return true;
      }
      if (lstar == lstar) {
        if (level < lstar - delta) {
          return false;
        }
        if (Math.min(level, maxKink) > lstar + delta) {
          return true;
        }
      }
      double t = level >= maxBelow && level <= minAbove ? below + above * level : kinkSum(level);
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
