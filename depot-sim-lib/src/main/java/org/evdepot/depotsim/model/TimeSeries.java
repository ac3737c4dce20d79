package org.evdepot.depotsim.model;

import java.util.Arrays;

/**
 * A step function of time: a value that holds from each step's offset until the next step,
 * optionally repeating with a period (for a daily time-of-use price or a daily grid cap).
 *
 * <p>Before the first step of a non-repeating series the first value applies; a repeating series
 * wraps, so before its first step the last step's value applies. Times are seconds since the
 * scenario start.
 */
public final class TimeSeries {
  private final long period;
  private final long[] offsets;
  private final double[] values;

  private TimeSeries(long period, long[] offsets, double[] values) {
    this.period = period;
    this.offsets = offsets;
    this.values = values;
  }

  /**
   * A series with one value at every time.
   *
   * @param value the value
   * @return the constant series
   */
  public static TimeSeries constant(double value) {
    requireFinite("value", value);
    return new TimeSeries(0, new long[] {0}, new double[] {value});
  }

  /**
   * A step series.
   *
   * @param periodSeconds repeat period in seconds, or 0 for a series that does not repeat
   * @param offsetsSeconds strictly increasing step start offsets (within the period if repeating)
   * @param values the value of each step
   * @return the series
   * @throws IllegalArgumentException naming the field when the steps are malformed
   */
  public static TimeSeries steps(long periodSeconds, long[] offsetsSeconds, double[] values) {
    if (periodSeconds < 0) {
      throw new IllegalArgumentException("periodSeconds must not be negative: " + periodSeconds);
    }
    if (offsetsSeconds.length == 0 || offsetsSeconds.length != values.length) {
      throw new IllegalArgumentException(
          "steps need as many offsets as values and at least one: offsets="
              + offsetsSeconds.length
              + ", values="
              + values.length);
    }
    for (int i = 0; i < offsetsSeconds.length; i++) {
      requireFinite("values[" + i + "]", values[i]);
      if (i > 0 && offsetsSeconds[i] <= offsetsSeconds[i - 1]) {
        throw new IllegalArgumentException(
            "step offsets must increase strictly: offsets[" + i + "]=" + offsetsSeconds[i]);
      }
      if (periodSeconds > 0 && (offsetsSeconds[i] < 0 || offsetsSeconds[i] >= periodSeconds)) {
        throw new IllegalArgumentException(
            "step offset outside the period " + periodSeconds + ": " + offsetsSeconds[i]);
      }
    }
    return new TimeSeries(periodSeconds, offsetsSeconds.clone(), values.clone());
  }

  /** The smallest value of any step (every value the series can take is at least this). */
  double smallestValue() {
    double m = Double.POSITIVE_INFINITY;
    for (double v : values) {
      m = Math.min(m, v);
    }
    return m;
  }

  private static void requireFinite(String field, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(field + " must be finite: " + v);
    }
  }

  /**
   * Whether the series has a single value.
   *
   * @return true for a constant series
   */
  public boolean isConstant() {
    return values.length == 1;
  }

  /**
   * The value at a time.
   *
   * @param t seconds since the scenario start
   * @return the value of the step holding at {@code t}
   */
  public double valueAt(long t) {
    if (values.length == 1) {
      return values[0];
    }
    long x = t;
    if (period > 0) {
      x = Math.floorMod(t, period);
    }
    int i = Arrays.binarySearch(offsets, x);
    if (i < 0) {
      i = -i - 2;
    }
    if (i < 0) {
      return period > 0 ? values[values.length - 1] : values[0];
    }
    return values[i];
  }

  /**
   * The first time strictly after {@code t} at which the value may change.
   *
   * @param t seconds since the scenario start
   * @return the next step start, or {@link Long#MAX_VALUE} if there is none
   */
  public long nextChangeAfter(long t) {
    if (values.length == 1) {
      return Long.MAX_VALUE;
    }
    if (period == 0) {
      int i = Arrays.binarySearch(offsets, t);
      i = i >= 0 ? i + 1 : -i - 1;
      return i < offsets.length ? offsets[i] : Long.MAX_VALUE;
    }
    long base = Math.floorDiv(t, period) * period;
    long x = t - base;
    int i = Arrays.binarySearch(offsets, x);
    i = i >= 0 ? i + 1 : -i - 1;
    return i < offsets.length ? base + offsets[i] : base + period + offsets[0];
  }

  /**
   * The smallest value over {@code [from, to)}.
   *
   * @param from start, inclusive
   * @param to end, exclusive (must be after {@code from})
   * @return the minimum
   */
  public double min(long from, long to) {
    double m = valueAt(from);
    for (long t = nextChangeAfter(from); t < to; t = nextChangeAfter(t)) {
      m = Math.min(m, valueAt(t));
    }
    return m;
  }

  /**
   * The largest value over {@code [from, to)}.
   *
   * @param from start, inclusive
   * @param to end, exclusive (must be after {@code from})
   * @return the maximum
   */
  public double max(long from, long to) {
    double m = valueAt(from);
    for (long t = nextChangeAfter(from); t < to; t = nextChangeAfter(t)) {
      m = Math.max(m, valueAt(t));
    }
    return m;
  }

  @Override
  public String toString() {
    return "TimeSeries[period="
        + period
        + ", offsets="
        + Arrays.toString(offsets)
        + ", values="
        + Arrays.toString(values)
        + "]";
  }
}
