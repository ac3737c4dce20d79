package org.evdepot.depotsim.internal;

/**
 * Balanced: in each slot, the headroom is shared equally (water-filling: every candidate gets
 * {@code min(cap, level)}) among the candidates of the highest priority, then the rest among the
 * next priority, and so on. A charger shared by several EVSEs splits its maximum equally the same
 * way. First, when the group's minimums do not all fit into the headroom, the candidates plugged in
 * last are left out of the slot until they do. Then, while some candidate's share is below its
 * charger's minimum, the last plugged of those short candidates drops out of this slot and the
 * others share again, until everyone left gets at least the minimum (a short candidate drops even
 * when leaving out a later-plugged one that is not short would have lifted it).
 */
public final class BalancedPlanner extends SlotPlanner {
  /** The planner. */
  public static final BalancedPlanner INSTANCE = new BalancedPlanner(true);

  /**
   * The same planner without its shortcuts (the plain algorithm, see {@link #plainAllocate}): every
   * slot is water-filled (no reuse of the last slot), every level test is the scan, every drop
   * water-fills the remaining members from scratch and every allocation is written before the next
   * drop is searched. Tests check that both give the same plans to the bit.
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
  boolean slotShortcuts() {
    return shortcuts;
  }

  @Override
  boolean followsCommonAllocation() {
    return shortcuts;
  }

  @Override
  double commonAllocation(PlanInput x) {
    return x.balanced.common;
  }

  @Override
  boolean renumbers() {
    // Every step looks at the vehicles in candidate order only. The reference keeps the original
    // numbering, so the equivalence tests check the renumbering as well.
    return shortcuts;
  }

  @Override
  void begin(PlanInput x) {
    x.balanced = new Scratch(x.n, x.nc, x.slots > 1);
  }

  /** Per-plan work arrays, reused by every slot and water-fill of one plan. */
  static final class Scratch {
    /** Per vehicle, whether it is out of the current group's fill (trimmed or dropped). */
    final boolean[] out;

    /** The fill of the current priority group, with its per-charger and per-member arrays. */
    final Fill fill;

    /**
     * The last allocated slot's candidates, their caps (raw bits), headroom and allocation (by the
     * candidate's index); null in a one-slot plan, which has no next slot to reuse them.
     */
    final int[] lastCand;

    final long[] lastCap;
    final double[] lastAlloc;
    int lastM = -1;
    double lastHead;

    /**
     * The level of the largest priority group in the last allocated slot: what most candidates got
     * (see {@link SlotPlanner#commonAllocation}; a repeated slot keeps it, as its allocation).
     */
    double common = Double.NaN;

    /**
     * @param keep whether to keep each slot's inputs and allocation for the next slot (see {@link
     *     #repeatsLast})
     */
    Scratch(int n, int nc, boolean keep) {
      out = new boolean[n];
      fill = new Fill(n, nc, out);
      lastCand = keep ? new int[n] : null;
      lastCap = keep ? new long[n] : null;
      lastAlloc = keep ? new double[n] : null;
    }

    /**
     * Whether this slot's inputs are those of the last allocated slot, bit for bit: the same
     * candidates in the same order, the same caps and headroom. Charger rooms are the same in every
     * slot of a plan and the other inputs (priority, minimum, charger) are per vehicle, so the
     * allocation is then the same as well. If not, keeps this slot's inputs in their place, copying
     * from the first difference on in the pass that compares (the entries before it are the same);
     * the allocation then goes to {@link #lastAlloc} as it is written. Always false in a one-slot
     * plan.
     */
    boolean repeatsLast(int[] cand, int m, double[] capKw, double head) {
      if (lastCand == null) {
        return false;
      }
      int j = 0;
      if (m == lastM && Double.doubleToRawLongBits(head) == Double.doubleToRawLongBits(lastHead)) {
        for (; j < m; j++) {
          int v = cand[j];
          if (v != lastCand[j] || Double.doubleToRawLongBits(capKw[v]) != lastCap[j]) {
            break;
          }
        }
        if (j == m) {
          return true;
        }
      }
      for (; j < m; j++) {
        int v = cand[j];
        lastCand[j] = v;
        lastCap[j] = Double.doubleToRawLongBits(capKw[v]);
      }
      lastM = m;
      lastHead = head;
      return false;
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
    if (!shortcuts) {
      plainAllocate(x, z, cand, m, capKw, head, chargerLeft, alloc);
      return m;
    }
    if (z.repeatsLast(cand, m, capKw, head)) {
      for (int j = 0; j < m; j++) {
        alloc[cand[j]] = z.lastAlloc[j];
      }
      return m;
    }
    Fill f = z.fill;
    boolean[] out = z.out;
    // Each allocation is also kept for the next slot as it is written (see repeatsLast).
    double[] kept = z.lastAlloc;
    double left = head;
    int a = 0;
    int largest = 0;
    while (a < m) {
      // The group of equal priority cand[a..b), pre-trimmed to cand[a..to): the trimmed tail is out
      // for the whole slot (alloc 0, as the slot loop set it), so nothing below looks at it.
      int b = f.start(x, cand, a, m, capKw, chargerLeft, left);
      int to = f.b;
      if (kept != null) {
        java.util.Arrays.fill(kept, to, b, 0.0);
      }
      // Drop the last short member until nobody is short. Members after a dropped one were not
      // short; if the drop leaves every other allocation as it was, the search resumes before it.
      int from = to - 1;
      for (int at = f.lastShort(from); at >= a; at = f.lastShort(from)) {
        from = f.drop(cand[at]) ? at - 1 : to - 1;
      }
      if (b - a > largest) {
        largest = b - a;
        z.common = f.level;
      }
      // After the last group the rooms left are of no further use (the slot loop resets them).
      boolean lastGroup = b == m;
      for (int j = a; j < to; j++) {
        int v = cand[j];
        double p = out[v] ? 0 : f.alloc(v);
        alloc[v] = p;
        if (kept != null) {
          kept[j] = p;
        }
        if (!lastGroup) {
          left -= p;
          chargerLeft[x.charger[v]] -= p;
        }
      }
      if (lastGroup) {
        break;
      }
      left = Math.max(0, left);
      a = b;
    }
    return m;
  }

  /**
   * The plain algorithm: per priority group, pre-trim the last plugged until the minimums fit into
   * the headroom, then water-fill the members (a bisection on the level whose every test is the
   * scan {@link #total}, then each charger whose members exceed its room at that level shares it by
   * its own bisection), drop the last short member (below its minimum) and water-fill again, until
   * nobody is short.
   */
  private static void plainAllocate(
      PlanInput x,
      Scratch z,
      int[] cand,
      int m,
      double[] capKw,
      double head,
      double[] chargerLeft,
      double[] alloc) {
    boolean[] out = z.out;
    double left = head;
    int a = 0;
    while (a < m) {
      int b = a;
      double minSum = 0;
      for (int p = x.prio[cand[a]]; b < m && x.prio[cand[b]] == p; b++) {
        out[cand[b]] = false;
        minSum += x.minKw[cand[b]];
      }
      for (int j = b - 1; j >= a && minSum > left + PlanInput.EPS; j--) {
        out[cand[j]] = true;
        minSum -= x.minKw[cand[j]];
      }
      for (int guard = 0; guard <= b - a; guard++) {
        plainFill(x, z.fill, cand, a, b, capKw, out, left, chargerLeft, alloc);
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

  /** One plain water-fill of the members of cand[a..b) that are not out; writes their alloc. */
  private static void plainFill(
      PlanInput x,
      Fill w,
      int[] cand,
      int a,
      int b,
      double[] capKw,
      boolean[] out,
      double head,
      double[] chargerLeft,
      double[] alloc) {
    // Each charger's members in candidate order, and the largest cap (the bisection's start).
    int[] first = w.first;
    int[] last = w.last;
    int[] next = w.next;
    double hi = 0;
    for (int j = a; j < b; j++) {
      int v = cand[j];
      if (!out[v]) {
        first[x.charger[v]] = -1;
      }
    }
    for (int j = a; j < b; j++) {
      int v = cand[j];
      if (!out[v]) {
        int c = x.charger[v];
        next[v] = -1;
        if (first[c] < 0) {
          first[c] = v;
        } else {
          next[last[c]] = v;
        }
        last[c] = v;
        if (capKw[v] > hi) {
          hi = capKw[v];
        }
      }
    }
    double[] sums = w.sums;
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
    // Per charger (at its first member): if its members at this level exceed its room, they share
    // the room by the charger's own level.
    double[] eff = w.eff;
    for (int j = a; j < b; j++) {
      int v = cand[j];
      if (out[v]) {
        alloc[v] = 0;
        continue;
      }
      int c = x.charger[v];
      if (first[c] == v) {
        double sum = 0;
        for (int u = v; u >= 0; u = next[u]) {
          sum += Math.min(capKw[u], level);
        }
        eff[c] =
            sum <= chargerLeft[c] + PlanInput.EPS
                ? level
                : chargerLevel(first, next, capKw, c, chargerLeft[c]);
      }
      alloc[v] = Math.min(capKw[v], eff[c]);
    }
  }

  /**
   * The level at which charger c's members (the list from first[c], in candidate order) share its
   * room: a bisection on their sum of {@code min(cap, level)} against the room.
   */
  private static double chargerLevel(int[] first, int[] next, double[] capKw, int c, double room) {
    double lo = 0;
    double hi = room;
    for (int it = 0; it < 60 && hi - lo > 1e-10; it++) {
      double mid = 0.5 * (lo + hi);
      double s = 0;
      for (int v = first[c]; v >= 0; v = next[v]) {
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
   * The water-fill of one priority group, kept up to date while its short members drop out: after
   * {@link #start} and after each {@link #drop}, {@link #level} and the per-charger levels are
   * those the plain water-fill ({@code plainFill}) finds for the remaining members, bit for bit,
   * and {@link #alloc} gives each member's allocation. Allocations are not written until the last
   * drop: the drop search evaluates them where it looks.
   *
   * <h2>The level</h2>
   *
   * <p>The total {@code T(L) = sum over chargers of min(room, sum of min(cap, L))} of one
   * water-fill is written as {@code T(L) = sum over kinks of min(kink, L)}: a member's cap, or, for
   * a charger that fills up, its fill level for the members above it. T is continuous, piecewise
   * linear and non-decreasing, with slope at least 1 below the largest kink.
   *
   * <p>The bisection asks {@code T(L) > head} for a sequence of levels. The answer of the scan
   * ({@link BalancedPlanner#total}) is the reference. {@link #waterLevel} computes the water level
   * {@code L*} with {@code T(L*) = head} by selection (O(n) expected, no sort); a level more than a
   * rounding margin {@code delta} away from {@code L*} (and, above it, below the largest kink by
   * more than delta) is decided by that comparison, since T moves by at least delta between; a
   * level closer is decided by {@code T(L)} against head, and when even that is within its rounding
   * margin, by the scan, as before. {@code T(L)} is {@code below + above L} from the selection's
   * split of the kinks when L lies between the nearest kinks on either side of {@code L*} (O(1)),
   * else the kink sum. Either is a sum of non-negative terms at most {@code scale = 2 k hi + |head|
   * + 1} in total (each of the k members' kinks is at most its cap, at most hi), added along a tree
   * of height at most {@code 3 k + 2} (the selection adds each kink into its sum once, plus two
   * additions per round, at most k rounds; there are at most k kinks, one per member), so its
   * rounding error is at most about {@code (3 k + 3) u scale}; the scan's is at most about {@code
   * (k + nc) u scale}; the margin allows {@code 8 (2 k + nc + 8) u scale} for both together ({@code
   * u = 2^-53}). The bisection starts at the largest cap hi, where T is the plain sum of the kinks
   * (each is at most hi); the selection runs only when that first test says the level lies below.
   *
   * <p>Most chargers' kinks need not be listed: {@link #findCut} looks for a cut g above the water
   * level such that the members on "high" chargers (every cap at least g and room for all of them
   * at g) alone give {@code T(g) > head + margin}. Below g each of those members adds exactly L to
   * T, so only the other ("low") chargers' kinks are listed and the high members are counted; every
   * level from g up exceeds head by the scan as well (the scan is within its margin of T at g and
   * does not decrease with the level). With no such cut every charger is low. A high charger's
   * members cannot exceed its room below the cut (room for all of them at the cut, the sum of their
   * equal shares rounded up by far less than the slack), so each gets exactly the level.
   *
   * <h2>Drops</h2>
   *
   * <p>A drop unlinks the member from its charger's list and updates the counts. High chargers stay
   * high (fewer members, none with a smaller cap), and the cut stays a valid certificate as long as
   * the remaining high members still give {@code T(g) > head + margin}; the level is then found
   * again from the low chargers' kinks alone (O(low members), not O(members)). Only when the drop
   * takes the last member with the largest cap (the bisection's start) or breaks the cut is the
   * group counted again from scratch. A charger's own level depends only on its members and its
   * room, so it is kept until a member of it drops. The drop search needs no pass over the members
   * when the level is at least every member's minimum: high members get the level, so only the low
   * chargers' members can be short.
   */
  static final class Fill {
    /** Cuts tried, as multiples of the level {@code head / members} if every cap were above it. */
    private static final double[] CUT_FACTORS = {1.25, 2};

    final boolean[] out;

    /**
     * Per charger, the first and the last member, and per member the next one on its charger (-1
     * after the last): each charger's current members in candidate order.
     */
    final int[] first;

    final int[] last;
    final int[] next;

    /** Per member, its index in the candidates. */
    final int[] pos;

    /** Per charger, the number and the least cap of its members (the least as first counted). */
    final int[] count;

    final double[] minCap;

    /** The chargers of the group's members, in order of first appearance ({@link #nu} of them). */
    final int[] used;

    /** The low chargers (all but the high ones, see the class doc; {@link #nl} of them). */
    final int[] low;

    /** Per charger, the number of the last start that counted its members. */
    final long[] seen;

    /**
     * Per charger, the cut g of the last cut test that found it high (every member's cap at least g
     * and room for all of them at g), else NaN; it is high in this fill when that g is the cut.
     */
    final double[] highAt;

    /** Per low charger, the sum (in candidate order) of its members' {@code min(cap, level)}. */
    final double[] sums;

    /** Per low charger, the level its members get: the fill's level, or its own if it fills up. */
    final double[] eff;

    /** Per charger, its own level (see {@link #ownLevel}) and the start it was computed in. */
    final double[] levels;

    final long[] levelStamp;

    final double[] kinks;
    final double[] work;
    final double[] q;

    /** The number of starts so far: each start's id for the per-charger stamps. */
    long starts;

    long id;
    PlanInput x;
    int[] cand;
    int a;
    int b;
    double[] capKw;
    double[] chargerLeft;
    double head;

    /** The largest minimum in the group, trimmed members included. */
    double maxMin;

    int nu;
    int nl;

    /** The number of members (not out). */
    int k;

    /** The largest cap among the members (0 if none) and the number of members with it. */
    double hi;

    int hiCount;
    int nk;
    double margin;
    double maxKink;
    double lstar;
    double delta;

    /** A level from which on the scan total surely exceeds head (infinity if none was found). */
    double cut;

    /**
     * The number of members on high chargers; those kinks are not listed in {@link #kinks} (below
     * the cut they add {@code high L} to T).
     */
    int high;

    /** The sum of the kinks below the water level. */
    double below;

    /** The number of kinks at or above the water level. */
    int above;

    /** The largest kink below the water level and the smallest at or above it. */
    double maxBelow;

    double minAbove;

    /** The level of the fill: every member of a high or unfilled charger gets min(cap, level). */
    double level;

    Fill(int n, int nc, boolean[] out) {
      this.out = out;
      first = new int[nc];
      last = new int[nc];
      next = new int[n];
      pos = new int[n];
      count = new int[nc];
      minCap = new double[nc];
      used = new int[nc];
      low = new int[nc];
      seen = new long[nc];
      highAt = new double[nc];
      sums = new double[nc];
      eff = new double[nc];
      levels = new double[nc];
      levelStamp = new long[nc];
      kinks = new double[n];
      work = new double[n];
      q = new double[n];
    }

    /**
     * Starts the fill of the priority group that begins at cand[a] (it ends at the first later
     * candidate of another priority, or at m): puts every member in, pre-trims it (nobody can be
     * served below the minimum, so the last plugged are out until the minimums fit into head) to
     * cand[a..b), and water-fills the members within head and each charger's room (chargerLeft,
     * left unchanged until the group's allocations are written). Returns the end of the group.
     */
    int start(
        PlanInput x, int[] cand, int a, int m, double[] capKw, double[] chargerLeft, double head) {
      this.x = x;
      this.cand = cand;
      this.a = a;
      this.capKw = capKw;
      this.chargerLeft = chargerLeft;
      this.head = head;
      double minSum = 0;
      double maxMin = 0;
      int end = a;
      for (int p = x.prio[cand[a]]; end < m && x.prio[cand[end]] == p; end++) {
        int v = cand[end];
        out[v] = false;
        double min = x.minKw[v];
        minSum += min;
        maxMin = Math.max(maxMin, min);
      }
      this.maxMin = maxMin;
      int to = end;
      for (int j = end - 1; j >= a && minSum > head + PlanInput.EPS; j--) {
        out[cand[j]] = true;
        minSum -= x.minKw[cand[j]];
        to = j;
      }
      b = to;
      restart();
      findLevel();
      return end;
    }

    /**
     * Counts the members of cand[a..b) that are not out from scratch, then looks for a cut. Only
     * the chargers of these members are touched (in order of first appearance), so this costs
     * O(members), not O(chargers).
     */
    private void restart() {
      begin();
      for (int j = a; j < b; j++) {
        int v = cand[j];
        if (!out[v]) {
          add(v, j);
        }
      }
      findCut();
    }

    /** Empties the member lists and counts (a new id for the per-charger stamps). */
    private void begin() {
      id = ++starts;
      nu = 0;
      k = 0;
      hi = 0;
      hiCount = 0;
    }

    /**
     * Adds member v at index j: lists it last on its charger, counts it, and keeps the charger's
     * least cap and the largest cap and how many members have it.
     */
    private void add(int v, int j) {
      int c = x.charger[v];
      double cap = capKw[v];
      next[v] = -1;
      pos[v] = j;
      if (seen[c] != id) {
        seen[c] = id;
        count[c] = 0;
        minCap[c] = cap;
        used[nu++] = c;
        first[c] = v;
      } else {
        next[last[c]] = v;
      }
      last[c] = v;
      count[c]++;
      k++;
      minCap[c] = Math.min(minCap[c], cap);
      if (cap > hi) {
        hi = cap;
        hiCount = 1;
      } else if (cap == hi) {
        hiCount++;
      }
    }

    /** The rounding margin of this fill (see the class doc). */
    private double margin() {
      double scale = 2 * k * Math.abs(hi) + Math.abs(head) + 1;
      return 4.0 * (2 * k + x.nc + 8) * 0x1.0p-52 * scale;
    }

    /** Sets the cut, the high chargers and the list of low ones (see the class doc). */
    private void findCut() {
      double margin = margin();
      cut = Double.POSITIVE_INFINITY;
      high = 0;
      if (k > 0 && head > 0) {
        for (double factor : CUT_FACTORS) {
          double g = factor * head / k;
          int h = 0;
          nl = 0;
          for (int u = 0; u < nu; u++) {
            // High: every member's cap at least g and room for all of them at g; the slack keeps
            // the members' rounded sum of equal shares below g within the room.
            int c = used[u];
            boolean isHigh = minCap[c] >= g && chargerLeft[c] >= count[c] * g * (1 + 1e-9);
            highAt[c] = isHigh ? g : Double.NaN;
            if (isHigh) {
              h += count[c];
            } else {
              low[nl++] = c;
            }
          }
          // T(g) >= h g > head + margin: every level from g up exceeds head by the scan too.
          if (h * g * (1 - 1e-12) > head + margin) {
            cut = g;
            high = h;
            return;
          }
        }
      }
      // No cut: every charger is low (none has the cut, infinity, as its highAt).
      System.arraycopy(used, 0, low, 0, nu);
      nl = nu;
    }

    /**
     * Finds the level of the current members by the bisection (the same as ever, so the same level
     * to the bit; each test is answered from the analytic water level when it is clearly on one
     * side, else by the exact total, see {@link #exceeds}), then each low charger's sum and level.
     */
    private void findLevel() {
      margin = margin();
      delta = 4 * margin;
      nk = 0;
      maxKink = high > 0 ? cut : 0;
      for (int i = 0; i < nl; i++) {
        int c = low[i];
        if (count[c] > 0) {
          addKinks(c);
        }
      }
      // T at the largest cap, the bisection's start, is the kink sum there: every kink is at most
      // the largest cap, so each adds itself. Only if it exceeds head is the water level needed.
      double atTop = high * hi;
      for (int j = 0; j < nk; j++) {
        maxKink = Math.max(maxKink, kinks[j]);
        atTop += kinks[j];
      }
      double up = hi;
      double level = up;
      if (up >= cut || exceeds(up, atTop)) {
        lstar = waterLevel();
        double lo = 0;
        for (int it = 0; it < 60 && up - lo > 1e-9 * (1 + up); it++) {
          double mid = 0.5 * (lo + up);
          if (exceeds(mid)) {
            up = mid;
          } else {
            lo = mid;
          }
        }
        level = lo;
      }
      this.level = level;
      for (int i = 0; i < nl; i++) {
        int c = low[i];
        if (count[c] > 0) {
          double sum = 0;
          for (int v = first[c]; v >= 0; v = next[v]) {
            sum += Math.min(capKw[v], level);
          }
          sums[c] = sum;
          eff[c] = effLevel(c);
        }
      }
    }

    /** The level low charger c's members get, from its current sum. */
    private double effLevel(int c) {
      return sums[c] <= chargerLeft[c] + PlanInput.EPS ? level : ownLevel(c);
    }

    /** Charger c's own level (it depends only on its members and room: kept until one drops). */
    private double ownLevel(int c) {
      if (levelStamp[c] != id) {
        levels[c] = chargerLevel(first, next, capKw, c, chargerLeft[c]);
        levelStamp[c] = id;
      }
      return levels[c];
    }

    /** Member v's allocation in the current fill. */
    double alloc(int v) {
      int c = x.charger[v];
      return Math.min(capKw[v], highAt[c] == cut ? level : eff[c]);
    }

    /**
     * The largest index j whose member (not out) is short (its allocation below its minimum), or a
     * - 1 if none is; from is where a scan starts (no member after it is short).
     */
    int lastShort(int from) {
      if (level >= maxMin - PlanInput.EPS) {
        // Every high member gets the level (its cap is at least the cut, above the level), at
        // least its minimum: only the low chargers' members can be short.
        int best = a - 1;
        for (int i = 0; i < nl; i++) {
          int c = low[i];
          double e = eff[c];
          for (int v = first[c]; v >= 0; v = next[v]) {
            int j = pos[v];
            if (j > best && Math.min(capKw[v], e) < x.minKw[v] - PlanInput.EPS) {
              best = j;
            }
          }
        }
        return best;
      }
      for (int j = from; j >= a; j--) {
        int v = cand[j];
        if (!out[v] && alloc(v) < x.minKw[v] - PlanInput.EPS) {
          return j;
        }
      }
      return a - 1;
    }

    /**
     * Drops member v and brings the fill up to date for the others. Returns whether every other
     * member's allocation is the same as before (then the members after v, not short before, are
     * still not short).
     */
    boolean drop(int v) {
      out[v] = true;
      int c = x.charger[v];
      if (first[c] == v) {
        first[c] = next[v];
      } else {
        int u = first[c];
        while (next[u] != v) {
          u = next[u];
        }
        next[u] = next[v];
      }
      count[c]--;
      k--;
      boolean top = capKw[v] == hi;
      if (top) {
        hiCount--;
      }
      if (highAt[c] == cut) {
        high--;
      }
      levelStamp[c] = 0;
      if (keepsLevel(c, top)) {
        return true;
      }
      if (hiCount == 0
          || cut != Double.POSITIVE_INFINITY && !(high * cut * (1 - 1e-12) > head + margin())) {
        // The bisection's start changed, or the cut is no longer certain: count from scratch.
        restart();
      }
      findLevel();
      return false;
    }

    /**
     * Whether the level stays the same after a member of charger c (with the largest cap if top)
     * dropped, so the bisection need not run again; updates c's sum if so. True when c has no room
     * left (then the scan total {@code sum over chargers of min(sum, room)} is the same function of
     * the level, bit for bit, with or without the member, so the bisection ends at the same level),
     * the largest cap among the members (the bisection's start) stays the same, and c's remaining
     * members, if any, take the same branch of the per-charger step as before (with no room, the
     * charger's own level is 0 whatever its members), so its level for them is the same as well.
     */
    private boolean keepsLevel(int c, boolean top) {
      double room = chargerLeft[c];
      if (!(room <= 0) || top && hiCount == 0) {
        return false;
      }
      double sumNew = 0;
      // The charger's members in candidate order: the same terms in the same order as the fill.
      for (int u = first[c]; u >= 0; u = next[u]) {
        sumNew += Math.min(capKw[u], level);
      }
      boolean wasLeveled = !(sums[c] <= room + PlanInput.EPS);
      boolean isLeveled = !(sumNew <= room + PlanInput.EPS);
      if (count[c] > 0 && wasLeveled != isLeveled) {
        return false;
      }
      sums[c] = sumNew;
      return true;
    }

    /** Appends charger c's kinks: its members' caps, the largest ones cut to its fill level. */
    private void addKinks(int c) {
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
    private double waterLevel() {
      double[] w = work;
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
    private boolean exceeds(double level) {
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
      return exceeds(
          level, level >= maxBelow && level <= minAbove ? below + above * level : kinkSum(level));
    }

    /** Whether the total at level L, below the cut, exceeds head, given T(L) as computed. */
    private boolean exceeds(double level, double t) {
      if (t > head + margin) {
        return true;
      }
      if (t < head - margin) {
        return false;
      }
      return total(x, cand, a, b, capKw, out, chargerLeft, sums, level) > head;
    }
  }

  /**
   * The scan total at level L of the members of cand[a..b) that are not out: per charger the sum of
   * their {@code min(cap, L)} (in candidate order, into sums), capped by its room, summed over the
   * chargers.
   */
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
