package org.evdepot.ocpp.station.reliability;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task after a delay: the BootNotification retry and the transaction message retry. Inject
 * your own to run retries in virtual time in tests (record the requested delay, run the task when
 * the test says so) instead of sleeping.
 */
@FunctionalInterface
public interface TaskScheduler {
  /**
   * Runs {@code task} once after {@code delay}.
   *
   * @return a handle whose {@link Future#cancel(boolean)} prevents the task from running
   */
  Future<?> schedule(Duration delay, Runnable task);

  /** A scheduler backed by {@code executor}. */
  static TaskScheduler of(ScheduledExecutorService executor) {
    Objects.requireNonNull(executor, "executor");
    return (delay, task) -> executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
  }
}
