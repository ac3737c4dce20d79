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
          double ns =
              rateFrom == null
                  ? x.advance(v, soc[v], p, d)
                  : x.advanceInFlat(v, soc[v], p, d, rateFrom[v], rateUntil[v], flatKw[v]);
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
      applySlot(x, k, cand, u, alloc, dur, soc, stale, power, rateFrom, rateUntil, flatKw);
    }
    return power;
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
      double[] flatKw) {
    for (int i = 0; i < u; i++) {
      int v = cand[i];
      double p = alloc[v];
      if (p > 0) {
        power.add(v, k, p);
        double d = dur[v];
        double ns =
            rateFrom == null
                ? x.advance(v, soc[v], p, d)
                : x.advanceInFlat(v, soc[v], p, d, rateFrom[v], rateUntil[v], flatKw[v]);
        if (ns != soc[v]) {
          soc[v] = ns;
          stale[v] = true;
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
