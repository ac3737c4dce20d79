package org.evdepot.ocpi.client;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Retries of requests that failed with an HTTP 5xx or an I/O error: {@code maxAttempts} in total,
 * waiting {@code initialBackoff}, then multiplied by {@code multiplier} each time, capped at {@code
 * maxBackoff}. 4xx answers are never retried.
 *
 * <p>Only the methods in {@code retriedMethods} are retried after a 5xx or after an I/O error that
 * may have happened once the request was sent (timeout, reset). By default these are the methods
 * that are idempotent in OCPI: GET, PUT, DELETE and PATCH (an OCPI PATCH sets the fields it carries
 * to absolute values, with {@code last_updated}, so sending it twice leaves the same object). POST
 * is not retried by default: it creates CDRs and sends commands, and a second START_SESSION or a
 * duplicate CDR is worse than an error. Every method is retried when the connection could not be
 * opened at all (nothing was sent).
 *
 * @param maxAttempts total attempts, at least 1
 * @param initialBackoff wait before the second attempt
 * @param multiplier growth factor, at least 1
 * @param maxBackoff cap on a single wait
 * @param retriedMethods upper-case HTTP methods retried after a 5xx or a failure in flight
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    double multiplier,
    Duration maxBackoff,
    Set<String> retriedMethods) {

  /** GET, PUT, DELETE and PATCH. */
  public static final Set<String> IDEMPOTENT = Set.of("GET", "PUT", "DELETE", "PATCH");

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
    Objects.requireNonNull(retriedMethods, "retry.retriedMethods is required");
    retriedMethods =
        retriedMethods.stream()
            .map(m -> m.toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * A policy that retries the idempotent methods ({@link #IDEMPOTENT}).
   *
   * @param maxAttempts total attempts, at least 1
   * @param initialBackoff wait before the second attempt
   * @param multiplier growth factor, at least 1
   * @param maxBackoff cap on a single wait
   */
  public RetryPolicy(
      int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {
    this(maxAttempts, initialBackoff, multiplier, maxBackoff, IDEMPOTENT);
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
   * Three attempts, 200 ms then 400 ms, idempotent methods only.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(5));
  }

  /**
   * A copy that retries other methods, e.g. {@code Set.of("GET", "PUT", "DELETE", "PATCH", "POST")}
   * for a partner whose POST receivers are known to deduplicate.
   *
   * @param methods HTTP methods
   * @return the copy
   */
  public RetryPolicy withRetriedMethods(Set<String> methods) {
    return new RetryPolicy(maxAttempts, initialBackoff, multiplier, maxBackoff, methods);
  }

  /**
   * Whether a method may be sent again after a 5xx or a failure once the request may have left.
   *
   * @param method HTTP method
   * @return true when retried
   */
  public boolean retries(String method) {
    return retriedMethods.contains(method.toUpperCase(Locale.ROOT));
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
