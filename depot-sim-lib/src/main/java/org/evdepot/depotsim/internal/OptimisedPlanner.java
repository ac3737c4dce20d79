package org.evdepot.depotsim.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evdepot.depotsim.plan.ChargerState;
import org.evdepot.depotsim.plan.ConnectedVehicle;
import org.evdepot.depotsim.plan.DepotState;
import org.evdepot.depotsim.plan.ExpectedArrival;
import org.evdepot.depotsim.plan.Plan;
import org.evdepot.depotsim.plan.Planner;

/**
 * Cost-optimising planner: meet every departure target that can be met at all, at the least energy
 * cost plus demand charge on any increase of the billing period's peak.
 *
 * <ol>
 *   <li><b>Fill under a cap.</b> For a grid-import cap {@code P}, vehicles in priority then
 *       departure order each take their needed energy from the cheapest price tier of their window
 *       first (a tier: the slots whose price is within 0.01 % of the tier's lowest, see {@link
 *       #PRICE_TOLERANCE_REL}), spread over the tier's slots in proportion to what each can take,
 *       within the slot's room under {@code min(limit, P)}, their charger's room, their rate at the
 *       current SoC (charger, on-board and curve limits; a taper later on is left to the curve
 *       repair below) and the charger minimum.
 *   <li><b>Feasibility reference.</b> The unmet energy with {@code P} at the site limit is the
 *       least this fill can achieve; any cap that achieves it too "meets every feasible target".
 *   <li><b>Lowest peak.</b> Bisection on {@code P} finds the lowest such cap {@code P*}.
 *   <li><b>Cost trade-off.</b> Caps {@code P*}, the period's peak so far (free headroom) and four
 *       steps up to the site limit are compared by energy cost plus demand charge on {@code max(0,
 *       peak - peakSoFar)}; the cheapest wins (ties: the higher cap, which charges earlier and
 *       leaves room for vehicles that arrive later).
 *   <li><b>Curve repair.</b> A chronological pass simulates each vehicle exactly (the same
 *       integrator as the simulator); each slot's power is cut to the rate the curve allows at the
 *       slot's starting SoC (or to 0 below the charger minimum), and that energy and the energy a
 *       taper kept from the slot are moved to the next slots with room, and allocations after a
 *       vehicle reached its target are released. If the repaired plan misses more than the repaired
 *       plan at the site limit, the next larger cap is used.
 * </ol>
 *
 * <p>Before step 2, an <b>order repair</b>: if the repaired plan at the site limit leaves vehicles
 * short, they move to the front of their priority group and the new order is kept when the plan at
 * the limit then misses less (up to four rounds). Serving earlier departures first can take room
 * that a later-departing vehicle needed: one that arrives late, shares a charger, or tapers just
 * before leaving. If vehicles are still short and the depot has several priorities, every short
 * vehicle moves to the very front, whatever its priority, and that order is kept when the plan at
 * the limit misses less and no vehicle of a higher priority than the lowest one moved misses more:
 * priority decides only when not every target can be met (a high-priority vehicle leaving late does
 * not take the only hour a low-priority one has).
 *
 * <p><b>Forecast.</b> The vehicles of {@link DepotState#expectedArrivals()} take part in every step
 * like connected vehicles (same order by priority then departure), except that their window starts
 * at the first slot that starts at or after their expected arrival, so the vehicles already plugged
 * in leave them room. An arrival with a known charger uses that charger (its power, minimum,
 * efficiency and room, shared with the vehicles on it); one without gets the power, minimum and
 * efficiency of the available charger with the most power and a charger of its own, so it needs
 * only site room. Expected vehicles shape the plan of the connected ones but are not part of the
 * returned plan (nor of its shortfalls).
 *
 * <p>Safety net: when the plan leaves energy missing, the earliest-departure-first plan of the same
 * state is computed too and returned instead if it misses less.
 *
 * <p>This is a greedy for a transportation-like problem, not a proven optimum: with linear prices,
 * no curve and one vehicle it is optimal; with many vehicles, earlier-departing vehicles take the
 * cheapest slots first. An LP would be exact for the linearised problem but needs ~n x slots
 * variables (144,000 for 500 vehicles over 24 h at 5 min), far beyond the 50 ms budget.
 */
public final class OptimisedPlanner implements Planner {
  /** The planner. */
  public static final OptimisedPlanner INSTANCE = new OptimisedPlanner(true);

  /**
   * The same planner without its shortcuts (no early exit of fills and repairs, every quotient
   * computed); tests check that both give the same plans to the bit.
   */
  static final OptimisedPlanner REFERENCE = new OptimisedPlanner(false);

  private final boolean shortcuts;

  private OptimisedPlanner(boolean shortcuts) {
    this.shortcuts = shortcuts;
  }

  @Override
  public Plan plan(DepotState st) {
    PlanInput x = new PlanInput(st);
    int n = x.n;
    Work w;
    if (n == 0 || st.expectedArrivals().isEmpty()) {
      w = new Work(x, null, shortcuts);
    } else {
      Forecast f = Forecast.of(st);
      w = new Work(new PlanInput(f.state), f.firstSlot, shortcuts);
    }
    w.run();
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = w.power[i].clone();
    }
    Plan plan = x.finish(rows, Arrays.copyOf(w.endSoc, n));
    double missing = missing(plan);
    if (missing <= 1e-6) {
      return plan;
    }
    // Safety net: the greedy fill is not a proven optimum, so never miss more than
    // earliest-departure-first would on the same state.
    Plan edf = OrderedPlanner.EDF.plan(st);
    return missing(edf) < missing - 1e-3 * (1 + missing) ? edf : plan;
  }

  private static double missing(Plan p) {
    double m = 0;
    for (var f : p.shortfalls()) {
      m += f.missingKwh();
    }
    return m;
  }

  /**
   * A state whose vehicles are the connected vehicles followed by the expected ones (those that
   * arrive inside the horizon and can be served), and each vehicle's first slot (0 when connected).
   */
  private static final class Forecast {
    final DepotState state;
    final int[] firstSlot;

    private Forecast(DepotState state, int[] firstSlot) {
      this.state = state;
      this.firstSlot = firstSlot;
    }

    static Forecast of(DepotState st) {
      List<ChargerState> cs = new ArrayList<>(st.chargers());
      ChargerState widest = null;
      for (ChargerState c : st.chargers()) {
        if (c.available() && (widest == null || c.maxKw() > widest.maxKw())) {
          widest = c;
        }
      }
      List<ConnectedVehicle> vs = new ArrayList<>(st.vehicles());
      List<ExpectedArrival> ex = st.expectedArrivals();
      int[] first = new int[vs.size() + ex.size()];
      int slots = st.slots();
      long slotSec = st.slotSeconds();
      for (ExpectedArrival a : ex) {
        long after = a.arrival() - st.now();
        // The first slot starting at or after the arrival (a partial first slot is not counted).
        long k = after <= 0 ? 0 : after / slotSec + (after % slotSec != 0 ? 1 : 0);
        boolean overflow = a.arrival() > st.now() && after < 0;
        if (overflow || k >= slots) {
          continue;
        }
        int c = a.charger();
        if (c == ExpectedArrival.UNKNOWN_CHARGER) {
          if (widest == null) {
            continue;
          }
          c = cs.size();
          cs.add(
              new ChargerState(
                  widest.id(), widest.maxKw(), widest.minKw(), widest.efficiency(), true));
        }
        first[vs.size()] = (int) k;
        vs.add(
            new ConnectedVehicle(
                a.id(),
                c,
                a.soc(),
                a.capacityKwh(),
                a.curve(),
                a.maxGridKw(),
                a.departure(),
                a.targetSoc(),
                a.priority(),
                a.arrival()));
      }
      DepotState ext = st.withFleet(cs, vs);
      return new Forecast(ext, Arrays.copyOf(first, vs.size()));
    }
  }

  /**
   * Prices that differ by at most this fraction of the lower one (or by at most {@link
   * #PRICE_TOLERANCE_ABS} per kWh) are one price tier: the fill spreads energy over them evenly
   * instead of crowding it into the slot that is cheaper by a rounding error, so a tiny price
   * change does not move a whole plan (a difference of 0.01 % of the price is worth less than the
   * smoothness).
   */
  static final double PRICE_TOLERANCE_REL = 1e-4;

  /** The absolute part of the price-tier tolerance (per kWh), see {@link #PRICE_TOLERANCE_REL}. */
  static final double PRICE_TOLERANCE_ABS = 1e-6;

  /** Whether price (at least low) belongs to the tier whose lowest price is low. */
  static boolean samePriceTier(double low, double price) {
    return price - low <= Math.max(PRICE_TOLERANCE_ABS, PRICE_TOLERANCE_REL * Math.abs(low));
  }

  private static final class Work {
    final PlanInput x;
    final int n;
    final int s;

    /** Fill order: priority (larger first), then departure; see {@link #promote}. */
    int[] order;

    final int[] slotOrder;

    /** Position of each slot in slotOrder; siteLeft and chargerLeft are kept in that order. */
    final int[] posOf;

    final int[] tierStart;
    final double[] tierPrice;

    /** Per vehicle and tier, the end of the vehicle's window in that tier (see windowEnd). */
    final int[] winEnd;

    /** Per vehicle, its first slot (null: every vehicle starts in slot 0). */
    final int[] first;

    /** Per vehicle and tier, the start of the vehicle's window in that tier (null with first). */
    final int[] winStart;

    final int[] last;
    final double[] need;
    final double[] rate0;
    final double[] netOther;
    final double[] limit;
    final double[][] power;
    final double[] siteLeft;
    final double[] evSum;
    final double[][] chargerLeft;
    final double[] endSoc;
    double cost;

    final boolean shortcuts;

    Work(PlanInput x, int[] first, boolean shortcuts) {
      this.x = x;
      this.first = first;
      this.shortcuts = shortcuts;
      n = x.n;
      s = x.slots;
      DepotState st = x.st;
      order = x.orderByPriorityThen(x.dep);
      slotOrder = new int[s];
      for (int k = 0; k < s; k++) {
        slotOrder[k] = k;
      }
      PlanInput.sort(
          slotOrder,
          s,
          (a, b) -> {
            int c = Double.compare(st.pricePerKwh(a), st.pricePerKwh(b));
            return c != 0 ? c : Integer.compare(a, b);
          });
      // Price tiers: runs of the price-sorted slots whose price is within PRICE_TOLERANCE of the
      // run's lowest, each then put back in time order (the fill spreads over a tier evenly).
      int[] starts = new int[s + 1];
      int tiers = 0;
      double low = Double.NaN;
      for (int q = 0; q < s; q++) {
        double price = st.pricePerKwh(slotOrder[q]);
        if (q == 0 || !samePriceTier(low, price)) {
          starts[tiers++] = q;
          low = price;
        }
      }
      starts[tiers] = s;
      tierStart = Arrays.copyOf(starts, tiers + 1);
      tierPrice = new double[tiers];
      for (int q = 0; q < tiers; q++) {
        tierPrice[q] = st.pricePerKwh(slotOrder[tierStart[q]]);
        Arrays.sort(slotOrder, tierStart[q], tierStart[q + 1]);
      }
      posOf = new int[s];
      for (int q = 0; q < s; q++) {
        posOf[slotOrder[q]] = q;
      }
      last = new int[n];
      need = new double[n];
      rate0 = new double[n];
      for (int i = 0; i < n; i++) {
        last[i] = x.lastSlot(i);
        need[i] = Math.max(0, x.target[i] - x.soc[i]) * x.cap[i] / x.eff[i];
        rate0[i] = x.rate(i, x.soc[i]);
        if (rate0[i] < x.minKw[i] - PlanInput.EPS) {
          rate0[i] = 0;
        }
      }
      int nt = tierStart.length - 1;
      winEnd = new int[n * nt];
      for (int i = 0; i < n; i++) {
        for (int q = 0; q < nt; q++) {
          winEnd[i * nt + q] = windowEnd(tierStart[q], tierStart[q + 1], last[i]);
        }
      }
      if (first != null) {
        winStart = new int[n * nt];
        for (int i = 0; i < n; i++) {
          for (int q = 0; q < nt; q++) {
            winStart[i * nt + q] = windowEnd(tierStart[q], tierStart[q + 1], first[i]);
          }
        }
      } else {
        winStart = null;
      }
      netOther = new double[s];
      limit = new double[s];
      for (int k = 0; k < s; k++) {
        netOther[k] = st.baseLoadKw(k) - st.pvKw(k);
        limit[k] = st.gridLimitKw(k);
      }
      power = new double[n][s];
      siteLeft = new double[s];
      evSum = new double[s];
      chargerLeft = new double[x.nc][s];
      endSoc = new double[n];
    }

    /**
     * Order repair: while the repaired plan at the site limit leaves vehicles short, moves those
     * vehicles to the front of their priority group (keeping their relative order) and keeps the
     * new order if the plan at the limit then misses less; at most four rounds. The greedy fill
     * serves earlier departures first, which can take the room a later-departing vehicle needed (a
     * narrow window after a late arrival, a shared charger, a taper before its departure).
     *
     * @return the missing energy of the repaired plan at the limit with the order kept
     */
    double promote(double pmax, double tol) {
      fill(pmax);
      double best = repair();
      // Whether the last fill and repair were of another order than the one kept.
      boolean stale = false;
      for (int round = 0; round < 4 && best > tol; round++) {
        int[] next = new int[n];
        int m = 0;
        int g = 0;
        while (g < n) {
          int end = g;
          while (end < n && x.prio[order[end]] == x.prio[order[g]]) {
            end++;
          }
          for (int j = g; j < end; j++) {
            if (isShort(order[j])) {
              next[m++] = order[j];
            }
          }
          for (int j = g; j < end; j++) {
            if (!isShort(order[j])) {
              next[m++] = order[j];
            }
          }
          g = end;
        }
        if (Arrays.equals(next, order)) {
          break;
        }
        int[] kept = order;
        order = next;
        fill(pmax);
        double missing = repair();
        if (missing < best - tol) {
          best = missing;
        } else {
          order = kept;
          stale = true;
          break;
        }
      }
      return best > tol && severalPriorities() ? acrossPriorities(pmax, tol, best, stale) : best;
    }

    /**
     * Priority decides only when not every target can be met: if vehicles are still short after the
     * rounds within priority groups, tries serving every short vehicle first, whatever its
     * priority, and keeps that order only when the plan at the limit then misses less and no
     * vehicle of a higher priority than the lowest one moved ahead misses more. Leaves the plan
     * state stale (the caller fills again).
     *
     * @param stale whether the last fill and repair were of another order than the current one
     * @return the missing energy with the order kept
     */
    private double acrossPriorities(double pmax, double tol, double best, boolean stale) {
      if (stale) {
        fill(pmax);
        repair();
      }
      int[] next = new int[n];
      double[] before = new double[n];
      int m = 0;
      int lowest = Integer.MAX_VALUE;
      for (int j = 0; j < n; j++) {
        int i = order[j];
        before[i] = missingKwh(i);
        if (isShort(i)) {
          next[m++] = i;
          lowest = Math.min(lowest, x.prio[i]);
        }
      }
      for (int j = 0; j < n; j++) {
        if (!isShort(order[j])) {
          next[m++] = order[j];
        }
      }
      if (Arrays.equals(next, order)) {
        return best;
      }
      int[] kept = order;
      order = next;
      fill(pmax);
      double missing = repair();
      boolean keep = missing < best - tol;
      for (int i = 0; i < n && keep; i++) {
        keep = x.prio[i] <= lowest || missingKwh(i) <= before[i] + tol;
      }
      if (keep) {
        return missing;
      }
      order = kept;
      return best;
    }

    private boolean severalPriorities() {
      for (int i = 1; i < n; i++) {
        if (x.prio[i] != x.prio[0]) {
          return true;
        }
      }
      return false;
    }

    /** Vehicle i's missing energy (kWh) in the last repaired plan. */
    private double missingKwh(int i) {
      return Math.max(0, x.target[i] - endSoc[i]) * x.cap[i];
    }

    /** Whether vehicle i, which can charge, ends below its target in the last repaired plan. */
    private boolean isShort(int i) {
      int from = first == null ? 0 : first[i];
      return need[i] > PlanInput.EPS
          && last[i] > from
          && rate0[i] > PlanInput.EPS
          && endSoc[i] < x.target[i] - 1e-6;
    }

    /** Plans into {@link #power} and {@link #endSoc}. */
    void run() {
      double pmax = 0;
      double floor = 0;
      for (int k = 0; k < s; k++) {
        pmax = Math.max(pmax, limit[k]);
        floor = Math.max(floor, Math.min(limit[k], netOther[k]));
      }
      double totalNeed = 0;
      for (int i = 0; i < n; i++) {
        totalNeed += need[i];
      }
      double tol = 1e-9 * (1 + totalNeed);
      // The repaired plan's missing energy at the limit, with the order kept.
      double refMissing = promote(pmax, tol);
      double ref = fill(pmax);
      double pstar;
      double bar = ref + tol;
      // Where only "within the reference?" matters, a fill stops as soon as its unmet energy (a
      // sum of non-negative terms, so it never falls again) is above the bar.
      if (fill(floor, bar) <= bar) {
        pstar = floor;
      } else {
        double lo = floor;
        double hi = pmax;
        for (int it = 0; it < 40 && hi - lo > 1e-4 * pmax + 1e-6; it++) {
          double mid = 0.5 * (lo + hi);
          if (fill(mid, bar) <= bar) {
            hi = mid;
          } else {
            lo = mid;
          }
        }
        pstar = hi;
      }
      double peakSoFar = x.st.peakSoFarKw();
      double dc = x.st.demandChargePerKw();
      double[] caps = new double[6];
      caps[0] = pstar;
      caps[1] = Math.min(pmax, Math.max(pstar, peakSoFar));
      for (int j = 1; j <= 4; j++) {
        caps[1 + j] = pstar + j * (pmax - pstar) / 4;
      }
      Arrays.sort(caps);
      double best = Double.POSITIVE_INFINITY;
      int bestIdx = caps.length - 1;
      for (int j = 0; j < caps.length; j++) {
        double unmet = fill(caps[j], bar);
        if (unmet > bar) {
          continue;
        }
        double total = cost + dc * Math.max(0, peak() - peakSoFar);
        // Equal cost: prefer the higher cap, which charges earlier and keeps room for vehicles
        // that arrive later (beyond those of the forecast, which the fill already counts).
        if (total <= best + 1e-9 * (1 + Math.abs(best))) {
          best = total;
          bestIdx = j;
        }
      }
      double chosen = caps[bestIdx];
      fill(chosen);
      double repairTol = tol;
      double repairBar = refMissing + repairTol;
      if (repair(repairBar) > repairBar) {
        // A taper kept energy from where the fill put it and there was no room later: raise the
        // cap (bisection on the repaired plan) until the repaired plan is as good as at the limit.
        double lo = chosen;
        double hi = pmax;
        for (int it = 0; it < 14 && hi - lo > 1e-3 * pmax + 1e-6; it++) {
          double mid = 0.5 * (lo + hi);
          fill(mid);
          if (repair(repairBar) <= repairBar) {
            hi = mid;
          } else {
            lo = mid;
          }
        }
        fill(hi);
        repair();
      }
    }

    double peak() {
      double p = 0;
      for (int k = 0; k < s; k++) {
        p = Math.max(p, evSum[k] + netOther[k]);
      }
      return p;
    }

    /**
     * Allocates under cap p; returns the unmet grid energy (kWh) and sets {@link #cost}. The site
     * and charger rooms are stored by position in {@link #slotOrder} (price tier, then time), so
     * each tier is a contiguous run that the vehicle loops scan in order.
     */
    double fill(double p) {
      return fill(p, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #fill(double)}, but returns early (leaving the allocation incomplete) once the
     * unmet energy is above stopAbove; the returned value is then above stopAbove too.
     */
    double fill(double p, double stopAbove) {
      if (!shortcuts) {
        stopAbove = Double.POSITIVE_INFINITY;
      }
      for (int q = 0; q < s; q++) {
        int k = slotOrder[q];
        siteLeft[q] = Math.max(0, Math.min(limit[k], p) - netOther[k]);
      }
      Arrays.fill(evSum, 0);
      for (int c = 0; c < x.nc; c++) {
        Arrays.fill(chargerLeft[c], x.available[c] ? x.chargerMax[c] : 0);
      }
      cost = 0;
      double unmet = 0;
      int tiers = tierStart.length - 1;
      double hFull = x.dt / 3600.0;
      for (int j = 0; j < n; j++) {
        int i = order[j];
        double[] row = power[i];
        // Rows are only ever written before the vehicle's last slot.
        Arrays.fill(row, 0, last[i], 0.0);
        double e = need[i];
        int from = first == null ? 0 : first[i];
        if (e <= PlanInput.EPS || last[i] <= from || rate0[i] <= PlanInput.EPS) {
          unmet += e;
          if (unmet > stopAbove) {
            return unmet;
          }
          continue;
        }
        double[] cl = chargerLeft[x.charger[i]];
        double[] sl = siteLeft;
        double min = x.minKw[i];
        double rate = rate0[i];
        int lastSlot = last[i];
        double hLast = x.duration(i, lastSlot - 1) / 3600.0;
        for (int t = 0; t < tiers && e > PlanInput.EPS; t++) {
          // One price tier; within it the slots are in time order, so the vehicle's window ends
          // at the first slot at or after its departure.
          int q0 = winStart == null ? tierStart[t] : winStart[i * tiers + t];
          int qEnd = winEnd[i * tiers + t];
          if (qEnd <= q0) {
            continue;
          }
          double price = tierPrice[t];
          // Only the window's last slot can be the one the vehicle leaves in.
          double hTail = slotOrder[qEnd - 1] == lastSlot - 1 ? hLast : hFull;
          double room = 0;
          double minAvail = Double.POSITIVE_INFINITY;
          double minThr = min - PlanInput.EPS;
          // Branch-free: a skipped slot adds +0.0, which leaves the sum as it was.
          for (int q = q0; q < qEnd - 1; q++) {
            double avail = Math.min(rate, Math.min(sl[q], cl[q]));
            boolean ok = avail > PlanInput.EPS & avail >= minThr;
            room += ok ? avail * hFull : 0.0;
            minAvail = ok ? Math.min(minAvail, avail) : minAvail;
          }
          {
            int q = qEnd - 1;
            double avail = Math.min(rate, Math.min(sl[q], cl[q]));
            if (avail > PlanInput.EPS && avail >= minThr) {
              room += avail * hTail;
              minAvail = Math.min(minAvail, avail);
            }
          }
          if (room <= 0) {
            continue;
          }
          // Spread the energy over the tier in proportion to each slot's room: low, even power
          // (kinder to tapering curves than filling the first slots at full rate), or earliest
          // first where spreading would fall below the charger minimum.
          double f = Math.min(1, e / room);
          boolean belowMin = minAvail * f < min - PlanInput.EPS;
          for (int q = q0; q < qEnd && e > PlanInput.EPS; q++) {
            double avail = Math.min(rate, Math.min(sl[q], cl[q]));
            if (avail <= PlanInput.EPS || avail < min - PlanInput.EPS) {
              continue;
            }
            double h = q == qEnd - 1 ? hTail : hFull;
            double pw;
            if (belowMin) {
              pw = shortcuts ? minOfQuotient(avail, e, h) : Math.min(avail, e / h);
              if (pw < min) {
                pw = Math.min(avail, min);
              }
            } else {
              pw = shortcuts ? minOfQuotient(avail * f, e, h) : Math.min(avail * f, e / h);
            }
            int k = slotOrder[q];
            row[k] = pw;
            sl[q] -= pw;
            cl[q] -= pw;
            evSum[k] += pw;
            e -= pw * h;
            cost += price * pw * h;
          }
        }
        unmet += Math.max(0, e);
        if (unmet > stopAbove) {
          return unmet;
        }
      }
      return unmet;
    }

    /**
     * {@code Math.min(a, e / h)} without the division when {@code a * h} is clearly below e: then
     * {@code a < e / h} exactly, so the rounded quotient is at least a and the minimum is a.
     */
    private static double minOfQuotient(double a, double e, double h) {
      if (a * h <= e * (1 - 1e-12)) {
        return a;
      }
      return Math.min(a, e / h);
    }

    /**
     * The first position in [q0, q1) (one tier, slots ascending) whose slot is >= lastSlot, or q1
     * if none is.
     */
    private int windowEnd(int q0, int q1, int lastSlot) {
      if (q1 == q0 || slotOrder[q1 - 1] < lastSlot) {
        return q1;
      }
      int lo = q0;
      int hi = q1 - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (slotOrder[mid] < lastSlot) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** Simulates each vehicle exactly, moving curve-limited energy later; returns missing kWh. */
    double repair() {
      return repair(Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #repair()}, but returns early (leaving the plan half repaired) once the missing
     * energy is above stopAbove; the returned value is then above stopAbove too.
     */
    double repair(double stopAbove) {
      if (!shortcuts) {
        stopAbove = Double.POSITIVE_INFINITY;
      }
      double missing = 0;
      for (int j = 0; j < n; j++) {
        int i = order[j];
        double[] row = power[i];
        double[] cl = chargerLeft[x.charger[i]];
        double soc = x.soc[i];
        double carry = 0;
        double min = x.minKw[i];
        // An expected vehicle has no power before its first slot.
        for (int k = first == null ? 0 : first[i]; k < last[i]; k++) {
          if (soc >= x.target[i] - PlanInput.EPS) {
            release(row, cl, k);
            break;
          }
          double h = x.duration(i, k) / 3600.0;
          double pw = row[k];
          if (pw > 0) {
            // The fill planned at the rate of the vehicle's SoC when the plan starts; the curve at
            // this slot's SoC may allow less (a taper), or nothing above the charger minimum. The
            // power cut off goes to the later slots with the rest of the carry.
            double r = x.rate(i, soc);
            if (pw > r) {
              double capped = r < min - PlanInput.EPS ? 0 : r;
              double cut = pw - capped;
              int q = posOf[k];
              siteLeft[q] += cut;
              cl[q] += cut;
              evSum[k] -= cut;
              row[k] = capped;
              carry += cut * h;
              pw = capped;
            }
          }
          if (carry > PlanInput.EPS) {
            int q = posOf[k];
            double room = Math.min(x.rate(i, soc) - pw, Math.min(siteLeft[q], cl[q]));
            double extra = Math.min(room, carry / h);
            if (pw + extra < min - PlanInput.EPS) {
              extra = 0;
            }
            if (extra > PlanInput.EPS) {
              pw += extra;
              row[k] = pw;
              siteLeft[q] -= extra;
              cl[q] -= extra;
              evSum[k] += extra;
              carry = Math.max(0, carry - extra * h);
            }
          }
          if (pw > 0) {
            double next = x.advance(i, soc, pw, h * 3600.0);
            double delivered = (next - soc) * x.cap[i] / x.eff[i];
            carry += Math.max(0, pw * h - delivered);
            soc = next;
          }
        }
        endSoc[i] = soc;
        missing += missingKwh(i);
        if (missing > stopAbove) {
          return missing;
        }
      }
      return missing;
    }

    private void release(double[] row, double[] cl, int from) {
      for (int k = from; k < s; k++) {
        double pw = row[k];
        if (pw > 0) {
          int q = posOf[k];
          siteLeft[q] += pw;
          cl[q] += pw;
          evSum[k] -= pw;
          row[k] = 0;
        }
      }
    }
  }
}
