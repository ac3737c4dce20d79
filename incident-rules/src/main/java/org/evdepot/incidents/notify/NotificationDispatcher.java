package org.evdepot.incidents.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.evdepot.incidents.Incident;
import org.evdepot.incidents.IncidentListener;
import org.evdepot.incidents.IncidentStatus;
import org.evdepot.incidents.TimelineEntry;
import org.evdepot.incidents.rules.InhibitRule;
import org.evdepot.incidents.store.IncidentQuery;
import org.evdepot.incidents.store.IncidentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes incident changes to receivers with grouping, throttling, silences and inhibition.
 *
 * <p>Register it as the engine's {@link IncidentListener}; it only records the change there. Call
 * {@link #tick()} regularly (or {@link #start(Duration)} to have the executor do it): each tick
 * decides, on the dispatcher's clock, which groups are due (group wait, group interval, repeat
 * interval — see {@link Route}) and hands their notifications to the executor, which delivers them
 * with retries ({@link RetryPolicy}). A slow or failing channel therefore never blocks the engine.
 *
 * <p>Guarantees: every resolved incident appears in exactly one notification per route as resolved
 * (unless muted at that moment); acknowledged incidents are not repeated; muted incidents (silence,
 * maintenance window, inhibition by an active incident) are left out and get a {@code SUPPRESSED}
 * timeline entry once; sent notifications get a {@code NOTIFIED} entry.
 */
public final class NotificationDispatcher implements IncidentListener, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final Route route;
  private final Map<String, Receiver> receivers;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final RetryPolicy retry;
  private final IncidentStore store;
  private final Supplier<List<InhibitRule>> inhibitRules;
  private final Map<String, Silence> silences = new ConcurrentHashMap<>();
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private ScheduledFuture<?> ticker;

  private NotificationDispatcher(Builder b) {
    this.route = b.route;
    this.receivers = Map.copyOf(b.receivers);
    this.clock = b.clock;
    this.executor = b.executor;
    this.retry = b.retry;
    this.store = b.store;
    this.inhibitRules = b.inhibitRules;
  }

  /** A builder. Route, receivers, executor and store are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public synchronized void onChange(Incident incident, Change change) {
    for (Route.Resolved r : route.route(incident.labels())) {
      Map<String, String> gl = groupLabels(r, incident);
      String key = r.path() + gl;
      Group g = groups.get(key);
      if (g == null) {
        if (change != Change.OPENED) {
          continue; // a group we no longer track (sent resolved, or not restored after a restart)
        }
        g = new Group(key, r, gl, clock.instant());
        groups.put(key, g);
      }
      switch (change) {
        case OPENED:
          g.active.put(incident.id(), incident);
          g.unsent.add(incident.id());
          break;
        case OCCURRED:
        case ACKNOWLEDGED:
          if (g.active.containsKey(incident.id())) {
            g.active.put(incident.id(), incident);
          }
          break;
        case RESOLVED:
          if (g.active.remove(incident.id()) != null) {
            g.resolved.put(incident.id(), incident);
          }
          break;
        default:
          throw new IllegalStateException("unhandled change " + change);
      }
    }
  }

  private static Map<String, String> groupLabels(Route.Resolved r, Incident incident) {
    Map<String, String> gl = new TreeMap<>();
    for (String l : r.groupBy()) {
      String v = incident.labels().get(l);
      if (v != null) {
        gl.put(l, v);
      }
    }
    return gl;
  }

  /**
   * Rebuilds the notification groups from the store's active incidents, so that incidents opened
   * before a restart still get repeats and their one "resolved" notification. An incident whose
   * timeline has a {@code NOTIFIED} entry from the route's receiver counts as sent (the group's
   * last send is the latest such entry, so the repeat interval runs on); one without is sent after
   * the group wait like a new incident. Incidents already tracked are left alone, so calling it
   * again is harmless. {@link #start(Duration)} calls it; call it yourself before the first {@link
   * #tick()} when you tick by hand. Do either before the engine processes events: a change to an
   * incident the dispatcher does not track yet is ignored.
   *
   * @return how many (incident, route) pairs were added
   */
  public synchronized int restore() {
    Instant now = clock.instant();
    List<Incident> active = store.list(IncidentQuery.active());
    if (active.size() >= IncidentQuery.active().limit()) {
      LOG.warn(
          "restoring notification groups from the first {} active incidents only", active.size());
    }
    int added = 0;
    for (Incident i : active) {
      for (Route.Resolved r : route.route(i.labels())) {
        Map<String, String> gl = groupLabels(r, i);
        String key = r.path() + gl;
        Group g = groups.get(key);
        if (g == null) {
          g = new Group(key, r, gl, now);
          groups.put(key, g);
        }
        if (g.active.containsKey(i.id())) {
          continue;
        }
        g.active.put(i.id(), i);
        added++;
        Instant notified = null;
        for (TimelineEntry e : i.timeline()) {
          if (!e.actor().equals(r.receiver())) {
            continue;
          }
          if (e.kind() == TimelineEntry.Kind.NOTIFIED
              && (notified == null || e.at().isAfter(notified))) {
            notified = e.at();
          } else if (e.kind() == TimelineEntry.Kind.SUPPRESSED) {
            g.suppressedRecorded.add(i.id());
          }
        }
        if (notified == null) {
          g.unsent.add(i.id());
        } else if (g.lastSentAt == null || notified.isAfter(g.lastSentAt)) {
          g.lastSentAt = notified;
        }
      }
    }
    if (added > 0) {
      LOG.info(
          "restored {} active incident(s) into {} notification group(s)", added, groups.size());
    }
    return added;
  }

  /** Adds (or replaces) a silence or maintenance window. */
  public void addSilence(Silence silence) {
    silences.put(silence.id(), Objects.requireNonNull(silence, "silence"));
  }

  /** Removes a silence; returns whether it existed. */
  public boolean removeSilence(String id) {
    return silences.remove(id) != null;
  }

  /** The silences (including expired ones not yet removed). */
  public List<Silence> silences() {
    return List.copyOf(silences.values());
  }

  /** Whether an incident with these labels is muted now by a silence or an inhibition. */
  public boolean isMuted(Incident incident) {
    return muteReason(incident, clock.instant(), activeIncidents()) != null;
  }

  /** Notifications handed to channels successfully / finally failed so far. */
  public long sentCount() {
    return sent.get();
  }

  /** Deliveries that failed after all retries. */
  public long failedCount() {
    return failed.get();
  }

  /**
   * Decides which groups are due now and queues their notifications on the executor. Returns the
   * notifications queued (for logs and tests).
   */
  public List<Notification> tick() {
    Instant now = clock.instant();
    List<Delivery> due = new ArrayList<>();
    synchronized (this) {
      List<Incident> active = null;
      for (Iterator<Group> it = groups.values().iterator(); it.hasNext(); ) {
        Group g = it.next();
        if (!g.isDue(now)) {
          continue;
        }
        if (active == null) {
          active = activeIncidents();
        }
        Delivery d = g.prepare(now, active);
        if (d != null) {
          due.add(d);
        }
        if (g.active.isEmpty() && g.resolved.isEmpty()) {
          it.remove();
        }
      }
    }
    List<Notification> out = new ArrayList<>();
    for (Delivery d : due) {
      out.add(d.notification);
      for (Notifier n : d.receiver.notifiers()) {
        executor.execute(() -> attempt(n, d.notification, 1));
      }
    }
    return out;
  }

  /**
   * {@link #restore() Restores} the groups from the store, then runs {@link #tick()} on the
   * executor every {@code period}.
   */
  public synchronized void start(Duration period) {
    if (ticker != null) {
      throw new IllegalStateException("already started");
    }
    restore();
    ticker =
        executor.scheduleWithFixedDelay(
            () -> {
              try {
                tick();
              } catch (RuntimeException e) {
                LOG.error("notification tick failed", e);
              }
            },
            period.toMillis(),
            period.toMillis(),
            TimeUnit.MILLISECONDS);
  }

  /** Stops the periodic tick (the executor belongs to the caller and is not shut down). */
  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.cancel(false);
      ticker = null;
    }
  }

  private List<Incident> activeIncidents() {
    if (inhibitRules.get().isEmpty()) {
      return List.of();
    }
    return store.list(IncidentQuery.active());
  }

  private String muteReason(Incident i, Instant now, List<Incident> active) {
    for (Silence s : silences.values()) {
      if (s.mutes(i.labels(), now)) {
        return s.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + s.id();
      }
    }
    for (InhibitRule rule : inhibitRules.get()) {
      for (Incident source : active) {
        if (!source.id().equals(i.id()) && rule.inhibits(source.labels(), i.labels())) {
          return "inhibited by " + source.id() + " (" + rule.name() + ")";
        }
      }
    }
    return null;
  }

  private void attempt(Notifier notifier, Notification n, int attemptNo) {
    try {
      notifier.send(n);
      sent.incrementAndGet();
      LOG.info("notification sent via {}: {}", notifier.name(), n.title());
      record(
          n,
          new TimelineEntry(
              clock.instant(),
              TimelineEntry.Kind.NOTIFIED,
              n.receiver(),
              notifier.name() + " " + n.status()));
    } catch (RuntimeException e) {
      boolean retryable = !(e instanceof NotifierException) || ((NotifierException) e).retryable();
      if (retryable && attemptNo < retry.maxAttempts()) {
        Duration wait = retry.backoffBefore(attemptNo + 1);
        LOG.warn(
            "notification via {} failed (attempt {}), retrying in {}: {}",
            notifier.name(),
            attemptNo,
            wait,
            e.getMessage());
        executor.schedule(
            () -> attempt(notifier, n, attemptNo + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
      } else {
        failed.incrementAndGet();
        LOG.error(
            "notification via {} failed after {} attempts: {}",
            notifier.name(),
            attemptNo,
            e.getMessage());
        record(
            n,
            new TimelineEntry(
                clock.instant(),
                TimelineEntry.Kind.NOTIFICATION_FAILED,
                n.receiver(),
                notifier.name() + ": " + e.getMessage()));
      }
    }
  }

  private void record(Notification n, TimelineEntry entry) {
    List<Incident> all = new ArrayList<>(n.firing());
    all.addAll(n.resolved());
    for (Incident i : all) {
      try {
        store.update(i.id(), x -> x.withTimelineEntry(entry));
      } catch (RuntimeException e) {
        LOG.warn("could not record {} on incident {}: {}", entry.kind(), i.id(), e.getMessage());
      }
    }
  }

  private static final class Delivery {
    final Receiver receiver;
    final Notification notification;

    Delivery(Receiver receiver, Notification notification) {
      this.receiver = receiver;
      this.notification = notification;
    }
  }

  private final class Group {
    final String key;
    final Route.Resolved route;
    final Map<String, String> labels;
    final Instant createdAt;
    final Map<String, Incident> active = new LinkedHashMap<>();
    final Map<String, Incident> resolved = new LinkedHashMap<>();
    final Set<String> unsent = new HashSet<>();
    final Set<String> suppressedRecorded = new HashSet<>();
    Instant lastSentAt;

    Group(String key, Route.Resolved route, Map<String, String> labels, Instant createdAt) {
      this.key = key;
      this.route = route;
      this.labels = labels;
      this.createdAt = createdAt;
    }

    boolean isDue(Instant now) {
      if (lastSentAt == null) {
        return !now.isBefore(createdAt.plus(route.groupWait()));
      }
      if (!unsent.isEmpty() || !resolved.isEmpty()) {
        return !now.isBefore(lastSentAt.plus(route.groupInterval()));
      }
      for (Incident i : active.values()) {
        if (i.status() == IncidentStatus.OPEN) {
          return !now.isBefore(lastSentAt.plus(route.repeatInterval()));
        }
      }
      return false;
    }

    Delivery prepare(Instant now, List<Incident> activeAll) {
      boolean change = !unsent.isEmpty() || !resolved.isEmpty();
      List<Incident> firing = new ArrayList<>();
      for (Incident i : active.values()) {
        if (!change && i.status() != IncidentStatus.OPEN) {
          continue; // repeats leave acknowledged incidents out
        }
        String mute = muteReason(i, now, activeAll);
        if (mute != null) {
          suppressed(i, mute, now);
        } else {
          firing.add(i);
        }
      }
      List<Incident> done = new ArrayList<>();
      for (Incident i : resolved.values()) {
        String mute = muteReason(i, now, activeAll);
        if (mute != null) {
          suppressed(i, mute, now);
        } else {
          done.add(i);
        }
      }
      // Resolved incidents are reported (or dropped as muted) exactly once.
      resolved.clear();
      if (firing.isEmpty() && done.isEmpty()) {
        return null;
      }
      unsent.clear();
      lastSentAt = now;
      Receiver receiver = receivers.get(route.receiver());
      NotificationTemplates t = receiver.templates();
      Notification n =
          new Notification(
              receiver.name(),
              key,
              labels,
              firing,
              done,
              t.renderGroup(t.title(), receiver.name(), labels, firing, done),
              t.renderGroup(t.body(), receiver.name(), labels, firing, done),
              now);
      return new Delivery(receiver, n);
    }

    void suppressed(Incident i, String reason, Instant now) {
      if (suppressedRecorded.add(i.id())) {
        LOG.info("notification of incident {} suppressed: {}", i.id(), reason);
        try {
          store.update(
              i.id(),
              x ->
                  x.withTimelineEntry(
                      new TimelineEntry(
                          now, TimelineEntry.Kind.SUPPRESSED, route.receiver(), reason)));
        } catch (RuntimeException e) {
          LOG.warn("could not record suppression on {}: {}", i.id(), e.getMessage());
        }
      }
    }
  }

  /** Builds {@link NotificationDispatcher}s. */
  public static final class Builder {
    private Route route;
    private final Map<String, Receiver> receivers = new HashMap<>();
    private Clock clock = Clock.systemUTC();
    private ScheduledExecutorService executor;
    private RetryPolicy retry = RetryPolicy.defaults();
    private IncidentStore store;
    private Supplier<List<InhibitRule>> inhibitRules = List::of;

    private Builder() {}

    /** The routing tree (required). */
    public Builder route(Route r) {
      this.route = r;
      return this;
    }

    /** Adds a receiver. */
    public Builder receiver(Receiver r) {
      receivers.put(r.name(), r);
      return this;
    }

    /** Clock for group timings and silences (default system UTC). */
    public Builder clock(Clock c) {
      this.clock = c;
      return this;
    }

    /** Runs deliveries and retries (required; owned by the caller). */
    public Builder executor(ScheduledExecutorService e) {
      this.executor = e;
      return this;
    }

    /** Retry policy (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy r) {
      this.retry = r;
      return this;
    }

    /** Store for timeline entries and inhibition look-ups (required). */
    public Builder store(IncidentStore s) {
      this.store = s;
      return this;
    }

    /** The inhibit rules, read at every tick (e.g. {@code engine::inhibitRules}). */
    public Builder inhibitRules(Supplier<List<InhibitRule>> rules) {
      this.inhibitRules = rules;
      return this;
    }

    /**
     * Builds the dispatcher.
     *
     * @throws IllegalArgumentException naming the setting that is missing or inconsistent
     */
    public NotificationDispatcher build() {
      if (route == null) {
        throw new IllegalArgumentException("route must be set");
      }
      if (executor == null) {
        throw new IllegalArgumentException("executor must be set");
      }
      if (store == null) {
        throw new IllegalArgumentException("store must be set");
      }
      if (clock == null || retry == null || inhibitRules == null) {
        throw new IllegalArgumentException("clock, retryPolicy and inhibitRules must not be null");
      }
      checkReceivers(route);
      return new NotificationDispatcher(this);
    }

    private void checkReceivers(Route r) {
      if (r.receiver() != null && !receivers.containsKey(r.receiver())) {
        throw new IllegalArgumentException(
            "route receiver '" + r.receiver() + "' is not a known receiver " + receivers.keySet());
      }
      r.children().forEach(this::checkReceivers);
    }
  }
}
