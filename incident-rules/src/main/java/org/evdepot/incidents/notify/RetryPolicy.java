package org.evdepot.incidents.notify;

import java.time.Duration;

/**
 * How often and how patiently a failed delivery is retried: attempt {@code n} (from 2) waits {@code
 * initialBackoff * multiplier^(n-2)}, at most {@code maxBackoff}.
 *
 * @param maxAttempts attempts in total, at least 1
 * @param initialBackoff wait before the second attempt, positive
 * @param multiplier growth of the wait, at least 1
 * @param maxBackoff upper bound of the wait, at least {@code initialBackoff}
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {

  /** Validates the fields. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
    }
    if (initialBackoff == null || initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new IllegalArgumentException(
          "initialBackoff must be positive but was " + initialBackoff);
    }
    if (!(multiplier >= 1.0)) {
      throw new IllegalArgumentException("multiplier must be at least 1 but was " + multiplier);
    }
    if (maxBackoff == null || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff must be at least initialBackoff but was " + maxBackoff);
    }
  }

  /** 5 attempts, 1 s, doubling, at most 1 min. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1));
  }

  /** The wait before attempt {@code attempt} (2 for the first retry). */
  public Duration backoffBefore(int attempt) {
    double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 2));
    long capped = (long) Math.min(millis, maxBackoff.toMillis());
    return Duration.ofMillis(capped);
  }
}
