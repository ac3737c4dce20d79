package org.evdepot.depotsim.model;

import java.util.Arrays;

/**
 * A vehicle's charging curve: the largest power (kW, into the battery) it accepts at each state of
 * charge, linear between the given points. The usual shape is constant power up to a knee, then a
 * taper towards full.
 *
 * <p>Points must have strictly increasing SoC in 0..1 and non-negative power. The curve is extended
 * flat to SoC 0 and 1 if the first or last point lies inside.
 */
public final class ChargingCurve {
  private final double[] soc;
  private final double[] kw;

  private ChargingCurve(double[] soc, double[] kw) {
    this.soc = soc;
    this.kw = kw;
  }

  /**
   * A flat curve.
   *
   * @param kw the power accepted at every SoC
   * @return the curve
   */
  public static ChargingCurve constant(double kw) {
    return of(new double[] {0, 1}, new double[] {kw, kw});
  }

  /**
   * A piecewise-linear curve.
   *
   * @param soc strictly increasing states of charge in 0..1
   * @param kw the power accepted at each of them, non-negative
   * @return the curve
   * @throws IllegalArgumentException naming the offending point
   */
  public static ChargingCurve of(double[] soc, double[] kw) {
    if (soc.length == 0 || soc.length != kw.length) {
      throw new IllegalArgumentException(
          "curve needs as many soc as kw points and at least one: soc="
              + soc.length
              + ", kw="
              + kw.length);
    }
    for (int i = 0; i < soc.length; i++) {
      if (!(soc[i] >= 0 && soc[i] <= 1)) {
        throw new IllegalArgumentException("curve soc[" + i + "] must be in 0..1: " + soc[i]);
      }
      if (!(kw[i] >= 0) || !Double.isFinite(kw[i])) {
        throw new IllegalArgumentException("curve kw[" + i + "] must be >= 0: " + kw[i]);
      }
      if (i > 0 && soc[i] <= soc[i - 1]) {
        throw new IllegalArgumentException("curve soc must increase strictly: soc[" + i + "]");
      }
    }
    int n = soc.length;
    boolean head = soc[0] > 0;
    boolean tail = soc[n - 1] < 1;
    int m = n + (head ? 1 : 0) + (tail ? 1 : 0);
    double[] s = new double[m];
    double[] p = new double[m];
    int j = 0;
    if (head) {
      s[j] = 0;
      p[j++] = kw[0];
    }
    for (int i = 0; i < n; i++, j++) {
      s[j] = soc[i];
      p[j] = kw[i];
    }
    if (tail) {
      s[j] = 1;
      p[j] = kw[n - 1];
    }
    if (m == 1) {
      return new ChargingCurve(new double[] {0, 1}, new double[] {p[0], p[0]});
    }
    return new ChargingCurve(s, p);
  }

  /**
   * The power accepted at a state of charge.
   *
   * @param s state of charge (clamped to 0..1)
   * @return kW into the battery
   */
  public double maxKw(double s) {
    if (s <= 0) {
      return kw[0];
    }
    if (s >= 1) {
      return kw[kw.length - 1];
    }
    int i = segment(s);
    double d = kw[i + 1] - kw[i];
    if (d == 0 && kw[i] != 0 && s == s) {
      return kw[i]; // a flat segment: the formula below adds exactly 0
    }
    return kw[i] + d * (s - soc[i]) / (soc[i + 1] - soc[i]);
  }

  /**
   * The index of the linear segment holding {@code s}: the largest i with {@code soc(i) <= s}, at
   * most {@code points() - 2}.
   *
   * @param s state of charge in 0..1
   * @return the segment index
   */
  public int segment(double s) {
    int last = soc.length - 2;
    if (last < 8) {
      // Short curves (the usual case): a scan beats a binary search; same index as below.
      if (s != s) {
        return last;
      }
      int i = 0;
      while (i < last && soc[i + 1] <= s) {
        i++;
      }
      return i;
    }
    int i = Arrays.binarySearch(soc, s);
    if (i < 0) {
      i = -i - 2;
    }
    return Math.max(0, Math.min(i, soc.length - 2));
  }

  /**
   * The number of points (at least 2, the first at SoC 0 and the last at 1).
   *
   * @return the number of points
   */
  public int points() {
    return soc.length;
  }

  /**
   * The SoC of a point.
   *
   * @param i point index
   * @return its state of charge
   */
  public double socAt(int i) {
    return soc[i];
  }

  /**
   * The power of a point.
   *
   * @param i point index
   * @return its kW
   */
  public double kwAt(int i) {
    return kw[i];
  }

  /**
   * The largest power of the curve.
   *
   * @return the peak kW
   */
  public double peakKw() {
    double m = 0;
    for (double v : kw) {
      m = Math.max(m, v);
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChargingCurve c && Arrays.equals(soc, c.soc) && Arrays.equals(kw, c.kw);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(soc) + Arrays.hashCode(kw);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("ChargingCurve[");
    for (int i = 0; i < soc.length; i++) {
      b.append(i == 0 ? "" : ", ").append(soc[i]).append("->").append(kw[i]);
    }
    return b.append(']').toString();
  }
}
