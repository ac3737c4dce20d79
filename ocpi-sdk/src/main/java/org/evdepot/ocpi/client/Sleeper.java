package org.evdepot.ocpi.client;

import java.time.Duration;

/** Waits between retries; tests inject one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  /** The sleeper that really waits. */
  Sleeper SYSTEM =
      d -> {
        try {
          Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting to retry", e);
        }
      };

  /**
   * Waits.
   *
   * @param duration how long
   */
  void sleep(Duration duration);
}
