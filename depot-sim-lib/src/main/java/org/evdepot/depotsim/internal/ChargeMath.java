package org.evdepot.depotsim.internal;

import org.evdepot.depotsim.model.ChargingCurve;

/**
 * Exact charging under a constant setpoint. The battery takes {@code b(s) = min(p * eff, c(s))}
 * where {@code p} is the grid setpoint (capped by {@code maxGridKw}) and {@code c} the piecewise
 * linear curve. On a segment where the curve binds, {@code ds/dt = (a + k s) / C} is solved in
 * closed form ({@code s(t) = s0 + c(s0)/k * (exp(k t / C) - 1)}); where the setpoint binds, SoC
 * grows linearly. An EVSE whose power would fall below the charger minimum switches off for the
 * rest of the interval. No time stepping: the cost is a handful of steps per curve knot crossed.
 */
public final class ChargeMath {
  private static final double TOL = 1e-9;

  private ChargeMath() {}

  /**
   * Grid power drawn at a state of charge.
   *
   * @param soc state of charge
   * @param setpointKw grid setpoint
   * @param maxGridKw further grid power cap (on-board AC charger), or infinity
   * @param minKw charger minimum (grid side)
   * @param eff charger efficiency
   * @param curve vehicle curve (battery side)
   * @return grid kW, 0 when off
   */
  public static double gridPower(
      double soc,
      double setpointKw,
      double maxGridKw,
      double minKw,
      double eff,
      ChargingCurve curve) {
    if (soc >= 1 || setpointKw <= 0) {
      return 0;
    }
    double p = Math.min(setpointKw, maxGridKw) * eff;
    double minB = minKw * eff;
    if (p < minB - TOL) {
      return 0;
    }
    double b = Math.min(p, curve.maxKw(soc));
    if (b <= 1e-12 || (minB > 0 && b < minB - TOL)) {
      return 0;
    }
    return b / eff;
  }

  /**
   * {@link #advance} for a state of charge known to lie in a flat segment {@code [segStart,
   * segEnd)} of the curve, whose battery-side power is {@code segKw}: when the setpoint binds for
   * the whole duration without leaving the segment, the result is computed here with the very
   * expressions {@code advance} uses in that case (so it is the same to the bit) and without
   * looking up the segment; in every other case {@code advance} is called. Small enough to be
   * inlined into a planner's slot loop.
   *
   * @param segStart start of the flat segment holding {@code soc} (or any SoC of it at or below)
   * @param segEnd end of that segment (exclusive); a value at or below {@code soc} means "unknown"
   * @param segKw the segment's battery-side power
   * @return the same value as {@code advance(soc, setpointKw, ...)}
   */
  static double advanceInFlat(
      double soc,
      double setpointKw,
      double maxGridKw,
      double minKw,
      double eff,
      ChargingCurve curve,
      double capacityKwh,
      double seconds,
      double segStart,
      double segEnd,
      double segKw) {
    if (seconds > 0 && setpointKw > 0 && soc < 1 && soc >= segStart && soc < segEnd) {
      double p = Math.min(setpointKw, maxGridKw) * eff;
      if (p > 1e-12 && !(p < minKw * eff - TOL) && p <= segKw + TOL) {
        // advance's first step on a flat segment (slope +0.0) where the setpoint binds
        double rem = seconds / 3600.0;
        double rate = p / capacityKwh;
        if ((segEnd - soc) / rate >= rem) {
          return Math.min(1, soc + rate * rem);
        }
      }
    }
    return advance(soc, setpointKw, maxGridKw, minKw, eff, curve, capacityKwh, seconds);
  }

  /**
   * The state of charge after charging for a while at a constant setpoint.
   *
   * @param soc start state of charge, 0..1
   * @param setpointKw grid setpoint
   * @param maxGridKw further grid power cap, or infinity
   * @param minKw charger minimum (grid side)
   * @param eff charger efficiency
   * @param curve vehicle curve
   * @param capacityKwh battery capacity
   * @param seconds duration
   * @return the end state of charge, never above 1
   */
  public static double advance(
      double soc,
      double setpointKw,
      double maxGridKw,
      double minKw,
      double eff,
      ChargingCurve curve,
      double capacityKwh,
      double seconds) {
    if (seconds <= 0 || setpointKw <= 0 || soc >= 1) {
      return soc;
    }
    double p = Math.min(setpointKw, maxGridKw) * eff;
    double minB = minKw * eff;
    if (p <= 1e-12 || p < minB - TOL) {
      return soc;
    }
    double s = soc;
    double rem = seconds / 3600.0;
    int guard = 4 * curve.points() + 8;
    while (rem > 0 && s < 1 && guard-- > 0) {
      int i = curve.segment(s);
      double s0 = curve.socAt(i);
      double s1 = curve.socAt(i + 1);
      double k0 = curve.kwAt(i);
      double k1 = curve.kwAt(i + 1);
      // A flat segment's slope is exactly +0.0 (0 / (s1 - s0) with s1 > s0), without the division.
      double slope = k1 == k0 ? 0.0 : (k1 - k0) / (s1 - s0);
      double c = k0 + slope * (s - s0);
      boolean setpointBinds = slope < 0 ? p < c - TOL : p <= c + TOL;
      if (!setpointBinds
          && (c <= 1e-12 || (minB > 0 && (c < minB - TOL || (slope < 0 && c <= minB + TOL))))) {
        return s;
      }
      if (setpointBinds) {
        double target = s1;
        if (slope < 0) {
          double sx = s0 + (p - k0) / slope;
          if (sx > s && sx < target) {
            target = sx;
          }
        }
        double rate = p / capacityKwh;
        double t = (target - s) / rate;
        if (t >= rem) {
          return Math.min(1, s + rate * rem);
        }
        s = target;
        rem -= t;
        continue;
      }
      double target = s1;
      boolean off = false;
      if (slope < 0 && minB > 0) {
        double so = s0 + (minB - k0) / slope;
        if (so > s && so < target) {
          target = so;
          off = true;
        }
      }
      if (slope > 0) {
        double su = s0 + (p - k0) / slope;
        if (su > s && su < target) {
          target = su;
        }
      }
      if (slope == 0) {
        double rate = c / capacityKwh;
        double t = (target - s) / rate;
        if (t >= rem) {
          return Math.min(1, s + rate * rem);
        }
        s = target;
        rem -= t;
        continue;
      }
      double arg = 1 + slope * (target - s) / c;
      double t = arg <= 0 ? Double.POSITIVE_INFINITY : capacityKwh / slope * Math.log(arg);
      if (!(t < rem)) {
        double ns = s + (c / slope) * Math.expm1(slope * rem / capacityKwh);
        return Math.min(Math.min(1, ns), target);
      }
      s = target;
      rem -= t;
      if (off) {
        return s;
      }
    }
    return Math.min(1, s);
  }
}
