package org.evdepot.ocpi.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Retries of requests that failed with an HTTP 5xx or an I/O error: {@code maxAttempts} in total,
 * waiting {@code initialBackoff}, then multiplied by {@code multiplier} each time, capped at {@code
 * maxBackoff}. 4xx answers are never retried.
 *
 * @param maxAttempts total attempts, at least 1
 * @param initialBackoff wait before the second attempt
 * @param multiplier growth factor, at least 1
 * @param maxBackoff cap on a single wait
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {
  /** Validates the fields. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("retry.maxAttempts must be at least 1: " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "retry.initialBackoff is required");
    Objects.requireNonNull(maxBackoff, "retry.maxBackoff is required");
    if (initialBackoff.isNegative()) {
      throw new IllegalArgumentException(
          "retry.initialBackoff must not be negative: " + initialBackoff);
    }
    if (multiplier < 1.0) {
      throw new IllegalArgumentException("retry.multiplier must be at least 1: " + multiplier);
    }
  }

  /**
   * No retries.
   *
   * @return a policy with one attempt
   */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO);
  }

  /**
   * Three attempts, 200 ms then 400 ms.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(5));
  }

  /**
   * The wait before attempt {@code attempt + 1}.
   *
   * @param attempt the attempt that just failed, starting at 1
   * @return the backoff
   */
  public Duration backoff(int attempt) {
    double millis = initialBackoff.toMillis() * Math.pow(multiplier, attempt - 1);
    return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
  }
}
