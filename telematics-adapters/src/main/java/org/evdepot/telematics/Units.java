package org.evdepot.telematics;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Exact unit conversions. Each conversion computes the exact decimal product of the value as the
 * provider wrote it (its shortest decimal representation) and the exact factor, then rounds once to
 * the nearest {@code double}; so {@code 250.5 mi} becomes the double nearest to {@code 403.140672
 * km}, not an accumulation of binary rounding errors.
 */
public final class Units {
  /** Kilometres in one international mile (exact by definition). */
  public static final BigDecimal KM_PER_MILE = new BigDecimal("1.609344");

  /** Km/h in one knot (exact by definition: 1852 m per hour). */
  public static final BigDecimal KMH_PER_KNOT = new BigDecimal("1.852");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal KMH_PER_MPS = new BigDecimal("3.6");

  private Units() {}

  /** Miles to kilometres. */
  public static double kmFromMiles(double miles) {
    return multiply(miles, KM_PER_MILE);
  }

  /** Miles per hour to kilometres per hour. */
  public static double kmhFromMph(double mph) {
    return multiply(mph, KM_PER_MILE);
  }

  /** Knots to kilometres per hour. */
  public static double kmhFromKnots(double knots) {
    return multiply(knots, KMH_PER_KNOT);
  }

  /** Metres per second to kilometres per hour. */
  public static double kmhFromMetresPerSecond(double mps) {
    return multiply(mps, KMH_PER_MPS);
  }

  /** A fraction 0..1 to percent 0..100. */
  public static double percentFromFraction(double fraction) {
    return multiply(fraction, HUNDRED);
  }

  /** Milli-percent (100,000 = full) to percent. */
  public static double percentFromMilliPercent(long milliPercent) {
    return BigDecimal.valueOf(milliPercent, 3).doubleValue();
  }

  /** Whole metres to kilometres. */
  public static double kmFromMetres(long metres) {
    return BigDecimal.valueOf(metres, 3).doubleValue();
  }

  /** Metres (possibly fractional) to kilometres. */
  public static double kmFromMetres(double metres) {
    return BigDecimal.valueOf(metres).movePointLeft(3).doubleValue();
  }

  /** Watts to kilowatts. */
  public static double kwFromWatts(double watts) {
    return BigDecimal.valueOf(watts).movePointLeft(3).doubleValue();
  }

  /** Milliwatts to kilowatts. */
  public static double kwFromMilliWatts(long milliWatts) {
    return BigDecimal.valueOf(milliWatts, 6).doubleValue();
  }

  /** Watt-hours to kilowatt-hours. */
  public static double kwhFromWh(double wh) {
    return BigDecimal.valueOf(wh).movePointLeft(3).doubleValue();
  }

  /** Micro-watt-hours to kilowatt-hours. */
  public static double kwhFromMicroWh(long microWh) {
    return BigDecimal.valueOf(microWh, 9).doubleValue();
  }

  /** Kilometres to miles (for display or round-trip tests), rounded to 17 significant digits. */
  public static double milesFromKm(double km) {
    return BigDecimal.valueOf(km).divide(KM_PER_MILE, MathContext.DECIMAL64).doubleValue();
  }

  private static final double[] POW10 = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };
  private static final double TWO_53 = 9007199254740992.0;

  private static double multiply(double value, BigDecimal factor) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value must be finite but was " + value);
    }
    // Fast exact path: find the decimal n / 10^k (k <= 6) with the fewest digits that reads back
    // as this double (what the provider wrote), multiply the integers exactly, and divide by the
    // power of ten once. Both operands of that division are exact doubles, so IEEE division rounds
    // the exact quotient once: the same result as the BigDecimal path, without its allocations.
    long unscaled;
    int factorScale;
    if (factor == KM_PER_MILE) {
      unscaled = 1_609_344L;
      factorScale = 6;
    } else if (factor == KMH_PER_KNOT) {
      unscaled = 1852L;
      factorScale = 3;
    } else if (factor == KMH_PER_MPS) {
      unscaled = 36L;
      factorScale = 1;
    } else {
      unscaled = factor.unscaledValue().longValueExact();
      factorScale = factor.scale();
    }
    for (int k = 0; k <= 6; k++) {
      double scaled = value * POW10[k];
      if (Math.abs(scaled) >= 1e15) {
        break;
      }
      double n = Math.rint(scaled);
      if (n / POW10[k] == value) {
        double product = n * unscaled;
        int scale = k + factorScale;
        if (Math.abs(product) < TWO_53 && scale >= 0 && scale < POW10.length) {
          return product / POW10[scale];
        }
        break;
      }
    }
    return BigDecimal.valueOf(value).multiply(factor).doubleValue();
  }
}
