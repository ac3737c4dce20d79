package org.evdepot.incidents.internal;

import java.time.Instant;
import org.evdepot.incidents.Event;

/** What evaluators call back into: the engine's incident handling and timer queue. */
public interface EvalContext {

  /**
   * A rule fired (or matched again) for a dedup key.
   *
   * @param event the event that caused it (for timer-driven firings, the last event seen)
   * @param at event time of the firing
   * @param value the measured value for templates, or {@code null}
   * @param threshold the limit for templates, or {@code null}
   * @param count the count for templates, or {@code null}
   */
  void fire(
      RuleEvaluator evaluator,
      String key,
      Event event,
      Instant at,
      String value,
      String threshold,
      String count);

  /** The rule's condition cleared for a dedup key: resolve its active incident, if any. */
  void resolve(RuleEvaluator evaluator, String key, Instant at, String reason);

  /** Calls {@link RuleEvaluator#onTimer} for the key once the watermark passes {@code at}. */
  void schedule(RuleEvaluator evaluator, String key, Instant at);
}
