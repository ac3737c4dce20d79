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
   * least the minimum, the sum at most head and each charger's sum at most chargerLeft, which holds
   * each charger's full room (its maximum, or 0 when faulted: the same in every slot of a plan) and
   * may be used up by the call. Returns u such that only cand[0..u) may have been given power
   * (alloc of the others stays 0): m, or less when the allocation stopped early.
   */
  abstract int allocate(
      PlanInput x,
      int slot,
      double[] soc,
      int[] cand,
      int m,
      double[] capKw,
      double head,
      double[] chargerLeft,
      double[] alloc);

  /**
   * Called once per plan before the first slot with the candidates' static order; planners that
   * keep state across slots (LLF's running order) reset it here.
   */
  void begin(PlanInput x) {}

  /**
   * Whether {@link #allocate} is the plain greedy in static order (each candidate in turn gets
   * {@code min(cap, site room, charger room)} if that is at least its minimum, until the site room
   * is gone). The slot loop then allocates while it scans and stops scanning when the room is gone.
   */
  boolean greedyInStaticOrder() {
    return false;
  }

  /**
   * Whether the candidates' order after {@link #allocate} becomes the scan order of the next slot
   * (for a planner whose allocation does not depend on the order the candidates come in, but can
   * use it: LLF passes its last order on). Otherwise every slot scans in static order.
   */
  boolean keepsCandidateOrder() {
    return false;
  }

  /**
   * Whether the planner's plans depend on the vehicles' numbering only through {@link #staticOrder}
   * (in which the index breaks ties): then {@link #plan} first renumbers the vehicles in static
   * order, so that every slot reads the per-vehicle arrays front to back instead of in a scattered
   * order (the same plan to the bit, measurably faster on a large depot).
   */
  boolean renumbers() {
    return false;
  }

  /**
   * Whether the slot loop may take its shortcuts (a vehicle's cap kept while its SoC stays below a
   * bound that proves it unchanged; see {@link #run}); false only for a reference planner that
   * tests compare against.
   */
  boolean slotShortcuts() {
    return true;
  }

  /**
   * Whether {@link #commonAllocation} names, after each slot's {@link #allocate}, the power that
   * most candidates got (then vehicles that keep getting it are advanced lazily, see {@link
   * Followers}). Only for a planner whose allocate does not read the SoC.
   */
  boolean followsCommonAllocation() {
    return false;
  }

  /**
   * The power most candidates got in the slot just allocated (any value is correct: a vehicle
   * follows only while its allocation equals it), or NaN.
   */
  double commonAllocation(PlanInput x) {
    return Double.NaN;
  }

  @Override
  public final Plan plan(org.evdepot.depotsim.plan.DepotState st) {
    return plan(st, false);
  }

  /**
   * Plans; plain: without renumbering the vehicles (see {@link #renumbers}) and without the slot
   * loop's shortcuts, for tests that compare both.
   */
  final Plan plan(org.evdepot.depotsim.plan.DepotState st, boolean plain) {
    PlanInput x = new PlanInput(st);
    int[] order = staticOrder(x);
    boolean fast = !plain && slotShortcuts();
    if (plain || !renumbers()) {
      double[] soc = x.soc.clone();
      return run(x, soc, order, fast).finish(x, soc, null);
    }
    // Vehicle i of y is vehicle order[i] of x; y's static order is then 0, 1, 2, ... (the order
    // sorts by keys that break ties by index, and y's indexes follow x's in every tie).
    PlanInput y = new PlanInput(x, order);
    int n = x.n;
    int[] inOrder = new int[n];
    for (int i = 0; i < n; i++) {
      inOrder[i] = i;
    }
    double[] soc = y.soc.clone();
    Entries power = run(y, soc, inOrder, fast);
    double[] endSoc = new double[n];
    for (int i = 0; i < n; i++) {
      endSoc[order[i]] = soc[i];
    }
    return power.finish(x, endSoc, order);
  }

  /**
   * Plans the first (and only) slot of a direct input and writes each vehicle's power to out (0 for
   * none): the same values {@link #plan} gives for the equivalent state.
   */
  final void firstSlot(PlanInput x, double[] out) {
    Entries e = run(x, x.soc.clone(), staticOrder(x), false);
    java.util.Arrays.fill(out, 0, x.n, 0.0);
    e.firstSlotInto(out);
  }

  /**
   * Runs the slot loop; soc starts as the input's SoC and ends as the projected SoC; live is the
   * static order (taken over); fast: take the shortcuts (see {@link #slotShortcuts}).
   */
  private Entries run(PlanInput x, double[] soc, int[] live, boolean fast) {
    int n = x.n;
    // Power as (vehicle, slot, kW) entries in slot order; turned into one row per vehicle covering
    // only its first to last charging slot (a vehicle charges in a few slots of a long horizon).
    Entries power = new Entries(n * Math.min(x.slots, 24) + 16);
    // Vehicles that may still charge, in static order. A vehicle leaves for good once it has
    // departed, reached its target or cannot draw its charger minimum: its SoC no longer changes,
    // so none of these conditions can be undone later in the plan.
    int nl = n;
    int[] cand = new int[n];
    double[] capKw = new double[n];
    double[] alloc = new double[n];
    double[] dur = new double[n];
    double[] chargerLeft = new double[x.nc];
    // Per vehicle, the rate and the full-slot cap at its current SoC; recomputed only when the SoC
    // changes (same expressions on the same inputs, so the same values), the rate only when the SoC
    // leaves the interval [rateFrom, rateUntil) in which it is known to stay the same (a flat part
    // of the curve, where a charging vehicle spends most slots). A one-slot plan has no use for it.
    double[] rate = new double[n];
    double[] rateFrom = x.slots > 1 ? new double[n] : null;
    double[] rateUntil = x.slots > 1 ? new double[n] : null;
    // The battery-side power of that flat part, for advancing the SoC without the curve look-up.
    double[] flatKw = x.slots > 1 ? new double[n] : null;
    double[] fullSlotCap = new double[n];
    // Per vehicle, a SoC below which its rate, its full-slot cap and its having a target left to
    // reach are known to be those last computed (see steadyBelow), or NaN: a charging vehicle in a
    // flat part far from its target skips the cap's divisions in most slots.
    double[] steady = null;
    if (fast && x.slots > 1) {
      steady = new double[n];
      java.util.Arrays.fill(steady, Double.NaN);
    }
    double hours = x.dt / 3600.0;
    x.slotRate = rate;
    boolean[] stale = new boolean[n];
    java.util.Arrays.fill(stale, true);
    long dtl = (long) x.dt;
    begin(x);
    boolean stream = greedyInStaticOrder();
    boolean keepsOrder = !stream && keepsCandidateOrder();
    Followers fl =
        steady != null && !stream && followsCommonAllocation()
            ? new Followers(n, x.slots, hours)
            : null;
    if (fl != null) {
      power.runValues = fl.common;
    }
    int[] chargerSlot = new int[x.nc];
    java.util.Arrays.fill(chargerSlot, -1);
    for (int k = 0; k < x.slots; k++) {
      long t0 = x.slotStart(k);
      int m = 0;
      int w = 0;
      double left = stream ? x.headroom[k] : 0;
      boolean stopped = false;
      int j = 0;
      for (; j < nl; j++) {
        if (stream && left <= PlanInput.EPS) {
          // Nobody after this point would get anything in this slot (see allocate's greedy).
          stopped = true;
          break;
        }
        int v = live[j];
        if (fl != null && fl.from[v] >= 0) {
          if (x.dep[v] - t0 >= dtl && fl.steadyAt(v, k)) {
            // Still steady, in a full slot: every test below finds what it found when v began to
            // follow (rate, cap and target as then), so v is a candidate with its full-slot cap.
            // dur[v] and capKw[v] hold x.dt and the full-slot cap since v began to follow.
            live[w++] = v;
            alloc[v] = 0;
            cand[m++] = v;
            continue;
          }
          catchUp(x, v, k, fl, soc, stale, power, rateFrom, rateUntil, flatKw);
        }
        if (x.dep[v] <= t0) {
          continue;
        }
        double target = toFull ? 1.0 : x.target[v];
        if (soc[v] >= target - PlanInput.EPS) {
          continue;
        }
        if (stale[v]) {
          double s = soc[v];
          if (steady == null || !(s < steady[v])) {
            if (rateFrom == null || !(s >= rateFrom[v] && s < rateUntil[v])) {
              rate[v] = x.rate(v, s);
              if (k + 1 < x.slots) {
                rateFrom[v] = s;
                rateUntil[v] = x.rateConstantUntil(v, s);
                flatKw[v] = rateUntil[v] > s ? x.segmentKw(v, s) : 0;
              }
            }
            fullSlotCap[v] = Double.NaN;
            if (steady != null) {
              steady[v] = Double.NaN;
            }
          }
          stale[v] = false;
        }
        double r = rate[v];
        if (r <= PlanInput.EPS || r < x.minKw[v] - PlanInput.EPS) {
          continue;
        }
        live[w++] = v;
        double c;
        double d;
        if (x.dep[v] - t0 >= dtl && x.dt == (double) dtl) {
          d = x.dt;
          c = fullSlotCap[v];
          if (c != c) {
            c = capFor(x, v, soc[v], target, r, d);
            fullSlotCap[v] = c;
            if (steady != null) {
              steady[v] = steadyBelow(x, v, target, r, hours, rateUntil[v]);
            }
          }
        } else {
          d = Math.min(x.dt, (double) (x.dep[v] - t0));
          c = capFor(x, v, soc[v], target, r, d);
        }
        if (stream) {
          m++;
          int ch = x.charger[v];
          if (chargerSlot[ch] != k) {
            chargerSlot[ch] = k;
            chargerLeft[ch] = x.available[ch] ? x.chargerMax[ch] : 0;
          }
          double p = Math.min(c, Math.min(left, chargerLeft[ch]));
          if (p <= PlanInput.EPS || p < x.minKw[v] - PlanInput.EPS) {
            continue;
          }
          left -= p;
          chargerLeft[ch] -= p;
          power.add(v, k, p);
          double ns = x.advance(v, soc[v], p, d, rateFrom, rateUntil, flatKw);
          if (ns != soc[v]) {
            soc[v] = ns;
            stale[v] = true;
          }
          continue;
        }
        dur[v] = d;
        capKw[v] = c;
        alloc[v] = 0;
        cand[m++] = v;
      }
      if (j < nl) {
        System.arraycopy(live, j, live, w, nl - j);
        w += nl - j;
      }
      nl = w;
      if (m == 0 && !stopped) {
        // Nobody can charge now and, with nothing changing, nobody can later either.
        break;
      }
      if (stream) {
        continue;
      }
      for (int c = 0; c < x.nc; c++) {
        chargerLeft[c] = x.available[c] ? x.chargerMax[c] : 0;
      }
      int u = allocate(x, k, soc, cand, m, capKw, x.headroom[k], chargerLeft, alloc);
      if (keepsOrder) {
        // Not streaming, so every live vehicle is a candidate (nl == m): the same set, reordered.
        System.arraycopy(cand, 0, live, 0, m);
      }
      if (fl != null) {
        fl.slot(k, commonAllocation(x));
        // A follower among cand[u..m) got nothing (alloc 0 from the scan): the apply step must
        // see it to end its following.
        u = m;
      }
      applySlot(
          x, k, cand, u, alloc, dur, soc, stale, power, rateFrom, rateUntil, flatKw, fl, steady);
    }
    if (fl != null) {
      // Followers are live; the loop ran to the end (a slot without candidates has no followers).
      for (int j = 0; j < nl; j++) {
        int v = live[j];
        if (fl.from[v] >= 0) {
          catchUp(x, v, x.slots, fl, soc, stale, power, rateFrom, rateUntil, flatKw);
        }
      }
    }
    return power;
  }

  /**
   * Vehicles that follow the common allocation: a vehicle that got the slot's common power (see
   * {@link #commonAllocation}) while steady (its SoC below its steady bound, so rate, full-slot cap
   * and target are known) is not advanced slot by slot while it keeps getting each slot's common
   * power in full slots and is surely still steady: the slot loop takes it as a candidate with its
   * full-slot cap and the apply step skips it. When it stops following, {@link #catchUp} advances
   * its SoC over the skipped slots with the very calls the slot-by-slot path makes (so every value
   * is the same to the bit) and logs them as one run of the common powers.
   *
   * <p>"Surely still steady": each skipped step adds at most {@code p eff / capacity * hours} (the
   * setpoint capped by the on-board limit, then 4 roundings) and each addition rounds by at most
   * 2^-53 (the SoC is at most 1), so the SoC after the common powers of slots from..k-1 is below
   * {@code soc(from) + slope * (sum[k] - sum[from]) + 1e-11}, with the slope 1e-9 above {@code eff
   * / capacity * hours} and 1e-11 far above the sums' and additions' roundings over 288 slots.
   */
  static final class Followers {
    /** Per vehicle, its first slot not yet applied while it follows, else -1. */
    final int[] from;

    /** Per follower, the SoC bound per kW of common power, and its steady bound minus its SoC. */
    final double[] slope;

    final double[] room;

    /** Per slot, the common power (NaN for none), and before each slot the sum of those before. */
    final double[] common;

    final double[] sum;
    private final double hours;

    Followers(int n, int slots, double hours) {
      from = new int[n];
      java.util.Arrays.fill(from, -1);
      slope = new double[n];
      room = new double[n];
      common = new double[slots];
      sum = new double[slots + 1];
      this.hours = hours;
    }

    /** Records slot k's common power. */
    void slot(int k, double p) {
      common[k] = p;
      sum[k + 1] = sum[k] + (p > 0 ? p : 0);
    }

    /** Vehicle v of x follows from slot k on, at SoC s below its steady bound. */
    void begin(PlanInput x, int v, int k, double s, double bound) {
      from[v] = k;
      slope[v] = x.eff[v] / x.cap[v] * hours * (1 + 1e-9);
      room[v] = bound - s;
    }

    /** Whether follower v is surely below its steady bound at the start of slot k. */
    boolean steadyAt(int v, int k) {
      return slope[v] * (sum[k] - sum[from[v]]) + 1e-11 < room[v];
    }
  }

  /**
   * Ends vehicle v's following before slot k: advances its SoC over the skipped slots and logs them
   * (see {@link Followers}).
   */
  private static void catchUp(
      PlanInput x,
      int v,
      int k,
      Followers fl,
      double[] soc,
      boolean[] stale,
      Entries power,
      double[] rateFrom,
      double[] rateUntil,
      double[] flatKw) {
    int f = fl.from[v];
    double s = soc[v];
    for (int j = f; j < k; j++) {
      s = x.advanceInFlat(v, s, fl.common[j], x.dt, rateFrom[v], rateUntil[v], flatKw[v]);
    }
    power.addRun(v, f, k);
    fl.from[v] = -1;
    if (s != soc[v]) {
      soc[v] = s;
      stale[v] = true;
    }
  }

  /**
   * Applies slot k's allocation to cand[0..u): logs each power and advances the SoC (marking it
   * stale when it changed). A method of its own, compiled apart from the scan: inside the slot loop
   * the balanced replan measured 3 % slower.
   */
  private static void applySlot(
      PlanInput x,
      int k,
      int[] cand,
      int u,
      double[] alloc,
      double[] dur,
      double[] soc,
      boolean[] stale,
      Entries power,
      double[] rateFrom,
      double[] rateUntil,
      double[] flatKw,
      Followers fl,
      double[] steady) {
    for (int i = 0; i < u; i++) {
      int v = cand[i];
      double p = alloc[v];
      if (fl != null && fl.from[v] >= 0) {
        if (p > 0 && p == fl.common[k]) {
          continue;
        }
        catchUp(x, v, k, fl, soc, stale, power, rateFrom, rateUntil, flatKw);
      }
      if (p > 0) {
        power.add(v, k, p);
        double d = dur[v];
        double ns = x.advance(v, soc[v], p, d, rateFrom, rateUntil, flatKw);
        if (ns != soc[v]) {
          soc[v] = ns;
          stale[v] = true;
        }
        if (fl != null && p == fl.common[k] && d == x.dt && soc[v] < steady[v]) {
          fl.begin(x, v, k + 1, soc[v], steady[v]);
        }
      }
    }
  }

  /**
   * Growable (vehicle, slot, kW) log, appended in slot order, in chunks: growing neither copies nor
   * over-allocates more than one chunk (a plan of 500 vehicles over 288 slots logs some 33,000
   * entries, and copying doubling arrays cost ~6 % of such a plan).
   */
  static final class Entries {
    /** The size of every chunk after the first. */
    private static final int CHUNK = 4096;

    private int[][] vehChunks = new int[4][];
    private int[][] slotChunks = new int[4][];
    private double[][] kwChunks = new double[4][];
    private int chunks;
    private int[] veh;
    private int[] slot;
    private double[] kw;

    /** Entries in the current (last) chunk. */
    private int fill;

    /**
     * Runs (vehicle, first slot, end slot): the vehicle's power in each slot of [first, end) is
     * {@link #runValues} of that slot.
     */
    private int[] runs = new int[0];

    private int runCount;

    /** Per slot, the power of the runs (null while there are none). */
    double[] runValues;

    /**
     * @param firstChunk the size of the first chunk (a guess of the number of entries, at most
     *     {@link #CHUNK} is used)
     */
    Entries(int firstChunk) {
      newChunk(Math.max(1, Math.min(CHUNK, firstChunk)));
    }

    void add(int v, int k, double p) {
      if (fill == veh.length) {
        newChunk(CHUNK);
      }
      veh[fill] = v;
      slot[fill] = k;
      kw[fill] = p;
      fill++;
    }

    void addRun(int v, int from, int to) {
      if (from >= to) {
        return;
      }
      if (3 * runCount + 3 > runs.length) {
        runs = java.util.Arrays.copyOf(runs, Math.max(48, 2 * runs.length));
      }
      runs[3 * runCount] = v;
      runs[3 * runCount + 1] = from;
      runs[3 * runCount + 2] = to;
      runCount++;
    }

    private void newChunk(int size) {
      if (chunks == vehChunks.length) {
        vehChunks = java.util.Arrays.copyOf(vehChunks, 2 * chunks);
        slotChunks = java.util.Arrays.copyOf(slotChunks, 2 * chunks);
        kwChunks = java.util.Arrays.copyOf(kwChunks, 2 * chunks);
      }
      veh = vehChunks[chunks] = new int[size];
      slot = slotChunks[chunks] = new int[size];
      kw = kwChunks[chunks] = new double[size];
      chunks++;
      fill = 0;
    }

    /** The number of entries in chunk c. */
    private int length(int c) {
      return c == chunks - 1 ? fill : vehChunks[c].length;
    }

    /** Writes the power of every vehicle logged in slot 0 to out[vehicle]. */
    void firstSlotInto(double[] out) {
      for (int c = 0; c < chunks; c++) {
        int[] vs = vehChunks[c];
        int[] ks = slotChunks[c];
        double[] ps = kwChunks[c];
        for (int e = 0, len = length(c); e < len; e++) {
          if (ks[e] == 0) {
            out[vs[e]] = ps[e];
          }
        }
      }
    }

    /**
     * Builds the plan of x from the log.
     *
     * @param endSoc each vehicle's projected SoC, by x's numbering
     * @param map null if the log numbers vehicles as x does, else the x index of each logged one
     */
    Plan finish(PlanInput x, double[] endSoc, int[] map) {
      int n = x.n;
      if (map != null) {
        for (int c = 0; c < chunks; c++) {
          int[] vs = vehChunks[c];
          for (int e = 0, len = length(c); e < len; e++) {
            vs[e] = map[vs[e]];
          }
        }
      }
      int[] first = new int[n];
      int[] last = new int[n];
      java.util.Arrays.fill(first, -1);
      for (int c = 0; c < chunks; c++) {
        int[] vs = vehChunks[c];
        int[] ks = slotChunks[c];
        for (int e = 0, len = length(c); e < len; e++) {
          int v = vs[e];
          if (first[v] < 0) {
            first[v] = ks[e];
          }
          last[v] = ks[e];
        }
      }
      for (int r = 0; r < runCount; r++) {
        int v = map == null ? runs[3 * r] : (runs[3 * r] = map[runs[3 * r]]);
        int from = runs[3 * r + 1];
        int to = runs[3 * r + 2];
        if (first[v] < 0) {
          first[v] = from;
          last[v] = to - 1;
        } else {
          first[v] = Math.min(first[v], from);
          last[v] = Math.max(last[v], to - 1);
        }
      }
      double[][] rows = new double[n][];
      for (int v = 0; v < n; v++) {
        if (first[v] >= 0) {
          rows[v] = new double[last[v] - first[v] + 1];
        } else {
          first[v] = 0;
        }
      }
      for (int c = 0; c < chunks; c++) {
        int[] vs = vehChunks[c];
        int[] ks = slotChunks[c];
        double[] ps = kwChunks[c];
        for (int e = 0, len = length(c); e < len; e++) {
          int v = vs[e];
          rows[v][ks[e] - first[v]] = ps[e];
        }
      }
      for (int r = 0; r < runCount; r++) {
        int v = runs[3 * r];
        int from = runs[3 * r + 1];
        int to = runs[3 * r + 2];
        System.arraycopy(runValues, from, rows[v], from - first[v], to - from);
      }
      return x.finish(first, rows, endSoc);
    }
  }

  /**
   * A SoC bound B for vehicle v, whose rate r holds on [rateFrom, until): at every SoC s from the
   * one the rate and the full-slot cap were computed at up to (not including) B, {@code rate(v, s)
   * == r}, {@code capFor(x, v, s, target, r, dt)} is the same as there, and {@code s < target -
   * EPS}. The cap is {@code max(min, min(r, need(s)))}, the same whenever {@code need(s) >= r};
   * need is computed as {@code (target - s) * cap / eff / hours}, within 6 roundings of its real
   * value, so {@code target - s >= 3 g} with {@code g = r eff hours / cap} makes it at least r. A
   * vehicle whose cap is the need (near its target) gets a bound at or below its SoC: no shortcut.
   * NaN (no shortcut) when g is so small that the roundings of the bound could matter.
   */
  private static double steadyBelow(
      PlanInput x, int v, double target, double r, double hours, double until) {
    double g3 = 3 * (r * x.eff[v] * hours / x.cap[v]);
    if (!(g3 >= 1e-9)) {
      return Double.NaN;
    }
    return Math.min(until, Math.min(target - g3, target - PlanInput.EPS));
  }

  private static double capFor(
      PlanInput x, int v, double soc, double target, double rate, double d) {
    double need = (target - soc) * x.cap[v] / x.eff[v] / (d / 3600.0);
    double c = Math.min(rate, need);
    if (c < x.minKw[v]) {
      c = x.minKw[v];
    }
    return c;
  }
}
