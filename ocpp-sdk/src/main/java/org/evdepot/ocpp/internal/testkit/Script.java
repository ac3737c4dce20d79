package org.evdepot.ocpp.internal.testkit;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.evdepot.ocpp.ActionType;

/**
 * The scripted answers of a mock: per action a queue of one-shot responders (used first, in order)
 * and an optional standing responder that replaces the default.
 */
public final class Script {
  private final Map<ActionType<?, ?>, ArrayDeque<Responder>> queued = new HashMap<>();
  private final Map<ActionType<?, ?>, Responder> standing = new HashMap<>();

  /** Adds a one-shot responder for the next CALL of {@code action}. */
  public synchronized void enqueue(ActionType<?, ?> action, Responder responder) {
    queued.computeIfAbsent(action, a -> new ArrayDeque<>()).add(responder);
  }

  /** Sets the responder for every later CALL of {@code action} without a queued one. */
  public synchronized void always(ActionType<?, ?> action, Responder responder) {
    standing.put(action, responder);
  }

  /** Forgets every scripted answer. */
  public synchronized void clear() {
    queued.clear();
    standing.clear();
  }

  /** The responder for the next CALL of {@code action}, or null for the default. */
  public synchronized Responder next(ActionType<?, ?> action) {
    ArrayDeque<Responder> q = queued.get(action);
    if (q != null && !q.isEmpty()) {
      return q.poll();
    }
    return standing.get(action);
  }
}
