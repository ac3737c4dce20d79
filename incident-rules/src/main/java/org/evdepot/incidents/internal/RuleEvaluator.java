package org.evdepot.incidents.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evdepot.incidents.Event;
import org.evdepot.incidents.Source;
import org.evdepot.incidents.rules.AttributeMatcher;
import org.evdepot.incidents.rules.Condition;
import org.evdepot.incidents.rules.Rule;

/**
 * Evaluates one rule over events in event-time order, keeping state per dedup key. Subclasses
 * implement the rule kinds. Not thread-safe: the engine calls it under its lock.
 */
public abstract class RuleEvaluator {

  /** The rule evaluated. */
  protected final Rule rule;

  private final TemplateVars vars = new TemplateVars();
  private final boolean defaultKey;
  private boolean retired;

  /** An evaluator for the rule. */
  protected RuleEvaluator(Rule rule) {
    this.rule = rule;
    this.defaultKey = rule.dedupKey().text().equals(Rule.DEFAULT_DEDUP_KEY);
  }

  /** An evaluator of the right kind for the rule. */
  public static RuleEvaluator of(Rule rule) {
    switch (rule.kind()) {
      case MATCH:
        return new MatchEvaluator(rule);
      case STATE:
        return new StateEvaluator(rule);
      case ABSENCE:
        return new AbsenceEvaluator(rule);
      case COUNT:
        return new CountEvaluator(rule);
      case THRESHOLD:
        return new ThresholdEvaluator(rule);
      case DECREASE:
        return new DecreaseEvaluator(rule);
      case PROGRESS:
        return new ProgressEvaluator(rule);
      default:
        throw new IllegalStateException("unhandled kind " + rule.kind());
    }
  }

  /** The rule. */
  public Rule rule() {
    return rule;
  }

  /** Marks the evaluator replaced; its pending timers are then ignored. */
  public void retire() {
    retired = true;
  }

  /** Whether the evaluator was replaced. */
  public boolean isRetired() {
    return retired;
  }

  /**
   * The event types this evaluator needs to see, or {@code null} when it needs every event type.
   */
  public Set<String> types() {
    Set<String> all = new java.util.HashSet<>();
    for (Condition c :
        new Condition[] {rule.when(), rule.clearWhen(), rule.samples(), rule.resolveWhen()}) {
      if (c == null) {
        continue;
      }
      if (c.types().isEmpty()) {
        return null;
      }
      all.addAll(c.types());
    }
    return all;
  }

  /**
   * An attribute the event must carry with one of {@code values} (by string form) for this
   * evaluator to do anything with it; {@code null} when there is no such attribute.
   */
  public record Guard(String attribute, java.util.Set<String> values) {}

  /**
   * The guard of this evaluator: an attribute tested for equality (eq or in, with string or boolean
   * operands) by every condition the evaluator looks at, choosing the one with the fewest values.
   * Sound by construction: an event without one of the values fails every condition.
   */
  public Guard guard() {
    List<Condition> conditions = new java.util.ArrayList<>();
    conditions.add(rule.when());
    switch (rule.kind()) {
      case MATCH:
      case COUNT:
      case DECREASE:
        if (rule.resolveWhen() != null) {
          conditions.add(rule.resolveWhen());
        }
        break;
      case STATE:
        if (rule.clearWhen() == null) {
          return null; // any event of a when-type may clear the state
        }
        conditions.add(rule.clearWhen());
        break;
      case PROGRESS:
        return null; // samples and the state's events are tested on different attributes
      default:
        break;
    }
    Guard best = null;
    for (AttributeMatcher candidate : rule.when().where()) {
      java.util.Set<String> values = new java.util.HashSet<>();
      boolean everywhere = true;
      for (Condition c : conditions) {
        java.util.Set<String> v = equalityValues(c, candidate.attribute());
        if (v == null) {
          everywhere = false;
          break;
        }
        values.addAll(v);
      }
      if (everywhere && (best == null || values.size() < best.values().size())) {
        best = new Guard(candidate.attribute(), java.util.Set.copyOf(values));
      }
    }
    return best;
  }

  private static java.util.Set<String> equalityValues(Condition c, String attribute) {
    for (AttributeMatcher m : c.where()) {
      if (!m.attribute().equals(attribute)
          || (m.op() != AttributeMatcher.Op.EQ && m.op() != AttributeMatcher.Op.IN)) {
        continue;
      }
      java.util.Set<String> out = new java.util.HashSet<>();
      for (Object v : m.values()) {
        if (!(v instanceof String || v instanceof Boolean)) {
          return null;
        }
        out.add(v.toString());
      }
      return out;
    }
    return null;
  }

  /** Handles one event (already in event-time order). */
  public final void onEvent(Event event, EvalContext ctx) {
    Source subject = rule.scope() == null ? event.source() : event.source().nearest(rule.scope());
    if (subject == null) {
      return;
    }
    handle(event, subject, ctx);
  }

  /**
   * The key rule state is kept under. With the default dedup key template this is the subject's
   * path (no rendering on the hot path); otherwise the rendered dedup key.
   */
  protected final String key(Event event, Source subject) {
    if (defaultKey) {
      return subject.toString();
    }
    return rule.dedupKey().render(vars.set(rule, event, subject, null, null, null, null));
  }

  /** The incident dedup key for a state key returned by {@link #key}. */
  public final String dedupKey(String stateKey) {
    return defaultKey ? rule.id() + "/" + stateKey : stateKey;
  }

  /** Kind-specific handling. */
  protected abstract void handle(Event event, Source subject, EvalContext ctx);

  /** A timer scheduled for the key is due at {@code at}. */
  public abstract void onTimer(String key, Instant at, EvalContext ctx);

  /** How many dedup keys this evaluator tracks state for. */
  public abstract int trackedKeys();

  /**
   * The state key of an incident this rule opened, or {@code null} when its dedup key cannot come
   * from this rule.
   */
  public final String stateKeyOf(String incidentDedupKey) {
    if (!defaultKey) {
      return incidentDedupKey;
    }
    String prefix = rule.id() + "/";
    return incidentDedupKey.startsWith(prefix) ? incidentDedupKey.substring(prefix.length()) : null;
  }

  /**
   * Takes over an active incident of this rule that a previous engine opened (after a restart, or
   * when the rule's definition changed): the key is treated as firing, so the rule's resolving
   * conditions apply to it again. Called before any event of the key.
   *
   * @param key the state key ({@link #stateKeyOf})
   * @param firstSeen when the incident opened
   * @param lastSeen its last occurrence
   */
  public abstract void adopt(String key, Instant firstSeen, Instant lastSeen, EvalContext ctx);

  /** Renders a rule template for a firing. */
  public String render(
      org.evdepot.incidents.rules.Template t,
      Event event,
      Instant at,
      String value,
      String threshold,
      String count) {
    Source subject = subject(event);
    return t.render(vars.set(rule, event, subject, at, value, threshold, count));
  }

  /** The subject of an event for this rule (never null for events the rule handled). */
  public Source subject(Event event) {
    Source s = rule.scope() == null ? null : event.source().nearest(rule.scope());
    return s == null ? event.source() : s;
  }

  /** Formats a number for templates: integers without decimals, else up to 3 decimals. */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v)
        .setScale(3, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Numeric attribute value, or NaN. */
  static double numeric(Event e, String attribute) {
    Object v = e.attribute(attribute);
    return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
  }

  // ---------------------------------------------------------------------------------------------

  /** Shared resolution (resolving event, quiet period) for match and decrease rules. */
  abstract static class OccurrenceEvaluator extends RuleEvaluator {
    /**
     * Keys with a firing incident: slot[0] last occurrence, slot[1] pending quiet-period timer
     * (only with resolveAfter). Resolving events for other keys cost one hash lookup.
     */
    final Map<String, Instant[]> firing = new HashMap<>();

    OccurrenceEvaluator(Rule rule) {
      super(rule);
    }

    boolean handleResolve(Event event, Source subject, EvalContext ctx) {
      if (rule.resolveWhen() == null || firing.isEmpty() || !rule.resolveWhen().test(event)) {
        return false;
      }
      String key = key(event, subject);
      if (firing.remove(key) != null) {
        ctx.resolve(this, key, event.time(), "resolving event " + event.type());
        return true;
      }
      return false;
    }

    void occurred(String key, Event event, EvalContext ctx, String value, String threshold) {
      ctx.fire(this, key, event, event.time(), value, threshold, null);
      Instant[] slot = firing.get(key);
      if (slot == null) {
        slot = new Instant[2];
        firing.put(key, slot);
      }
      slot[0] = event.time();
      if (rule.resolveAfter() != null && slot[1] == null) {
        slot[1] = event.time().plus(rule.resolveAfter());
        ctx.schedule(this, key, slot[1]);
      }
    }

    @Override
    public void adopt(String key, Instant firstSeen, Instant lastSeen, EvalContext ctx) {
      Instant[] slot = new Instant[] {lastSeen, null};
      firing.put(key, slot);
      if (rule.resolveAfter() != null) {
        slot[1] = lastSeen.plus(rule.resolveAfter());
        ctx.schedule(this, key, slot[1]);
      }
    }

    @Override
    public void onTimer(String key, Instant at, EvalContext ctx) {
      Instant[] slot = firing.get(key);
      if (slot == null || slot[1] == null || !slot[1].equals(at)) {
        return;
      }
      Instant due = slot[0].plus(rule.resolveAfter());
      if (!due.isAfter(at)) {
        firing.remove(key);
        ctx.resolve(this, key, due, "no occurrence for " + rule.resolveAfter());
      } else {
        slot[1] = due;
        ctx.schedule(this, key, due);
      }
    }

    @Override
    public int trackedKeys() {
      return firing.size();
    }
  }

  /** {@code match} rules. */
  static final class MatchEvaluator extends OccurrenceEvaluator {
    MatchEvaluator(Rule rule) {
      super(rule);
    }

    @Override
    protected void handle(Event event, Source subject, EvalContext ctx) {
      if (rule.when().test(event)) {
        occurred(key(event, subject), event, ctx, null, null);
      } else {
        handleResolve(event, subject, ctx);
      }
    }
  }

  /** {@code decrease} rules. */
  static final class DecreaseEvaluator extends OccurrenceEvaluator {
    private final Map<String, double[]> last = new HashMap<>();

    DecreaseEvaluator(Rule rule) {
      super(rule);
    }

    @Override
    protected void handle(Event event, Source subject, EvalContext ctx) {
      if (!rule.when().test(event)) {
        handleResolve(event, subject, ctx);
        return;
      }
      double v = numeric(event, rule.metric());
      if (Double.isNaN(v)) {
        return;
      }
      String key = key(event, subject);
      double[] prev = last.get(key);
      if (prev == null) {
        last.put(key, new double[] {v});
        return;
      }
      if (v < prev[0]) {
        occurred(key, event, ctx, number(v), number(prev[0]));
      }
      prev[0] = v;
    }

    @Override
    public int trackedKeys() {
      return last.size();
    }
  }

  /** Per-key state of condition-held-for-duration rules. */
  static final class HeldState {
    Instant enteredAt;
    Event enteringEvent;
    Event lastEvent;
    String value;
    String threshold;
    boolean fired;
    Instant timerAt;
  }

  /** Shared logic of {@code state} and {@code threshold} rules. */
  abstract static class HeldEvaluator extends RuleEvaluator {
    final Map<String, HeldState> states = new HashMap<>();

    HeldEvaluator(Rule rule) {
      super(rule);
    }

    void enter(String key, Event event, EvalContext ctx, String value, String threshold) {
      HeldState s = states.get(key);
      if (s == null) {
        s = new HeldState();
        states.put(key, s);
      }
      s.lastEvent = event;
      s.value = value;
      s.threshold = threshold;
      if (s.enteredAt == null) {
        s.enteredAt = event.time();
        s.enteringEvent = event;
        s.fired = false;
        if (rule.holdFor().isZero()) {
          s.fired = true;
          ctx.fire(this, key, event, event.time(), value, threshold, null);
        } else {
          s.timerAt = event.time().plus(rule.holdFor());
          ctx.schedule(this, key, s.timerAt);
        }
      } else if (s.fired) {
        ctx.fire(this, key, event, event.time(), value, threshold, null);
      }
    }

    void leave(String key, Event event, EvalContext ctx) {
      HeldState s = states.remove(key);
      if (s != null && s.fired) {
        ctx.resolve(this, key, event.time(), "condition cleared by " + event.type());
      }
    }

    @Override
    public void adopt(String key, Instant firstSeen, Instant lastSeen, EvalContext ctx) {
      HeldState s = new HeldState();
      s.enteredAt = firstSeen;
      s.fired = true;
      states.put(key, s);
    }

    @Override
    public void onTimer(String key, Instant at, EvalContext ctx) {
      HeldState s = states.get(key);
      if (s == null || s.fired || s.enteredAt == null || !at.equals(s.timerAt)) {
        return;
      }
      s.fired = true;
      ctx.fire(this, key, s.enteringEvent, at, s.value, s.threshold, null);
    }

    @Override
    public int trackedKeys() {
      return states.size();
    }
  }

  /** {@code state} rules. */
  static final class StateEvaluator extends HeldEvaluator {
    StateEvaluator(Rule rule) {
      super(rule);
    }

    @Override
    protected void handle(Event event, Source subject, EvalContext ctx) {
      if (rule.when().test(event)) {
        enter(key(event, subject), event, ctx, null, null);
      } else if (rule.clearWhen() != null
          ? rule.clearWhen().test(event)
          : rule.when().acceptsType(event.type())) {
        if (!states.isEmpty()) {
          leave(key(event, subject), event, ctx);
        }
      }
    }
  }

  /** {@code threshold} rules. */
  static final class ThresholdEvaluator extends HeldEvaluator {
    ThresholdEvaluator(Rule rule) {
      super(rule);
    }

    @Override
    protected void handle(Event event, Source subject, EvalContext ctx) {
      if (!rule.when().test(event)) {
        return;
      }
      double v = numeric(event, rule.metric());
      if (Double.isNaN(v)) {
        return;
      }
      double limit = rule.value();
      if (rule.relativeTo() != null) {
        double base = numeric(event, rule.relativeTo());
        if (Double.isNaN(base)) {
          return;
        }
        limit = limit * base;
      }
      boolean breach;
      AttributeMatcher.Op op = rule.op();
      if (op == AttributeMatcher.Op.GT) {
        breach = v > limit;
      } else if (op == AttributeMatcher.Op.GTE) {
        breach = v >= limit;
      } else if (op == AttributeMatcher.Op.LT) {
        breach = v < limit;
      } else {
        breach = v <= limit;
      }
      if (breach) {
        enter(key(event, subject), event, ctx, number(v), number(limit));
      } else if (!states.isEmpty()) {
        leave(key(event, subject), event, ctx);
      }
    }
  }

  /** Per-key state of absence rules. */
  static final class AbsenceState {
    Event last;
    boolean fired;
    Instant timerAt;
  }

  /** {@code absence} rules. */
  static final class AbsenceEvaluator extends RuleEvaluator {
    private final Map<String, AbsenceState> states = new HashMap<>();

    AbsenceEvaluator(Rule rule) {
      super(rule);
    }

    @Override
    protected void handle(Event event, Source subject, EvalContext ctx) {
      if (!rule.when().test(event)) {
        return;
      }
      String key = key(event, subject);
      AbsenceState s = states.get(key);
      if (s == null) {
        s = new AbsenceState();
        states.put(key, s);
      }
      s.last = event;
      if (s.fired) {
        s.fired = false;
        ctx.resolve(this, key, event.time(), event.type() + " received");
      }
      if (s.timerAt == null) {
        s.timerAt = event.time().plus(rule.holdFor());
        ctx.schedule(this, key, s.timerAt);
      }
    }

    @Override
    public void adopt(String key, Instant firstSeen, Instant lastSeen, EvalContext ctx) {
      AbsenceState s = new AbsenceState();
      s.fired = true; // still silent; the next matching event resolves it
      states.put(key, s);
    }

    @Override
    public void onTimer(String key, Instant at, EvalContext ctx) {
      AbsenceState s = states.get(key);
      if (s == null || !at.equals(s.timerAt)) {
        return;
      }
      s.timerAt = null;
      if (s.fired) {
        return;
      }
      Instant due = s.last.time().plus(rule.holdFor());
      if (!due.isAfter(at)) {
        s.fired = true;
        ctx.fire(this, key, s.last, due, null, null, null);
      } else {
        s.timerAt = due;
        ctx.schedule(this, key, due);
      }
    }

    @Override
    public int trackedKeys() {
      return states.size();
    }
  }

  /** Per-key state of count rules. */
  static final class CountState {
    final ArrayDeque<Instant> times = new ArrayDeque<>();
    Event last;
    boolean fired;
    Instant timerAt;
  }

  /** {@code count} rules. */
  static final class CountEvaluator extends RuleEvaluator {
    private final Map<String, CountState> states = new HashMap<>();

    CountEvaluator(Rule rule) {
      super(rule);
    }

    @Override
    protected void handle(Event event, Source subject, EvalContext ctx) {
      if (!rule.when().test(event)) {
        if (rule.resolveWhen() != null && rule.resolveWhen().test(event)) {
          String key = key(event, subject);
          CountState s = states.remove(key);
          if (s != null && s.fired) {
            ctx.resolve(this, key, event.time(), "resolving event " + event.type());
          }
        }
        return;
      }
      String key = key(event, subject);
      CountState s = states.get(key);
      if (s == null) {
        s = new CountState();
        states.put(key, s);
      }
      s.last = event;
      s.times.addLast(event.time());
      evict(s, event.time());
      if (s.times.size() >= rule.count()) {
        s.fired = true;
        ctx.fire(this, key, event, event.time(), null, null, Integer.toString(s.times.size()));
      }
      if (s.timerAt == null) {
        s.timerAt = s.times.peekFirst().plus(rule.window());
        ctx.schedule(this, key, s.timerAt);
      }
    }

    private void evict(CountState s, Instant now) {
      Instant cutoff = now.minus(rule.window());
      while (!s.times.isEmpty() && !s.times.peekFirst().isAfter(cutoff)) {
        s.times.removeFirst();
      }
    }

    @Override
    public void adopt(String key, Instant firstSeen, Instant lastSeen, EvalContext ctx) {
      // The window's events are gone: the incident resolves a window after its last occurrence
      // unless enough new events arrive.
      CountState s = new CountState();
      s.fired = true;
      s.timerAt = lastSeen.plus(rule.window());
      states.put(key, s);
      ctx.schedule(this, key, s.timerAt);
    }

    @Override
    public void onTimer(String key, Instant at, EvalContext ctx) {
      CountState s = states.get(key);
      if (s == null || !at.equals(s.timerAt)) {
        return;
      }
      s.timerAt = null;
      evict(s, at);
      if (s.fired && s.times.size() < rule.count()) {
        s.fired = false;
        ctx.resolve(this, key, at, "fewer than " + rule.count() + " in " + rule.window());
      }
      if (s.times.isEmpty()) {
        if (!s.fired) {
          states.remove(key);
        }
      } else {
        s.timerAt = s.times.peekFirst().plus(rule.window());
        ctx.schedule(this, key, s.timerAt);
      }
    }

    @Override
    public int trackedKeys() {
      return states.size();
    }
  }

  /** Per-key state of progress rules. */
  static final class ProgressState {
    /** Last sample of the metric (kept outside the state too: it is the baseline on entering). */
    double last = Double.NaN;

    boolean active;
    Event enteringEvent;
    double baseline = Double.NaN;
    boolean rose;
    boolean fired;

    /** When the metric must have risen (entering time + for). */
    Instant deadline;

    /** The one pending timer of this key, or null; it may be earlier than the deadline. */
    Instant timerAt;
  }

  /** {@code progress} rules. */
  static final class ProgressEvaluator extends RuleEvaluator {
    private final Map<String, ProgressState> states = new HashMap<>();

    ProgressEvaluator(Rule rule) {
      super(rule);
    }

    @Override
    protected void handle(Event event, Source subject, EvalContext ctx) {
      String key = null;
      if (rule.samples().test(event)) {
        double v = numeric(event, rule.metric());
        if (!Double.isNaN(v)) {
          key = key(event, subject);
          sample(key, v, event, ctx);
        }
      }
      if (rule.when().test(event)) {
        if (key == null) {
          key = key(event, subject);
        }
        ProgressState s = states.computeIfAbsent(key, k -> new ProgressState());
        if (!s.active) {
          s.active = true;
          s.enteringEvent = event;
          s.baseline = s.last;
          s.rose = false;
          s.fired = false;
          s.deadline = event.time().plus(rule.holdFor());
          // At most one pending timer per key: a connector plugged in and out often does not fill
          // the timer queue; an earlier pending timer moves on to the deadline when it is due.
          if (s.timerAt == null) {
            s.timerAt = s.deadline;
            ctx.schedule(this, key, s.timerAt);
          }
        }
      } else if (rule.clearWhen() != null
          ? rule.clearWhen().test(event)
          : rule.when().acceptsType(event.type())) {
        if (key == null) {
          key = key(event, subject);
        }
        ProgressState s = states.get(key);
        if (s != null && s.active) {
          s.active = false;
          s.enteringEvent = null;
          if (s.fired) {
            s.fired = false;
            ctx.resolve(this, key, event.time(), "state left by " + event.type());
          }
        }
      }
    }

    private void sample(String key, double v, Event event, EvalContext ctx) {
      ProgressState s = states.get(key);
      if (s == null) {
        s = new ProgressState();
        states.put(key, s);
      }
      s.last = v;
      if (!s.active || s.rose) {
        return;
      }
      if (Double.isNaN(s.baseline) || v < s.baseline) {
        s.baseline = v; // first sample after entering, or the register was reset
      } else if (v > s.baseline) {
        s.rose = true;
        if (s.fired) {
          s.fired = false;
          ctx.resolve(
              this,
              key,
              event.time(),
              rule.metric() + " rose from " + number(s.baseline) + " to " + number(v));
        }
      }
    }

    @Override
    public void adopt(String key, Instant firstSeen, Instant lastSeen, EvalContext ctx) {
      // Plugged in and not rising; the baseline is the next sample.
      ProgressState s = new ProgressState();
      s.active = true;
      s.fired = true;
      s.deadline = firstSeen;
      states.put(key, s);
    }

    @Override
    public void onTimer(String key, Instant at, EvalContext ctx) {
      ProgressState s = states.get(key);
      if (s == null || !at.equals(s.timerAt)) {
        return;
      }
      s.timerAt = null;
      if (!s.active || s.rose || s.fired) {
        return;
      }
      if (s.deadline.isAfter(at)) {
        s.timerAt = s.deadline;
        ctx.schedule(this, key, s.timerAt);
        return;
      }
      s.fired = true;
      ctx.fire(
          this,
          key,
          s.enteringEvent,
          at,
          Double.isNaN(s.last) ? null : number(s.last),
          Double.isNaN(s.baseline) ? null : number(s.baseline),
          null);
    }

    @Override
    public int trackedKeys() {
      return states.size();
    }
  }
}
