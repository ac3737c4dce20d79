package org.evdepot.incidents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.evdepot.incidents.internal.EvalContext;
import org.evdepot.incidents.internal.EventOrder;
import org.evdepot.incidents.internal.RuleEvaluator;
import org.evdepot.incidents.internal.TypeIndex;
import org.evdepot.incidents.rules.InhibitRule;
import org.evdepot.incidents.rules.Rule;
import org.evdepot.incidents.rules.RuleLoadException;
import org.evdepot.incidents.rules.RuleLoader;
import org.evdepot.incidents.rules.RuleSet;
import org.evdepot.incidents.store.IncidentQuery;
import org.evdepot.incidents.store.IncidentStore;
import org.evdepot.incidents.store.IncidentStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns depot events into incidents, on event time.
 *
 * <h2>Event time and lateness</h2>
 *
 * The engine keeps a <em>watermark</em>: the highest event time seen (but no later than the clock's
 * time) minus the allowed lateness, or, after {@link #tick()}, the clock's time minus the allowed
 * lateness, whichever is later (it never goes back). Accepted events wait in a buffer until the
 * watermark passes them and are then evaluated in event-time order (ties broken by type, source and
 * attributes), interleaved with the rules' timers (a state held for 2 minutes, a heartbeat missing
 * for 10). An event older than the watermark is rejected as {@link SubmitResult#LATE}. So the same
 * events give the same incidents in any arrival order, as long as each arrives within the allowed
 * lateness.
 *
 * <p>At equal times events are evaluated before timers: a heartbeat exactly at the deadline arrives
 * in time.
 *
 * <h2>Clocks that run fast</h2>
 *
 * Because one event's time moves the watermark for every source, a single source whose clock runs
 * ahead would make everyone else's on-time events late. Two guards:
 *
 * <ul>
 *   <li>event times move the watermark only up to the engine's clock minus the allowed lateness: an
 *       event from a clock that runs a little fast is accepted and waits in the buffer until the
 *       engine's clock reaches its time;
 *   <li>an event more than {@link Builder#maxClockSkew(Duration) maxClockSkew} (default 5 minutes)
 *       ahead of the engine's clock is rejected as {@link SubmitResult#FUTURE} (counted in {@link
 *       EngineStats#future()}): it would sit in the buffer for that long and its time-based rules
 *       would be meaningless. Rejected rather than clamped: clamping invents an event time and puts
 *       the event in the wrong place among its subject's other events.
 * </ul>
 *
 * So submitting never moves the watermark past the clock's time. {@link #advanceTo(Instant)} is an
 * explicit instruction from the caller (replays, virtual time) and is not limited by the clock.
 * Replays of recorded events work with the system clock (the recording is in the past); with a
 * virtual clock, move the clock or call {@link #advanceTo(Instant)}.
 *
 * <h2>Threads</h2>
 *
 * All methods are thread-safe: they take the engine's one lock, including {@link #acknowledge} and
 * {@link #resolve}. Listeners run under that lock and must only queue work.
 *
 * <h2>Removed rules</h2>
 *
 * When {@link #replaceRules} or {@link #reload} drops a rule, its active incidents are resolved by
 * {@code engine} with the reason {@value #RULE_REMOVED}: nothing could ever resolve them otherwise.
 * (Incidents in the store of a rule that is not in the rules an engine starts with are not touched:
 * the engine cannot tell a removed rule from one of another engine sharing the store.)
 */
public final class IncidentEngine {

  private static final Logger LOG = LoggerFactory.getLogger(IncidentEngine.class);

  /** What became of a submitted event. */
  public enum SubmitResult {
    /** Buffered or evaluated. */
    ACCEPTED,
    /** Older than the watermark: dropped (counted in {@link EngineStats#late()}). */
    LATE,
    /**
     * More than the maximum clock skew ahead of the engine's clock: dropped (counted in {@link
     * EngineStats#future()}). The source's clock is probably wrong.
     */
    FUTURE
  }

  /** Reason given when incidents are resolved because their rule was removed. */
  public static final String RULE_REMOVED = "rule removed";

  private final IncidentStore store;
  private final Clock clock;
  private final Duration allowedLateness;
  private final Duration maxClockSkew;
  private final Supplier<String> ids;
  private final List<IncidentListener> listeners = new CopyOnWriteArrayList<>();
  private final Context ctx = new Context();

  private final ArrayDeque<Event> inOrder = new ArrayDeque<>();
  private final PriorityQueue<Event> outOfOrder = new PriorityQueue<>(EventOrder.INSTANCE);
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private long timerSeq;

  private volatile RuleSet ruleSet = RuleSet.empty();
  private List<RuleEvaluator> evaluators = List.of();
  private Map<String, TypeIndex> byType = Map.of();
  private TypeIndex anyType = new TypeIndex(List.of());
  private final TypeIndex.ErrorHandler onRuleError =
      (e, event, ex) -> LOG.error("rule {} failed on event {}", e.rule().id(), event, ex);

  private Instant watermark = Instant.MIN;
  private Instant maxEventTime = Instant.MIN;

  /**
   * The clock's time when last read. Submitting reads the clock only when an event is later than
   * this, so replays of past events read it once. A clock stepped back is noticed at the next
   * {@link #tick()}.
   */
  private Instant clockSeen = Instant.MIN;

  /** {@code clockSeen} plus the maximum skew. */
  private Instant horizonSeen = Instant.MIN;

  private long accepted;
  private long late;
  private long future;
  private long processed;

  private IncidentEngine(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.allowedLateness = b.allowedLateness;
    this.maxClockSkew = b.maxClockSkew;
    this.ids = b.ids;
    this.listeners.addAll(b.listeners);
    replaceRules(b.rules);
  }

  /** A builder; a store is required. */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------------------------ rules

  /**
   * Replaces the rules. Rules whose definition did not change keep their state (windows, timers);
   * changed and new rules start empty but take over their rule's active incidents in the store
   * (opened before a restart or under the old definition), so that resolving events, quiet periods,
   * windows and cleared states resolve them. Active incidents of removed rules are resolved with
   * the reason {@value #RULE_REMOVED}.
   */
  public synchronized void replaceRules(RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    Map<String, RuleEvaluator> old = new HashMap<>();
    for (RuleEvaluator e : evaluators) {
      old.put(e.rule().id(), e);
    }
    List<RuleEvaluator> next = new ArrayList<>();
    Map<String, RuleEvaluator> fresh = new HashMap<>();
    for (Rule r : rules.rules()) {
      RuleEvaluator prev = old.remove(r.id());
      if (prev != null && prev.rule().equals(r)) {
        next.add(prev);
      } else {
        if (prev != null) {
          prev.retire();
        }
        RuleEvaluator e = RuleEvaluator.of(r);
        next.add(e);
        fresh.put(r.id(), e);
      }
    }
    adoptActiveIncidents(fresh);
    old.values().forEach(RuleEvaluator::retire);
    for (RuleEvaluator removed : old.values()) {
      resolveAllOf(removed.rule().id());
    }
    Map<String, List<RuleEvaluator>> types = new HashMap<>();
    List<RuleEvaluator> any = new ArrayList<>();
    for (RuleEvaluator e : next) {
      Set<String> t = e.types();
      if (t == null) {
        any.add(e);
      } else {
        for (String type : t) {
          types.computeIfAbsent(type, k -> new ArrayList<>()).add(e);
        }
      }
    }
    Map<String, TypeIndex> index = new HashMap<>();
    // Keep the rule order for evaluators that see every type too, so evaluation order is the
    // rule file order for every event type.
    for (Map.Entry<String, List<RuleEvaluator>> en : types.entrySet()) {
      List<RuleEvaluator> merged = new ArrayList<>();
      for (RuleEvaluator e : next) {
        if (en.getValue().contains(e) || any.contains(e)) {
          merged.add(e);
        }
      }
      index.put(en.getKey(), new TypeIndex(merged));
    }
    this.evaluators = List.copyOf(next);
    this.byType = index;
    this.anyType = new TypeIndex(any);
    this.ruleSet = rules;
    LOG.info(
        "incident rules in force: {} rules, {} inhibit rules",
        rules.rules().size(),
        rules.inhibitRules().size());
  }

  /**
   * New evaluators take over the active incidents of their rule already in the store (opened before
   * a restart, or under the rule's previous definition), so that resolving events, quiet periods
   * and windows resolve them again.
   */
  private void adoptActiveIncidents(Map<String, RuleEvaluator> fresh) {
    if (fresh.isEmpty()) {
      return;
    }
    int adopted = 0;
    for (Incident i : store.list(IncidentQuery.active())) {
      RuleEvaluator e = fresh.get(i.ruleId());
      String key = e == null ? null : e.stateKeyOf(i.dedupKey());
      if (key != null) {
        e.adopt(key, i.firstSeen(), i.lastSeen(), ctx);
        adopted++;
      }
    }
    if (adopted > 0) {
      LOG.info("rules took over {} active incident(s) from the store", adopted);
    }
  }

  private void resolveAllOf(String ruleId) {
    Instant now = clock.instant();
    IncidentQuery query = IncidentQuery.active().withLabel("rule", ruleId);
    // The engine sets the "rule" label of every incident it opens. Each pass resolves what it
    // found, so the next pass sees the rest (the query has a limit).
    List<Incident> batch;
    while (!(batch = store.list(query)).isEmpty()) {
      for (Incident i : batch) {
        Incident resolved = store.update(i.id(), x -> x.resolve(now, "engine", RULE_REMOVED));
        LOG.info("incident {} resolved: {} ({})", resolved.id(), RULE_REMOVED, ruleId);
        publish(resolved, IncidentListener.Change.RESOLVED);
      }
    }
  }

  /**
   * Loads rule files and puts them in force together. When any file has a mistake, nothing changes:
   * the error is logged and returned, and the last good rules stay in force.
   *
   * @param files YAML or JSON rule files
   */
  public ReloadResult reload(List<Path> files) {
    RuleSet loaded = RuleSet.empty();
    try {
      for (Path f : files) {
        loaded = loaded.plus(RuleLoader.load(f));
      }
    } catch (RuleLoadException e) {
      LOG.error("rule files rejected, keeping the last good rules: {}", e.getMessage());
      return new ReloadResult(false, ruleSet.rules().size(), e);
    } catch (IllegalArgumentException e) {
      RuleLoadException wrapped =
          new RuleLoadException(files.toString(), null, "id", e.getMessage(), e);
      LOG.error("rule files rejected, keeping the last good rules: {}", wrapped.getMessage());
      return new ReloadResult(false, ruleSet.rules().size(), wrapped);
    }
    replaceRules(loaded);
    return new ReloadResult(true, loaded.rules().size(), null);
  }

  /** The rules in force. */
  public RuleSet rules() {
    return ruleSet;
  }

  /** The inhibit rules in force (for the notification dispatcher). */
  public List<InhibitRule> inhibitRules() {
    return ruleSet.inhibitRules();
  }

  /** Adds a listener (the notification dispatcher, a metrics counter). */
  public void addListener(IncidentListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  // ----------------------------------------------------------------------------------- events

  /**
   * Submits an event. It is evaluated once the watermark passes its time; submitting may advance
   * the watermark and so evaluate earlier events and due timers.
   *
   * @return {@link SubmitResult#LATE} when the event is older than the watermark, {@link
   *     SubmitResult#FUTURE} when it is more than the maximum clock skew ahead of the clock
   */
  public synchronized SubmitResult submit(Event event) {
    Objects.requireNonNull(event, "event");
    Instant t = event.time();
    if (t.isAfter(maxEventTime) && t.isAfter(horizonSeen)) {
      readClock(); // the clock may have moved on since it was last read
      if (t.isAfter(horizonSeen)) {
        future++;
        LOG.debug(
            "event more than {} ahead of the clock {} dropped: {}", maxClockSkew, clockSeen, event);
        return SubmitResult.FUTURE;
      }
    }
    if (t.isBefore(watermark)) {
      late++;
      LOG.debug("late event dropped (watermark {}): {}", watermark, event);
      return SubmitResult.LATE;
    }
    accepted++;
    Event tail = inOrder.peekLast();
    if (tail == null || EventOrder.INSTANCE.compare(tail, event) <= 0) {
      inOrder.addLast(event);
    } else {
      outOfOrder.add(event);
    }
    if (t.isAfter(maxEventTime)) {
      maxEventTime = t;
      // An event ahead of the clock (within the skew) moves the watermark only to the clock.
      Instant upTo = !t.isAfter(clockSeen) || !t.isAfter(readClock()) ? t : clockSeen;
      Instant w = upTo.minus(allowedLateness);
      if (w.isAfter(watermark)) {
        advance(w);
      }
    }
    return SubmitResult.ACCEPTED;
  }

  private Instant readClock() {
    clockSeen = clock.instant();
    horizonSeen = plusSkew(clockSeen);
    return clockSeen;
  }

  private Instant plusSkew(Instant t) {
    // Saturate instead of overflowing (huge skews); the difference of two instants fits a long.
    long room = Instant.MAX.getEpochSecond() - t.getEpochSecond();
    return maxClockSkew.getSeconds() < room ? t.plus(maxClockSkew) : Instant.MAX;
  }

  /** Moves the watermark to the clock's time minus the allowed lateness (if that is later). */
  public synchronized void tick() {
    advanceTo(readClock().minus(allowedLateness));
  }

  /**
   * Moves the watermark to {@code to} (if later): events and timers before it are evaluated, and
   * later events older than it are late. Use for virtual time and at the end of a replay.
   */
  public synchronized void advanceTo(Instant to) {
    if (to.isAfter(watermark)) {
      advance(to);
    }
  }

  /** The current watermark ({@link Instant#MIN} before the first event). */
  public synchronized Instant watermark() {
    return watermark;
  }

  /** Counters. */
  public synchronized EngineStats stats() {
    long keys = 0;
    for (RuleEvaluator e : evaluators) {
      keys += e.trackedKeys();
    }
    return new EngineStats(
        accepted, late, future, processed, inOrder.size() + outOfOrder.size(), timers.size(), keys);
  }

  private void advance(Instant to) {
    watermark = to;
    while (true) {
      Event a = inOrder.peekFirst();
      Event b = outOfOrder.peek();
      Event next;
      if (a == null) {
        next = b;
      } else if (b == null) {
        next = a;
      } else {
        next = EventOrder.INSTANCE.compare(a, b) <= 0 ? a : b;
      }
      Timer timer = timers.peek();
      boolean eventDue = next != null && next.time().isBefore(to);
      boolean timerDue = timer != null && timer.at.isBefore(to);
      if (!eventDue && !timerDue) {
        return;
      }
      if (eventDue && (!timerDue || !timer.at.isBefore(next.time()))) {
        if (next == a) {
          inOrder.pollFirst();
        } else {
          outOfOrder.poll();
        }
        evaluate(next);
      } else {
        timers.poll();
        if (!timer.evaluator.isRetired()) {
          try {
            timer.evaluator.onTimer(timer.key, timer.at, ctx);
          } catch (RuntimeException e) {
            LOG.error(
                "rule {} failed on a timer for {}", timer.evaluator.rule().id(), timer.key, e);
          }
        }
      }
    }
  }

  private void evaluate(Event event) {
    processed++;
    TypeIndex index = byType.get(event.type());
    (index == null ? anyType : index).evaluate(event, ctx, onRuleError);
  }

  // -------------------------------------------------------------------------------- incidents

  /**
   * Acknowledges an active incident at the clock's time.
   *
   * @throws IncidentStoreException with reason NOT_FOUND for an unknown id
   * @throws IllegalStateException when the incident is resolved
   */
  public synchronized Incident acknowledge(String incidentId, String by) {
    Incident i = store.update(incidentId, x -> x.acknowledge(by, clock.instant()));
    publish(i, IncidentListener.Change.ACKNOWLEDGED);
    return i;
  }

  /**
   * Resolves an incident by hand at the clock's time. If its rule fires again, a new incident
   * opens, linked to this one.
   */
  public synchronized Incident resolve(String incidentId, String by, String reason) {
    Incident before =
        store
            .find(incidentId)
            .orElseThrow(
                () ->
                    new IncidentStoreException(
                        IncidentStoreException.Reason.NOT_FOUND, "no incident " + incidentId));
    Incident i = store.update(incidentId, x -> x.resolve(clock.instant(), by, reason));
    if (before.status().isActive()) {
      publish(i, IncidentListener.Change.RESOLVED);
    }
    return i;
  }

  /** The store the engine writes to. */
  public IncidentStore store() {
    return store;
  }

  /** The clock used for acknowledgements and {@link #tick()}. */
  public Clock clock() {
    return clock;
  }

  private void publish(Incident incident, IncidentListener.Change change) {
    for (IncidentListener l : listeners) {
      try {
        l.onChange(incident, change);
      } catch (RuntimeException e) {
        LOG.error("incident listener {} failed on {}", l, incident.id(), e);
      }
    }
  }

  private static String detail(Event e) {
    return e.type()
        + " from "
        + e.source()
        + (e.attributes().isEmpty() ? "" : " " + e.attributes());
  }

  private final class Context implements EvalContext {
    @Override
    public void fire(
        RuleEvaluator ev,
        String stateKey,
        Event event,
        Instant at,
        String value,
        String threshold,
        String count) {
      Rule rule = ev.rule();
      String key = ev.dedupKey(stateKey);
      Optional<Incident> active = store.findActive(key);
      if (active.isPresent()) {
        Incident updated =
            store.update(
                active.get().id(),
                i ->
                    i.withOccurrence(
                        at, i.timeline().size() < Incident.TIMELINE_LIMIT ? detail(event) : ""));
        publish(updated, IncidentListener.Change.OCCURRED);
        return;
      }
      String previous = store.findLatest(key).map(Incident::id).orElse(null);
      Map<String, String> labels = new TreeMap<>(rule.labels());
      Source subject = ev.subject(event);
      for (Source s = subject; s != null; s = s.parent()) {
        labels.putIfAbsent(s.kind().label(), s.id());
      }
      labels.put("rule", rule.id());
      labels.put("severity", rule.severity().label());
      Incident incident =
          Incident.open(
              ids.get(),
              rule.id(),
              key,
              rule.severity(),
              labels,
              ev.render(rule.summary(), event, at, value, threshold, count),
              ev.render(rule.description(), event, at, value, threshold, count),
              at,
              previous,
              detail(event));
      store.insert(incident);
      LOG.info("incident {} opened: {}", incident.id(), incident.summary());
      publish(incident, IncidentListener.Change.OPENED);
    }

    @Override
    public void resolve(RuleEvaluator ev, String stateKey, Instant at, String reason) {
      Optional<Incident> active = store.findActive(ev.dedupKey(stateKey));
      if (active.isEmpty() || !active.get().ruleId().equals(ev.rule().id())) {
        return;
      }
      Incident resolved = store.update(active.get().id(), i -> i.resolve(at, "engine", reason));
      LOG.info("incident {} resolved: {}", resolved.id(), reason);
      publish(resolved, IncidentListener.Change.RESOLVED);
    }

    @Override
    public void schedule(RuleEvaluator ev, String key, Instant at) {
      timers.add(new Timer(at, timerSeq++, ev, key));
    }
  }

  private static final class Timer implements Comparable<Timer> {
    final Instant at;
    final long seq;
    final RuleEvaluator evaluator;
    final String key;

    Timer(Instant at, long seq, RuleEvaluator evaluator, String key) {
      this.at = at;
      this.seq = seq;
      this.evaluator = evaluator;
      this.key = key;
    }

    @Override
    public int compareTo(Timer o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  /** Builds {@link IncidentEngine}s. */
  public static final class Builder {
    private IncidentStore store;
    private Clock clock = Clock.systemUTC();
    private Duration allowedLateness = Duration.ofSeconds(30);
    private Duration maxClockSkew = Duration.ofMinutes(5);
    private RuleSet rules = RuleSet.empty();
    private Supplier<String> ids = () -> UUID.randomUUID().toString();
    private final List<IncidentListener> listeners = new ArrayList<>();

    private Builder() {}

    /** Where incidents go (required). */
    public Builder store(IncidentStore s) {
      this.store = s;
      return this;
    }

    /** Clock for {@link IncidentEngine#tick()} and acknowledgements (default system UTC). */
    public Builder clock(Clock c) {
      this.clock = c;
      return this;
    }

    /** How late an event may arrive and still count (default 30 s). */
    public Builder allowedLateness(Duration d) {
      this.allowedLateness = d;
      return this;
    }

    /**
     * How far ahead of the clock an event time may be (default 5 min); later events are rejected as
     * {@link SubmitResult#FUTURE}. Accepted events ahead of the clock wait in the buffer until the
     * clock reaches them, so this also bounds how long a fast source's events are held.
     */
    public Builder maxClockSkew(Duration d) {
      this.maxClockSkew = d;
      return this;
    }

    /** The rules in force at start (default none). */
    public Builder rules(RuleSet r) {
      this.rules = r;
      return this;
    }

    /** Incident id generator (default random UUIDs). */
    public Builder idGenerator(Supplier<String> generator) {
      this.ids = generator;
      return this;
    }

    /** Adds a listener. */
    public Builder listener(IncidentListener l) {
      this.listeners.add(Objects.requireNonNull(l, "listener"));
      return this;
    }

    /**
     * Builds the engine.
     *
     * @throws IllegalArgumentException naming the field when a setting is missing or invalid
     */
    public IncidentEngine build() {
      if (store == null) {
        throw new IllegalArgumentException("store must be set");
      }
      if (clock == null) {
        throw new IllegalArgumentException("clock must be set");
      }
      if (allowedLateness == null || allowedLateness.isNegative()) {
        throw new IllegalArgumentException(
            "allowedLateness must be zero or positive but was " + allowedLateness);
      }
      if (maxClockSkew == null || maxClockSkew.isNegative()) {
        throw new IllegalArgumentException(
            "maxClockSkew must be zero or positive but was " + maxClockSkew);
      }
      if (rules == null) {
        throw new IllegalArgumentException("rules must be set");
      }
      if (ids == null) {
        throw new IllegalArgumentException("idGenerator must be set");
      }
      return new IncidentEngine(this);
    }
  }
}
