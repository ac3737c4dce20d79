package org.evdepot.telematics.internal;

import java.time.Duration;
import java.time.Instant;

/** A token bucket on caller-supplied time (virtual or real); not thread-safe. */
public final class TokenBucket {
  private final double ratePerSecond;
  private final double capacity;
  private double tokens;
  private Instant last;

  /**
   * @param ratePerSecond refill rate
   * @param capacity maximum burst
   * @param now the start time (the bucket starts full)
   */
  public TokenBucket(double ratePerSecond, double capacity, Instant now) {
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("ratePerSecond must be > 0 but was " + ratePerSecond);
    }
    if (!(capacity >= 1)) {
      throw new IllegalArgumentException("capacity must be >= 1 but was " + capacity);
    }
    this.ratePerSecond = ratePerSecond;
    this.capacity = capacity;
    this.tokens = capacity;
    this.last = now;
  }

  /** Takes one token if available at {@code now}. */
  public boolean tryAcquire(Instant now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  /** When the next token will be available (now if one is). */
  public Instant nextAvailable(Instant now) {
    refill(now);
    if (tokens >= 1) {
      return now;
    }
    long nanos = (long) Math.ceil((1 - tokens) / ratePerSecond * 1e9);
    return now.plus(Duration.ofNanos(nanos));
  }

  private void refill(Instant now) {
    if (now.isAfter(last)) {
      double elapsed = Duration.between(last, now).toNanos() / 1e9;
      tokens = Math.min(capacity, tokens + elapsed * ratePerSecond);
      last = now;
    }
  }
}
