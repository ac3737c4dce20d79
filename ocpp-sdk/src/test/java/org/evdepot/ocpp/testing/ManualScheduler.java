package org.evdepot.ocpp.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.evdepot.ocpp.station.reliability.TaskScheduler;
import org.evdepot.ocpp.testkit.MockTimeoutException;

/**
 * A {@link TaskScheduler} in virtual time: it records each requested delay and runs the task only
 * when the test says so, after advancing a {@link MutableClock} by that delay.
 */
public final class ManualScheduler implements TaskScheduler {
  private final MutableClock clock;
  private final List<Scheduled> tasks = new ArrayList<>();

  /** A scheduler advancing {@code clock}. */
  public ManualScheduler(MutableClock clock) {
    this.clock = clock;
  }

  private static final class Scheduled {
    final Duration delay;
    final Runnable task;
    final CompletableFuture<Void> handle = new CompletableFuture<>();

    Scheduled(Duration delay, Runnable task) {
      this.delay = delay;
      this.task = task;
    }
  }

  @Override
  public synchronized Future<?> schedule(Duration delay, Runnable task) {
    Scheduled s = new Scheduled(delay, task);
    tasks.add(s);
    notifyAll();
    return s.handle;
  }

  /**
   * Waits up to {@code timeout} for a task to be scheduled, advances the clock by its delay, runs
   * it, and returns the delay.
   */
  public Duration runNext(Duration timeout) {
    Scheduled next;
    synchronized (this) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        tasks.removeIf(t -> t.handle.isCancelled());
        if (!tasks.isEmpty()) {
          next = tasks.remove(0);
          break;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new MockTimeoutException("nothing scheduled within " + timeout);
        }
        try {
          wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new MockTimeoutException("interrupted");
        }
      }
    }
    clock.advance(next.delay);
    next.task.run();
    return next.delay;
  }
}
