package org.evdepot.ocpp.station.reliability;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a transaction-related message is tried before it is dropped, and how long to wait
 * between tries: OCPP 2.0.1 {@code OCPPCommCtrlr.MessageAttempts} / {@code MessageAttemptInterval}
 * (configuration variables {@code MessageAttemptsTransactionEvent} and {@code
 * MessageAttemptIntervalTransactionEvent}), OCPP 1.6 {@code TransactionMessageAttempts} / {@code
 * TransactionMessageRetryInterval}.
 *
 * <p>A try fails when the CSMS answers with a CALLERROR, an invalid CALLRESULT, or not at all
 * within the call timeout. As both specifications prescribe, the wait after the n-th failed try is
 * {@code interval * n}. A connection that drops while a message is outstanding does not count as a
 * failed try: the message is simply sent again after the reconnect.
 *
 * @param attempts how many tries in total, at least 1 (default 3)
 * @param interval the base wait between tries, not negative (default 60 s)
 */
public record RetryPolicy(int attempts, Duration interval) {
  /** Validates the policy. */
  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative()) {
      throw new IllegalArgumentException("interval must not be negative, was " + interval);
    }
  }

  /** Three tries, 60 seconds apart times the try number. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofSeconds(60));
  }

  /** The wait after the {@code failedAttempts}-th failed try: {@code interval * failedAttempts}. */
  public Duration delayAfter(int failedAttempts) {
    return interval.multipliedBy(Math.max(1, failedAttempts));
  }
}
