package org.evdepot.incidents.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evdepot.incidents.Event;

/**
 * The evaluators one event type goes to. Evaluators with a {@link RuleEvaluator#guard() guard} (an
 * attribute that must have one of a few values, e.g. {@code errorCode in [E7, NoError]}) are found
 * by a hash lookup of the event's value instead of being tried one by one; the others are tried in
 * rule order.
 */
public final class TypeIndex {

  private final RuleEvaluator[] unguarded;
  private final String[] attributes;
  private final List<Map<String, RuleEvaluator[]>> byValue;

  /** Indexes the evaluators (in rule order). */
  public TypeIndex(List<RuleEvaluator> evaluators) {
    List<RuleEvaluator> plain = new ArrayList<>();
    Map<String, Map<String, List<RuleEvaluator>>> guarded = new LinkedHashMap<>();
    for (RuleEvaluator e : evaluators) {
      RuleEvaluator.Guard g = e.guard();
      if (g == null) {
        plain.add(e);
        continue;
      }
      Map<String, List<RuleEvaluator>> values =
          guarded.computeIfAbsent(g.attribute(), k -> new HashMap<>());
      for (String v : g.values()) {
        values.computeIfAbsent(v, k -> new ArrayList<>()).add(e);
      }
    }
    this.unguarded = plain.toArray(new RuleEvaluator[0]);
    this.attributes = guarded.keySet().toArray(new String[0]);
    this.byValue = new ArrayList<>();
    for (String a : attributes) {
      Map<String, RuleEvaluator[]> m = new HashMap<>();
      guarded.get(a).forEach((v, list) -> m.put(v, list.toArray(new RuleEvaluator[0])));
      byValue.add(m);
    }
  }

  /** Offers the event to each evaluator that may act on it, in a fixed order. */
  public void evaluate(Event event, EvalContext ctx, ErrorHandler onError) {
    for (RuleEvaluator e : unguarded) {
      offer(e, event, ctx, onError);
    }
    for (int i = 0; i < attributes.length; i++) {
      Object v = event.attribute(attributes[i]);
      if (v == null) {
        continue;
      }
      RuleEvaluator[] hit = byValue.get(i).get(v.toString());
      if (hit != null) {
        for (RuleEvaluator e : hit) {
          offer(e, event, ctx, onError);
        }
      }
    }
  }

  private static void offer(RuleEvaluator e, Event event, EvalContext ctx, ErrorHandler onError) {
    try {
      e.onEvent(event, ctx);
    } catch (RuntimeException ex) {
      onError.failed(e, event, ex);
    }
  }

  /** Told when a rule throws on an event; the other rules still see the event. */
  @FunctionalInterface
  public interface ErrorHandler {
    /** The evaluator failed on the event. */
    void failed(RuleEvaluator evaluator, Event event, RuntimeException error);
  }

  /** Calls {@code visitor} with each evaluator that may act on the event (same order). */
  public void forEach(Event event, java.util.function.Consumer<RuleEvaluator> visitor) {
    for (RuleEvaluator e : unguarded) {
      visitor.accept(e);
    }
    for (int i = 0; i < attributes.length; i++) {
      Object v = event.attribute(attributes[i]);
      if (v == null) {
        continue;
      }
      RuleEvaluator[] hit = byValue.get(i).get(v.toString());
      if (hit != null) {
        for (RuleEvaluator e : hit) {
          visitor.accept(e);
        }
      }
    }
  }
}
