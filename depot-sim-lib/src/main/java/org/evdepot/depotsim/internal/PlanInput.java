package org.evdepot.depotsim.internal;

import java.util.ArrayList;
import java.util.List;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.plan.ChargerState;
import org.evdepot.depotsim.plan.ConnectedVehicle;
import org.evdepot.depotsim.plan.DepotState;
import org.evdepot.depotsim.plan.Plan;
import org.evdepot.depotsim.plan.Shortfall;

/** A depot state unpacked into primitive arrays, one entry per connected vehicle. */
final class PlanInput {
  static final double EPS = 1e-9;

  /** The state planned for, or null for a direct input (see the second constructor). */
  final DepotState st;

  final long now;
  final int slotSeconds;
  final double[] headroom;
  final int n;
  final int slots;
  final int nc;
  final double dt;
  final double[] soc;
  final double[] cap;
  final double[] eff;
  final double[] minKw;
  final double[] chMax;
  final double[] maxGrid;
  final long[] dep;
  final double[] target;
  final int[] prio;
  final long[] plugged;
  final int[] charger;
  final boolean[] available;
  final double[] chargerMax;
  final ChargingCurve[] curve;

  /**
   * The slot loop's per-vehicle {@code rate(v, soc[v])}, current for every candidate passed to
   * {@code allocate} (set by the slot loop for one plan).
   */
  double[] slotRate;

  /** LLF's running order, set by the LLF planner for one plan. */
  OrderedPlanner.LlfScratch llf;

  /** Balanced's work arrays, set by the balanced planner for one plan. */
  BalancedPlanner.Scratch balanced;

  PlanInput(DepotState st) {
    this.st = st;
    now = st.now();
    slotSeconds = st.slotSeconds();
    headroom = new double[st.slots()];
    for (int k = 0; k < headroom.length; k++) {
      headroom[k] = st.headroomKw(k);
    }
    List<ConnectedVehicle> vs = st.vehicles();
    List<ChargerState> cs = st.chargers();
    n = vs.size();
    slots = st.slots();
    nc = cs.size();
    dt = st.slotSeconds();
    soc = new double[n];
    cap = new double[n];
    eff = new double[n];
    minKw = new double[n];
    chMax = new double[n];
    maxGrid = new double[n];
    dep = new long[n];
    target = new double[n];
    prio = new int[n];
    plugged = new long[n];
    charger = new int[n];
    curve = new ChargingCurve[n];
    available = new boolean[nc];
    chargerMax = new double[nc];
    double[] chargerEff = new double[nc];
    double[] chargerMin = new double[nc];
    for (int c = 0; c < nc; c++) {
      ChargerState ch = cs.get(c);
      available[c] = ch.available();
      chargerMax[c] = ch.maxKw();
      chargerEff[c] = ch.efficiency();
      chargerMin[c] = ch.minKw();
    }
    for (int i = 0; i < n; i++) {
      ConnectedVehicle v = vs.get(i);
      int c = v.charger();
      soc[i] = v.soc();
      cap[i] = v.capacityKwh();
      eff[i] = chargerEff[c];
      minKw[i] = chargerMin[c];
      chMax[i] = chargerMax[c];
      maxGrid[i] = v.maxGridKw();
      dep[i] = v.departure();
      target[i] = v.targetSoc();
      prio[i] = v.priority();
      plugged[i] = v.pluggedAt();
      charger[i] = v.charger();
      curve[i] = v.curve();
    }
  }

  /**
   * A one-slot input given directly as arrays (one entry per vehicle, or per charger for available
   * and chargerMax), holding the same values a {@link DepotState} would: the simulator uses this to
   * skip building records for myopic planners. The arrays are taken over.
   */
  PlanInput(
      long now,
      int slotSeconds,
      double headroomKw,
      int n,
      double[] soc,
      double[] cap,
      double[] eff,
      double[] minKw,
      double[] chMax,
      double[] maxGrid,
      long[] dep,
      double[] target,
      int[] prio,
      long[] plugged,
      int[] charger,
      ChargingCurve[] curve,
      boolean[] available,
      double[] chargerMax) {
    this.st = null;
    this.now = now;
    this.slotSeconds = slotSeconds;
    this.headroom = new double[] {headroomKw};
    this.n = n;
    this.slots = 1;
    this.nc = available.length;
    this.dt = slotSeconds;
    this.soc = soc;
    this.cap = cap;
    this.eff = eff;
    this.minKw = minKw;
    this.chMax = chMax;
    this.maxGrid = maxGrid;
    this.dep = dep;
    this.target = target;
    this.prio = prio;
    this.plugged = plugged;
    this.charger = charger;
    this.curve = curve;
    this.available = available;
    this.chargerMax = chargerMax;
  }

  /**
   * The same input with its vehicles renumbered: vehicle i of the copy is vehicle order[i] of src
   * (order is a permutation of 0..n). Slots, headroom and chargers are shared with src; the copy
   * plans for src's state ({@link #st}), so its plans must be mapped back before {@link #finish}.
   */
  PlanInput(PlanInput src, int[] order) {
    this.st = src.st;
    this.now = src.now;
    this.slotSeconds = src.slotSeconds;
    this.headroom = src.headroom;
    this.n = src.n;
    this.slots = src.slots;
    this.nc = src.nc;
    this.dt = src.dt;
    this.available = src.available;
    this.chargerMax = src.chargerMax;
    soc = permuted(src.soc, order);
    cap = permuted(src.cap, order);
    eff = permuted(src.eff, order);
    minKw = permuted(src.minKw, order);
    chMax = permuted(src.chMax, order);
    maxGrid = permuted(src.maxGrid, order);
    dep = permuted(src.dep, order);
    target = permuted(src.target, order);
    prio = permuted(src.prio, order);
    plugged = permuted(src.plugged, order);
    charger = permuted(src.charger, order);
    curve = new ChargingCurve[n];
    for (int i = 0; i < n; i++) {
      curve[i] = src.curve[order[i]];
    }
  }

  private static double[] permuted(double[] a, int[] order) {
    double[] r = new double[order.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = a[order[i]];
    }
    return r;
  }

  private static long[] permuted(long[] a, int[] order) {
    long[] r = new long[order.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = a[order[i]];
    }
    return r;
  }

  private static int[] permuted(int[] a, int[] order) {
    int[] r = new int[order.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = a[order[i]];
    }
    return r;
  }

  /** Start of slot k (as {@link DepotState#slotStart}). */
  long slotStart(int k) {
    return now + (long) k * slotSeconds;
  }

  /** Largest grid power vehicle i can take at SoC s (charger, on-board and curve limits). */
  double rate(int i, double s) {
    if (!available[charger[i]] || s >= 1) {
      return 0;
    }
    return Math.min(Math.min(chMax[i], maxGrid[i]), curve[i].maxKw(s) / eff[i]);
  }

  /**
   * The SoC up to which vehicle i's rate stays that at s: {@code rate(i, s') == rate(i, s)} for
   * every s' in {@code [s, result)}. That is the end of s's curve segment when the segment is flat
   * (the curve then gives the segment's power at every SoC of it, see {@link ChargingCurve#maxKw}),
   * else s itself (an empty interval). Never above 1, where the rate drops to 0.
   */
  double rateConstantUntil(int i, double s) {
    ChargingCurve c = curve[i];
    int seg = c.segment(s);
    return c.kwAt(seg) == c.kwAt(seg + 1) ? c.socAt(seg + 1) : s;
  }

  /** The battery-side power at the start of the curve segment of vehicle i holding s. */
  double segmentKw(int i, double s) {
    ChargingCurve c = curve[i];
    return c.kwAt(c.segment(s));
  }

  /**
   * {@link #advance} when s is known to lie in the flat curve segment {@code [from, until)} of
   * battery-side power {@code kw} (see {@link ChargeMath#advanceInFlat}); same value.
   */
  double advanceInFlat(
      int i, double s, double p, double seconds, double from, double until, double kw) {
    return ChargeMath.advanceInFlat(
        s, p, maxGrid[i], minKw[i], eff[i], curve[i], cap[i], seconds, from, until, kw);
  }

  /**
   * The slot loop's SoC step: {@link #advanceInFlat} with vehicle i's known flat part when the loop
   * keeps rate intervals (from, until and kw per vehicle), else {@link #advance}.
   */
  double advance(
      int i, double s, double p, double seconds, double[] from, double[] until, double[] kw) {
    return from == null
        ? advance(i, s, p, seconds)
        : advanceInFlat(i, s, p, seconds, from[i], until[i], kw[i]);
  }

  /** Lowest grid rate of vehicle i over SoC in [s0, s1] (charger, on-board and curve limits). */
  double minRate(int i, double s0, double s1) {
    double hi = Math.min(1, Math.max(s0, s1));
    double m = Math.min(rate(i, s0), rate(i, hi));
    ChargingCurve c = curve[i];
    for (int k = 0; k < c.points(); k++) {
      double s = c.socAt(k);
      if (s > s0 && s < hi) {
        m = Math.min(m, rate(i, s));
      }
    }
    return m;
  }

  /** Seconds of slot k before vehicle i departs (0 once it has left). */
  double duration(int i, int k) {
    long t0 = slotStart(k);
    if (dep[i] <= t0) {
      return 0;
    }
    return Math.min(dt, (double) (dep[i] - t0));
  }

  /** Number of slots that start before vehicle i departs. */
  int lastSlot(int i) {
    if (dep[i] <= now) {
      return 0;
    }
    long d = dep[i] - now;
    if (d < 0) {
      return slots; // beyond any horizon (the difference overflowed)
    }
    long sec = (long) dt;
    long k = d / sec + (d % sec != 0 ? 1 : 0);
    return (int) Math.min(slots, k);
  }

  double advance(int i, double s, double p, double seconds) {
    return ChargeMath.advance(s, p, maxGrid[i], minKw[i], eff[i], curve[i], cap[i], seconds);
  }

  /** Builds the plan and its shortfalls from the final SoC of each vehicle. */
  Plan finish(double[][] power, double[] endSoc) {
    return Plan.of(st, power, endSoc, shortfalls(endSoc));
  }

  /** Builds the plan from rows that start at firstSlot (see {@link Plan#ofRows}). */
  Plan finish(int[] firstSlot, double[][] rows, double[] endSoc) {
    return Plan.ofRows(st, firstSlot, rows, endSoc, shortfalls(endSoc));
  }

  private List<Shortfall> shortfalls(double[] endSoc) {
    List<Shortfall> shortfalls = new ArrayList<>();
    long horizonEnd = slotStart(slots);
    for (int i = 0; i < n; i++) {
      if (dep[i] > now && dep[i] <= horizonEnd && endSoc[i] < target[i] - 1e-6) {
        shortfalls.add(
            new Shortfall(
                st.vehicles().get(i).id(),
                dep[i],
                target[i],
                endSoc[i],
                (target[i] - endSoc[i]) * cap[i]));
      }
    }
    return shortfalls;
  }

  /** Sorts idx[0..m) by cmp, stable (insertion sort for short runs, merge sort otherwise). */
  static void sort(int[] idx, int m, IntCmp cmp) {
    if (m < 2) {
      return;
    }
    int[] tmp = new int[m];
    mergeSort(idx, tmp, 0, m, cmp);
  }

  private static void mergeSort(int[] a, int[] tmp, int lo, int hi, IntCmp cmp) {
    if (hi - lo <= 16) {
      for (int i = lo + 1; i < hi; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= lo && cmp.compare(a[j], x) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(a, tmp, lo, mid, cmp);
    mergeSort(a, tmp, mid, hi, cmp);
    if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, lo, tmp, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && cmp.compare(tmp[i], tmp[j]) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  /** Comparator of int indexes. */
  interface IntCmp {
    int compare(int a, int b);
  }

  /**
   * Vehicle indexes by priority (larger first), then key (smaller first), then index: the same
   * permutation as a comparator sort by these three keys (the order is total, so any correct sort
   * gives it). When priority range, key range and index fit into 63 bits together the three are
   * packed into one long per vehicle and sorted as primitives; otherwise the comparator sort runs.
   */
  int[] orderByPriorityThen(long[] key) {
    int[] idx = new int[n];
    if (n == 0) {
      return idx;
    }
    int pMin = Integer.MAX_VALUE;
    int pMax = Integer.MIN_VALUE;
    long kMin = Long.MAX_VALUE;
    long kMax = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      pMin = Math.min(pMin, prio[i]);
      pMax = Math.max(pMax, prio[i]);
      kMin = Math.min(kMin, key[i]);
      kMax = Math.max(kMax, key[i]);
    }
    long pRange = (long) pMax - pMin;
    long kRange = kMax - kMin;
    int iBits = 64 - Long.numberOfLeadingZeros(n - 1L);
    int pBits = 64 - Long.numberOfLeadingZeros(pRange);
    int kBits = 64 - Long.numberOfLeadingZeros(kRange);
    boolean overflow = kMin < 0 && kMax > 0 && kRange < 0;
    if (overflow || kRange < 0 || pBits + kBits + iBits > 63) {
      for (int i = 0; i < n; i++) {
        idx[i] = i;
      }
      sort(
          idx,
          n,
          (a, b) -> {
            int c = Integer.compare(prio[b], prio[a]);
            if (c == 0) {
              c = Long.compare(key[a], key[b]);
            }
            return c != 0 ? c : Integer.compare(a, b);
          });
      return idx;
    }
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      long p = (long) pMax - prio[i];
      long k = key[i] - kMin;
      packed[i] = (((p << kBits) | k) << iBits) | i;
    }
    java.util.Arrays.sort(packed);
    long mask = (1L << iBits) - 1;
    for (int i = 0; i < n; i++) {
      idx[i] = (int) (packed[i] & mask);
    }
    return idx;
  }
}
