package org.evdepot.ocpp.internal.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.rpc.FrameEvent;
import org.evdepot.ocpp.testkit.MockTimeoutException;
import org.evdepot.ocpp.testkit.RecordedCall;
import org.evdepot.ocpp.testkit.RuleViolation;

/**
 * Everything a mock saw, in arrival order, with blocking takes bounded by a deadline. Frames and
 * calls are consumed by takes (each is returned once); violations are not.
 */
public final class Recorder {
  private final List<FrameEvent> frames = new ArrayList<>();
  private final List<Boolean> framesTaken = new ArrayList<>();
  private final List<RecordedCall<?>> calls = new ArrayList<>();
  private final List<Boolean> callsTaken = new ArrayList<>();
  private final List<RuleViolation> violations = new ArrayList<>();

  /** Records a frame. */
  public synchronized void frame(FrameEvent e) {
    frames.add(e);
    framesTaken.add(false);
    notifyAll();
  }

  /** Records a decoded CALL. */
  public synchronized void call(RecordedCall<?> c) {
    calls.add(c);
    callsTaken.add(false);
    notifyAll();
  }

  /** Records a violation. */
  public synchronized void violation(RuleViolation v) {
    violations.add(v);
    notifyAll();
  }

  /** Every frame so far. */
  public synchronized List<FrameEvent> frames() {
    return List.copyOf(frames);
  }

  /** Every decoded CALL so far. */
  public synchronized List<RecordedCall<?>> calls() {
    return List.copyOf(calls);
  }

  /** Every violation so far. */
  public synchronized List<RuleViolation> violations() {
    return List.copyOf(violations);
  }

  /** The oldest frame not taken yet that matches, waiting up to {@code timeout}. */
  public synchronized FrameEvent takeFrame(Predicate<FrameEvent> match, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (int i = 0; i < frames.size(); i++) {
        if (!framesTaken.get(i) && match.test(frames.get(i))) {
          framesTaken.set(i, true);
          return frames.get(i);
        }
      }
      waitUntil(deadline, "no matching frame within " + timeout);
    }
  }

  /** The oldest CALL of {@code action} (any action when null) not taken yet. */
  @SuppressWarnings("unchecked")
  public synchronized <C extends RecordedCall<?>> C takeCall(
      ActionType<?, ?> action, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (int i = 0; i < calls.size(); i++) {
        if (!callsTaken.get(i) && (action == null || calls.get(i).action().equals(action))) {
          callsTaken.set(i, true);
          return (C) calls.get(i);
        }
      }
      waitUntil(
          deadline,
          "no " + (action == null ? "CALL" : action.name() + " CALL") + " within " + timeout);
    }
  }

  /** The first violation matching, waiting up to {@code timeout}. */
  public synchronized RuleViolation awaitViolation(
      Predicate<RuleViolation> match, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (RuleViolation v : violations) {
        if (match.test(v)) {
          return v;
        }
      }
      waitUntil(deadline, "no matching violation within " + timeout + "; have " + violations);
    }
  }

  /** Waits for a change until {@code deadline} (nanoTime); throws when it has passed. */
  private void waitUntil(long deadline, String message) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new MockTimeoutException(message);
    }
    try {
      wait(Math.max(1, left / 1_000_000), 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MockTimeoutException("interrupted while waiting: " + message);
    }
  }
}
