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
    if (kind == Kind.EDF || kind == Kind.LLF) {
      return x.order(
          (a, b) -> {
            int c = Integer.compare(x.prio[b], x.prio[a]);
            if (c == 0) {
              c = Long.compare(x.dep[a], x.dep[b]);
            }
            return c != 0 ? c : Integer.compare(a, b);
          });
    }
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
    if (kind == Kind.LLF) {
      long t0 = x.st.slotStart(slot);
      double[] laxity = new double[x.n];
      for (int j = 0; j < m; j++) {
        int v = cand[j];
        double rate = x.rate(v, soc[v]);
        double needKwh = Math.max(0, x.target[v] - soc[v]) * x.cap[v] / x.eff[v];
        laxity[v] = (x.dep[v] - t0) - needKwh / rate * 3600.0;
      }
      PlanInput.sort(
          cand,
          m,
          (a, b) -> {
            int c = Integer.compare(x.prio[b], x.prio[a]);
            if (c == 0) {
              c = Double.compare(laxity[a], laxity[b]);
            }
            return c != 0 ? c : Integer.compare(a, b);
          });
    }
    double left = head;
    for (int j = 0; j < m; j++) {
      int v = cand[j];
      int c = x.charger[v];
      double p = Math.min(capKw[v], Math.min(left, chargerLeft[c]));
      if (p <= PlanInput.EPS || p < x.minKw[v] - PlanInput.EPS) {
        continue;
      }
      alloc[v] = p;
      left -= p;
      chargerLeft[c] -= p;
    }
  }
}
