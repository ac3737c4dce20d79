package org.evdepot.telematics.polling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.telematics.ErrorCode;
import org.evdepot.telematics.FetchRequest;
import org.evdepot.telematics.FetchResult;
import org.evdepot.telematics.ProviderStatus;
import org.evdepot.telematics.TelematicsException;
import org.evdepot.telematics.TelematicsProvider;
import org.evdepot.telematics.VehicleFailure;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.evdepot.telematics.internal.TokenBucket;
import org.evdepot.telematics.store.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls many vehicles across providers on a (virtual or real) clock.
 *
 * <ul>
 *   <li>Each provider has a token bucket and an optional daily quota ({@link ProviderLimits});
 *       vehicles that are due but over budget stay due and go first next time.
 *   <li>Due vehicles of a provider are batched up to its {@link
 *       org.evdepot.telematics.ProviderCapabilities#maxBatchSize()}.
 *   <li>The next poll time of each vehicle comes from the {@link IntervalPolicy} (adaptive by
 *       default), spread by a seeded jitter so fleets do not poll in lockstep.
 *   <li>HTTP 429 blocks the provider for its {@code Retry-After} (or an exponential backoff);
 *       outages (5xx, malformed answers) back off exponentially, mark the provider's vehicles stale
 *       and set its status to {@link ProviderStatus#UNAVAILABLE}; repeated authentication failures
 *       open a circuit ({@link ProviderStatus#AUTH_FAILED}) for a growing cool-down.
 *   <li>Providers are independent: each provider's requests of a run go out as one task on the
 *       executor (by default a small pool owned by the scheduler), {@link #runDue()} does not wait
 *       for them, and a provider whose task is still running is skipped, not waited for, until it
 *       has answered. Within a task, the first provider-wide failure (timeout, 5xx, 429,
 *       authentication, malformed answer) stops that provider's remaining batches; their vehicles
 *       wait for the provider's backoff. A provider that has not answered for {@code hungAfter} is
 *       marked {@link ProviderStatus#UNAVAILABLE} and its vehicles' data goes stale.
 *   <li>Sleeping vehicles are never woken, except once after {@link #requestWake(String)}.
 * </ul>
 *
 * <p>Drive it by calling {@link #runDue()} whenever {@link #nextDueAt()} passes (in production from
 * a single-thread scheduled executor; in tests by advancing a virtual clock). Answers are recorded
 * (snapshots stored, vehicles re-planned) on the thread calling {@link #runDue()}, {@link
 * #collect()} or {@link #awaitIdle(Duration)}, never on the request threads. Not thread-safe: call
 * it from one thread. {@link #close()} stops the scheduler's own pool.
 */
public final class PollingScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PollingScheduler.class);
  private static final Comparator<VehicleState> BY_DUE =
      Comparator.comparing((VehicleState v) -> v.nextDueAt).thenComparing(v -> v.ref.vehicleId());

  private final Clock clock;
  private final SnapshotStore store;
  private final IntervalPolicy policy;
  private final double jitter;
  private final SplittableRandom random;
  private final int authFailureThreshold;
  private final Duration circuitOpenFor;
  private final Duration baseBackoff;
  private final Duration maxBackoff;
  private final Duration staleAfter;
  private final Duration hungAfter;
  private final Duration awaitResults;
  private final Executor executor;
  private final ExecutorService ownedPool;
  private final ConcurrentLinkedQueue<Completion> finished = new ConcurrentLinkedQueue<>();
  private final Map<String, ProviderState> providers = new LinkedHashMap<>();
  private final Map<String, VehicleState> vehicles = new HashMap<>();

  private PollingScheduler(Builder b) {
    this.clock = b.clock;
    this.store = b.store;
    this.policy = b.policy;
    this.jitter = b.jitter;
    this.random = new SplittableRandom(b.seed);
    this.authFailureThreshold = b.authFailureThreshold;
    this.circuitOpenFor = b.circuitOpenFor;
    this.baseBackoff = b.baseBackoff;
    this.maxBackoff = b.maxBackoff;
    this.staleAfter = b.staleAfter;
    this.hungAfter = b.hungAfter;
    this.awaitResults = b.awaitResults;
    if (b.executor != null) {
      this.executor = b.executor;
      this.ownedPool = null;
    } else {
      this.ownedPool = Executors.newCachedThreadPool(new PollThreads());
      this.executor = ownedPool;
    }
    Instant now = clock.instant();
    for (Map.Entry<String, Registration> e : b.registrations.entrySet()) {
      providers.put(e.getKey(), new ProviderState(e.getValue(), now));
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Registers a vehicle, due at once, without a planned departure. */
  public void register(VehicleRef ref) {
    register(ref, PollContext.NONE);
  }

  /**
   * Registers (or re-registers) a vehicle; it is due at once.
   *
   * @throws IllegalArgumentException when its provider is not configured
   */
  public void register(VehicleRef ref, PollContext context) {
    ProviderState p = providers.get(ref.providerId());
    if (p == null) {
      throw new IllegalArgumentException(
          "provider " + ref.providerId() + " of vehicle " + ref.vehicleId() + " is not configured");
    }
    unregister(ref.vehicleId());
    VehicleState v = new VehicleState(ref, Objects.requireNonNull(context, "context"));
    v.nextDueAt = clock.instant();
    vehicles.put(ref.vehicleId(), v);
    p.vehicleIds.add(ref.vehicleId());
    p.queue.add(v);
  }

  /** Stops polling a vehicle. */
  public void unregister(String vehicleId) {
    VehicleState v = vehicles.remove(vehicleId);
    if (v != null) {
      ProviderState p = providers.get(v.ref.providerId());
      p.queue.remove(v);
      p.vehicleIds.remove(vehicleId);
    }
  }

  /** Replaces a vehicle's context (e.g. a new departure) and re-plans it from now. */
  public void updateContext(String vehicleId, PollContext context) {
    VehicleState v = requireVehicle(vehicleId);
    v.context = Objects.requireNonNull(context, "context");
    reschedule(v, clock.instant());
  }

  /**
   * Allows one wake of a sleeping vehicle (where its provider can wake) and makes it due now. The
   * permission is used up by the next poll.
   */
  public void requestWake(String vehicleId) {
    VehicleState v = requireVehicle(vehicleId);
    v.wakeRequested = true;
    reschedule(v, clock.instant());
  }

  /** When a vehicle is polled next. */
  public Optional<Instant> nextPollOf(String vehicleId) {
    VehicleState v = vehicles.get(vehicleId);
    return v == null ? Optional.empty() : Optional.of(v.nextDueAt);
  }

  /** The current status of a provider. */
  public ProviderStatus status(String providerId) {
    return requireProvider(providerId).status;
  }

  /** Requests sent to a provider in the current UTC day. */
  public long requestsToday(String providerId) {
    return providers.get(providerId).usedToday;
  }

  /**
   * The earliest time something may be due (a vehicle, the end of a block, or the time a busy
   * provider counts as hung); empty if idle. A busy provider's answer can arrive at any time, so
   * while one is busy drive {@link #runDue()} at a fixed rate rather than only at this time.
   */
  public Optional<Instant> nextDueAt() {
    Instant best = null;
    for (ProviderState p : providers.values()) {
      if (p.task != null) {
        if (!p.hungReported && p.inFlightSince != null) {
          Instant hung = p.inFlightSince.plus(hungAfter);
          best = best == null || hung.isBefore(best) ? hung : best;
        }
        continue;
      }
      if (p.pushOnly || p.queue.isEmpty()) {
        continue;
      }
      Instant t = p.queue.peek().nextDueAt;
      if (p.blockedUntil != null && p.blockedUntil.isAfter(t)) {
        t = p.blockedUntil;
      }
      if (best == null || t.isBefore(best)) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Plans the requests due now within each provider's budget, without sending them. The vehicles of
   * the returned batches are in flight until {@link #complete} or {@link #fail} is called.
   * Providers whose requests from {@link #runDue()} are still running are left out.
   */
  public List<PollBatch> planDue() {
    Instant now = clock.instant();
    List<PollBatch> batches = new ArrayList<>();
    for (ProviderState p : providers.values()) {
      if (p.pushOnly || p.task != null) {
        continue;
      }
      if (p.blockedUntil != null) {
        if (now.isBefore(p.blockedUntil)) {
          continue;
        }
        p.blockedUntil = null;
      }
      LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      if (!today.equals(p.day)) {
        p.day = today;
        p.usedToday = 0;
        if (p.status == ProviderStatus.QUOTA_EXHAUSTED) {
          setStatus(p, ProviderStatus.HEALTHY, "new quota day", now);
        }
      }
      while (!p.queue.isEmpty() && !p.queue.peek().nextDueAt.isAfter(now)) {
        if (p.limits.dailyQuota() > 0 && p.usedToday >= p.limits.dailyQuota()) {
          p.blockedUntil = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
          setStatus(p, ProviderStatus.QUOTA_EXHAUSTED, "daily quota used up", now);
          break;
        }
        if (!p.bucket.tryAcquire(now)) {
          break;
        }
        List<VehicleRef> refs = new ArrayList<>(Math.min(p.maxBatch, 64));
        Set<String> wake = new HashSet<>(0);
        while (refs.size() < p.maxBatch
            && !p.queue.isEmpty()
            && !p.queue.peek().nextDueAt.isAfter(now)) {
          VehicleState v = p.queue.poll();
          v.inFlight = true;
          refs.add(v.ref);
          if (v.wakeRequested && p.canWake) {
            wake.add(v.ref.vehicleId());
          }
          v.wakeRequested = false;
        }
        p.usedToday++;
        batches.add(new PollBatch(p.id, new FetchRequest(refs, wake)));
      }
    }
    return batches;
  }

  /**
   * Records the answers that arrived since the last call, then plans and sends everything due now.
   * Each provider's batches go out as one task on the executor; this call waits for them at most
   * {@code awaitResults} (default not at all), so a slow or hung provider never delays the others.
   * A provider whose previous task is still running is skipped until it answers. Answers that
   * arrive later are recorded by the next {@link #runDue()}, {@link #collect()} or {@link
   * #awaitIdle(Duration)}.
   *
   * @return what was sent now and what was recorded during this call
   */
  public PollReport runDue() {
    Tally tally = new Tally();
    drain(tally);
    markHungProviders(clock.instant());
    List<PollBatch> batches = planDue();
    Map<String, List<PollBatch>> byProvider = new LinkedHashMap<>();
    for (PollBatch b : batches) {
      byProvider.computeIfAbsent(b.providerId(), k -> new ArrayList<>()).add(b);
    }
    List<CompletableFuture<?>> started = new ArrayList<>(byProvider.size());
    for (Map.Entry<String, List<PollBatch>> e : byProvider.entrySet()) {
      started.add(start(providers.get(e.getKey()), e.getValue()));
    }
    if (!awaitResults.isZero() && !started.isEmpty()) {
      waitFor(CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)), awaitResults);
    }
    drain(tally);
    return report(batches.size(), tally);
  }

  /** Records the answers that have arrived, without sending anything. */
  public PollReport collect() {
    Tally tally = new Tally();
    drain(tally);
    return report(0, tally);
  }

  /**
   * Waits until no provider task is running or the timeout passes, recording answers as they come.
   * For simulations, tests and shutdown; a live driver just calls {@link #runDue()} periodically.
   *
   * @return whether every provider task has finished
   */
  public boolean awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    drain(new Tally());
    while (true) {
      List<CompletableFuture<?>> running = new ArrayList<>();
      for (ProviderState p : providers.values()) {
        if (p.task != null) {
          running.add(p.task);
        }
      }
      if (running.isEmpty()) {
        return true;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      waitFor(
          CompletableFuture.anyOf(running.toArray(CompletableFuture[]::new)),
          Duration.ofNanos(left));
      drain(new Tally());
    }
  }

  /**
   * Waits until one provider's running requests have finished or the timeout passes, recording
   * every answer that has arrived meanwhile; the other providers are not waited for.
   *
   * @return whether that provider is idle
   */
  public boolean awaitIdle(String providerId, Duration timeout) {
    ProviderState p = requireProvider(providerId);
    CompletableFuture<?> running = p.task;
    if (running != null) {
      waitFor(running, timeout);
    }
    drain(new Tally());
    return p.task == null;
  }

  /** Whether a provider's requests are still running (it is skipped until they finish). */
  public boolean isBusy(String providerId) {
    return requireProvider(providerId).task != null;
  }

  /** Stops the scheduler's own request pool, if it has one; running requests are interrupted. */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.shutdownNow();
    }
  }

  private PollReport report(int requests, Tally t) {
    Map<String, ProviderStatus> statuses = new LinkedHashMap<>();
    for (ProviderState p : providers.values()) {
      statuses.put(p.id, p.status);
    }
    return new PollReport(requests, t.vehiclesPolled, t.snapshots, t.failures, statuses);
  }

  private static void waitFor(CompletableFuture<?> f, Duration timeout) {
    try {
      f.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // a provider still running is recorded later; failures are carried as outcomes
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts one provider's batches as a task; it touches no scheduler state. */
  private CompletableFuture<?> start(ProviderState p, List<PollBatch> mine) {
    p.inFlightSince = clock.instant();
    p.hungReported = false;
    CompletableFuture<List<Outcome>> task;
    try {
      task = CompletableFuture.supplyAsync(() -> send(p, mine), executor);
    } catch (RejectedExecutionException e) {
      task = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<?> done =
        task.handle(
            (outcomes, error) -> {
              finished.add(new Completion(p, mine, outcomes, error));
              return null;
            });
    // set before any drain can see the completion, so a task that already ran (on the calling
    // thread, or rejected) is cleared by the drain that follows
    p.task = done;
    return done;
  }

  /** Records every finished provider task, in the order they finished. */
  private void drain(Tally tally) {
    Completion c;
    while ((c = finished.poll()) != null) {
      record(c, tally);
    }
  }

  private void record(Completion c, Tally tally) {
    ProviderState p = c.provider();
    p.task = null;
    p.inFlightSince = null;
    List<Outcome> outcomes = c.outcomes();
    if (outcomes == null) {
      Throwable t =
          c.error() instanceof java.util.concurrent.CompletionException ce
              ? ce.getCause()
              : c.error();
      LOG.warn("{}: request task failed unexpectedly", p.id, t);
      TelematicsException e =
          new TelematicsException(
              ErrorCode.PROVIDER_UNAVAILABLE,
              p.id,
              0,
              null,
              "request task failed: " + (t == null ? "unknown" : t.getClass().getSimpleName()),
              t);
      outcomes = new ArrayList<>();
      outcomes.add(new Outcome(c.batches().get(0), null, e, true));
      for (int i = 1; i < c.batches().size(); i++) {
        outcomes.add(new Outcome(c.batches().get(i), null, null, false));
      }
    }
    for (Outcome o : outcomes) {
      if (!o.sent()) {
        defer(p, o.batch());
        continue;
      }
      tally.vehiclesPolled += o.batch().request().vehicles().size();
      if (o.error() == null) {
        complete(o.batch(), o.result());
        tally.snapshots += o.result().snapshots().size();
        tally.failures += o.result().failures().size();
      } else {
        fail(o.batch(), o.error());
        tally.failures += o.batch().request().vehicles().size();
      }
    }
  }

  /**
   * Puts back the vehicles of a batch that was not sent because an earlier batch of the same
   * provider failed: they wait for the provider's block (or go first next time), and the request is
   * not counted against the daily quota.
   */
  private void defer(ProviderState p, PollBatch batch) {
    Instant at = p.blockedUntil != null ? p.blockedUntil : clock.instant();
    if (p.usedToday > 0) {
      p.usedToday--;
    }
    for (VehicleRef ref : batch.request().vehicles()) {
      VehicleState v = vehicles.get(ref.vehicleId());
      if (v != null && v.inFlight) {
        v.inFlight = false;
        if (batch.request().wakeAllowed().contains(ref.vehicleId())) {
          v.wakeRequested = true;
        }
        v.nextDueAt = at;
        p.queue.add(v);
      }
    }
  }

  /** Marks providers that have not answered for {@code hungAfter} unavailable, once per task. */
  private void markHungProviders(Instant now) {
    for (ProviderState p : providers.values()) {
      if (p.task == null || p.hungReported || p.inFlightSince == null) {
        continue;
      }
      Duration waiting = Duration.between(p.inFlightSince, now);
      if (waiting.compareTo(hungAfter) >= 0) {
        p.hungReported = true;
        setStatus(p, ProviderStatus.UNAVAILABLE, "no answer for " + waiting, now);
        markProviderStale(p, "no answer for " + waiting, now);
      }
    }
  }

  private static final class Tally {
    int vehiclesPolled;
    int snapshots;
    int failures;
  }

  private record Completion(
      ProviderState provider, List<PollBatch> batches, List<Outcome> outcomes, Throwable error) {}

  private record Outcome(
      PollBatch batch, FetchResult result, TelematicsException error, boolean sent) {}

  /** Whether a failure concerns the whole provider (stop its other batches) or only vehicles. */
  private static boolean providerWide(ErrorCode code) {
    return switch (code) {
      case VEHICLE_ASLEEP, VEHICLE_NOT_FOUND, REQUEST_REJECTED -> false;
      default -> true;
    };
  }

  /**
   * Sends one provider's batches in order; runs on the executor and touches no scheduler state.
   * After the first provider-wide failure the remaining batches are not sent.
   */
  private static List<Outcome> send(ProviderState p, List<PollBatch> batches) {
    List<Outcome> out = new ArrayList<>(batches.size());
    boolean stopped = false;
    for (PollBatch batch : batches) {
      if (stopped) {
        out.add(new Outcome(batch, null, null, false));
        continue;
      }
      TelematicsException error;
      try {
        out.add(new Outcome(batch, p.provider.fetch(batch.request()), null, true));
        continue;
      } catch (TelematicsException e) {
        error = e;
      } catch (RuntimeException e) {
        LOG.warn("{}: provider threw unexpectedly", p.id, e);
        error =
            new TelematicsException(
                ErrorCode.PROVIDER_UNAVAILABLE,
                p.id,
                0,
                null,
                "unexpected " + e.getClass().getSimpleName(),
                e);
      }
      out.add(new Outcome(batch, null, error, true));
      stopped = providerWide(error.code());
    }
    return out;
  }

  /** Records a successful request: stores snapshots and re-plans its vehicles. */
  public void complete(PollBatch batch, FetchResult result) {
    Instant now = clock.instant();
    ProviderState p = providers.get(batch.providerId());
    p.consecutiveFailures = 0;
    p.authFailures = 0;
    p.circuitOpens = 0;
    if (p.status != ProviderStatus.HEALTHY && p.status != ProviderStatus.QUOTA_EXHAUSTED) {
      setStatus(p, ProviderStatus.HEALTHY, "answering again", now);
    }
    for (VehicleSnapshot s : result.snapshots()) {
      // a provider may answer for more vehicles than asked (a shared feed); keep only ours
      VehicleState owner = vehicles.get(s.vehicleId());
      if (owner != null && owner.ref.providerId().equals(p.id)) {
        store.apply(s);
      }
    }
    Map<String, VehicleFailure> failed = new HashMap<>();
    for (VehicleFailure f : result.failures()) {
      failed.put(f.vehicleId(), f);
    }
    for (VehicleRef ref : batch.request().vehicles()) {
      VehicleState v = vehicles.get(ref.vehicleId());
      if (v == null || !v.inFlight) {
        // unregistered or re-registered while its request ran: nothing to re-plan
        continue;
      }
      v.inFlight = false;
      VehicleFailure f = failed.get(ref.vehicleId());
      PollOutcome outcome =
          f == null
              ? PollOutcome.OK
              : f.code() == ErrorCode.VEHICLE_ASLEEP ? PollOutcome.ASLEEP : PollOutcome.FAILED;
      if (outcome != PollOutcome.OK) {
        markStaleIfOld(ref.vehicleId(), f.code() + ": " + f.message(), now);
      }
      schedule(v, p, now, outcome);
    }
  }

  /** Records a failed request: backs off, opens the circuit or marks data stale as fitting. */
  public void fail(PollBatch batch, TelematicsException e) {
    Instant now = clock.instant();
    ProviderState p = providers.get(batch.providerId());
    Duration block;
    switch (e.code()) {
      case RATE_LIMITED -> {
        p.consecutiveFailures++;
        block = e.retryAfter().orElseGet(() -> backoff(p.consecutiveFailures));
        setStatus(p, ProviderStatus.RATE_LIMITED, "HTTP 429, retry after " + block, now);
      }
      case AUTHENTICATION -> {
        p.authFailures++;
        if (p.authFailures >= authFailureThreshold) {
          p.circuitOpens++;
          block = circuitOpenFor.multipliedBy(1L << Math.min(6, p.circuitOpens - 1));
          setStatus(
              p,
              ProviderStatus.AUTH_FAILED,
              p.authFailures + " authentication failures; circuit open for " + block,
              now);
        } else {
          block = backoff(p.authFailures);
        }
        markProviderStale(p, "authentication failed", now);
      }
      case VEHICLE_ASLEEP, VEHICLE_NOT_FOUND, REQUEST_REJECTED -> {
        for (VehicleRef ref : batch.request().vehicles()) {
          VehicleState v = vehicles.get(ref.vehicleId());
          if (v != null && v.inFlight) {
            v.inFlight = false;
            PollOutcome o =
                e.code() == ErrorCode.VEHICLE_ASLEEP ? PollOutcome.ASLEEP : PollOutcome.FAILED;
            schedule(v, p, now, o);
          }
        }
        return;
      }
      default -> {
        p.consecutiveFailures++;
        block = backoff(p.consecutiveFailures);
        setStatus(p, ProviderStatus.UNAVAILABLE, e.code() + ": " + e.getMessage(), now);
        markProviderStale(p, "provider unavailable", now);
      }
    }
    Instant until = now.plus(block);
    if (p.blockedUntil == null || until.isAfter(p.blockedUntil)) {
      p.blockedUntil = until;
    }
    for (VehicleRef ref : batch.request().vehicles()) {
      VehicleState v = vehicles.get(ref.vehicleId());
      if (v != null && v.inFlight) {
        v.inFlight = false;
        v.nextDueAt = p.blockedUntil;
        p.queue.add(v);
      }
    }
  }

  /** Marks a vehicle stale when its newest observation is older than {@code staleAfter}. */
  private void markStaleIfOld(String vehicleId, String reason, Instant now) {
    store
        .latest(vehicleId)
        .flatMap(VehicleSnapshot::latestObservedAt)
        .filter(t -> t.plus(staleAfter).isBefore(now))
        .ifPresent(
            t -> store.markStale(vehicleId, "no new data since " + t + " (" + reason + ")", now));
  }

  private void markProviderStale(ProviderState p, String reason, Instant now) {
    for (String vehicleId : p.vehicleIds) {
      store.markStale(vehicleId, p.id + ": " + reason, now);
    }
  }

  private Duration backoff(int failures) {
    long factor = 1L << Math.min(20, Math.max(0, failures - 1));
    Duration d = baseBackoff.multipliedBy(factor);
    if (d.compareTo(maxBackoff) > 0) {
      d = maxBackoff;
    }
    return jittered(d);
  }

  private void schedule(VehicleState v, ProviderState p, Instant now, PollOutcome outcome) {
    VehicleSnapshot latest = store.latest(v.ref.vehicleId()).orElse(null);
    Duration d = policy.next(latest, v.context, outcome, now);
    v.nextDueAt = now.plus(jittered(d));
    p.queue.add(v);
  }

  private void reschedule(VehicleState v, Instant at) {
    ProviderState p = providers.get(v.ref.providerId());
    if (v.inFlight) {
      return;
    }
    p.queue.remove(v);
    v.nextDueAt = at;
    p.queue.add(v);
  }

  private Duration jittered(Duration d) {
    if (jitter == 0) {
      return d;
    }
    double factor = 1 + jitter * (2 * random.nextDouble() - 1);
    return Duration.ofMillis(Math.max(1, Math.round(d.toMillis() * factor)));
  }

  private void setStatus(ProviderState p, ProviderStatus status, String detail, Instant now) {
    if (p.status == status) {
      return;
    }
    LOG.info("{}: {} -> {} ({})", p.id, p.status, status, detail);
    p.status = status;
    store.recordProviderStatus(p.id, status, detail, now);
  }

  private ProviderState requireProvider(String providerId) {
    ProviderState p = providers.get(providerId);
    if (p == null) {
      throw new IllegalArgumentException("provider " + providerId + " is not configured");
    }
    return p;
  }

  /** Daemon threads named after the scheduler, so a forgotten scheduler never keeps a JVM up. */
  private static final class PollThreads implements ThreadFactory {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final int pool = POOLS.incrementAndGet();
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "telematics-poll-" + pool + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }

  private VehicleState requireVehicle(String vehicleId) {
    VehicleState v = vehicles.get(vehicleId);
    if (v == null) {
      throw new IllegalArgumentException("vehicle " + vehicleId + " is not registered");
    }
    return v;
  }

  private static final class VehicleState {
    final VehicleRef ref;
    PollContext context;
    Instant nextDueAt;
    boolean wakeRequested;
    boolean inFlight;

    VehicleState(VehicleRef ref, PollContext context) {
      this.ref = ref;
      this.context = context;
    }
  }

  private record Registration(TelematicsProvider provider, ProviderLimits limits) {}

  private static final class ProviderState {
    final String id;
    final TelematicsProvider provider;
    final ProviderLimits limits;
    final TokenBucket bucket;
    final int maxBatch;
    final boolean canWake;
    final boolean pushOnly;
    final PriorityQueue<VehicleState> queue = new PriorityQueue<>(BY_DUE);
    final Set<String> vehicleIds = new HashSet<>();
    LocalDate day;
    long usedToday;
    Instant blockedUntil;
    int consecutiveFailures;
    int authFailures;
    int circuitOpens;
    ProviderStatus status = ProviderStatus.HEALTHY;

    /** The running request task of {@link #runDue()}, or null; only the driving thread writes. */
    CompletableFuture<?> task;

    Instant inFlightSince;
    boolean hungReported;

    ProviderState(Registration r, Instant now) {
      this.provider = r.provider();
      this.id = r.provider().id();
      this.limits = r.limits();
      this.bucket = new TokenBucket(r.limits().requestsPerSecond(), r.limits().burst(), now);
      this.maxBatch = r.provider().capabilities().maxBatchSize();
      this.canWake = r.provider().capabilities().canWake();
      this.pushOnly = r.provider().capabilities().pushOnly();
      this.day = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
  }

  /** Builds a {@link PollingScheduler}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private SnapshotStore store;
    private IntervalPolicy policy = AdaptiveIntervalPolicy.defaults();
    private double jitter = 0.1;
    private long seed = 42;
    private int authFailureThreshold = 3;
    private Duration circuitOpenFor = Duration.ofMinutes(15);
    private Duration baseBackoff = Duration.ofSeconds(30);
    private Duration maxBackoff = Duration.ofMinutes(30);
    private Duration staleAfter = Duration.ofHours(1);
    private Duration hungAfter = Duration.ofMinutes(2);
    private Duration awaitResults = Duration.ZERO;
    private Executor executor;
    private final Map<String, Registration> registrations = new LinkedHashMap<>();

    private Builder() {}

    /** The clock (virtual in tests and benchmarks). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Where snapshots, staleness and provider statuses go. */
    public Builder store(SnapshotStore value) {
      this.store = Objects.requireNonNull(value, "store");
      return this;
    }

    /** The interval policy (default {@link AdaptiveIntervalPolicy#defaults()}). */
    public Builder intervalPolicy(IntervalPolicy value) {
      this.policy = Objects.requireNonNull(value, "intervalPolicy");
      return this;
    }

    /** Relative jitter 0..0.5 applied to each interval (default 0.1 = ±10 %). */
    public Builder jitter(double value) {
      if (!(value >= 0 && value <= 0.5)) {
        throw new IllegalArgumentException("jitter must be within 0..0.5 but was " + value);
      }
      this.jitter = value;
      return this;
    }

    /** The jitter seed (runs with the same seed plan identically). */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Authentication failures in a row that open the circuit (default 3). */
    public Builder authFailureThreshold(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("authFailureThreshold must be >= 1 but was " + value);
      }
      this.authFailureThreshold = value;
      return this;
    }

    /**
     * How long the circuit stays open the first time; doubles on each reopening (default 15 min).
     */
    public Builder circuitOpenFor(Duration value) {
      this.circuitOpenFor = Objects.requireNonNull(value, "circuitOpenFor");
      return this;
    }

    /**
     * First backoff after a failure; doubles per failure up to the maximum (default 30 s, 30 min).
     */
    public Builder backoff(Duration base, Duration max) {
      this.baseBackoff = Objects.requireNonNull(base, "base");
      this.maxBackoff = Objects.requireNonNull(max, "max");
      if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
        throw new IllegalArgumentException(
            "backoff must satisfy 0 < base <= max but was base=" + base + ", max=" + max);
      }
      return this;
    }

    /**
     * How old a vehicle's newest observation may get, while polls of it fail or find it asleep,
     * before its data is marked stale (default 1 h).
     */
    public Builder staleAfter(Duration value) {
      this.staleAfter = Objects.requireNonNull(value, "staleAfter");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("staleAfter must be positive but was " + value);
      }
      return this;
    }

    /**
     * Where provider requests run. By default the scheduler owns a cached pool of daemon threads
     * (at most one busy thread per provider, since a busy provider is skipped); {@link #close()}
     * stops it. {@code Runnable::run} sends on the calling thread, which makes runs deterministic
     * for simulations and benchmarks, but then a hung provider holds up {@link #runDue()}.
     */
    public Builder executor(Executor value) {
      this.executor = Objects.requireNonNull(value, "executor");
      return this;
    }

    /**
     * How long a provider may stay without an answer before it is marked {@link
     * ProviderStatus#UNAVAILABLE} and its vehicles' data stale, on the scheduler's clock (default 2
     * min; set it above the adapters' HTTP timeouts).
     */
    public Builder hungAfter(Duration value) {
      this.hungAfter = Objects.requireNonNull(value, "hungAfter");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("hungAfter must be positive but was " + value);
      }
      return this;
    }

    /**
     * How long {@link #runDue()} waits (wall time) for the requests it has just started before
     * returning; answers arriving later are recorded by the next call (default zero: never wait).
     */
    public Builder awaitResults(Duration value) {
      this.awaitResults = Objects.requireNonNull(value, "awaitResults");
      if (value.isNegative()) {
        throw new IllegalArgumentException("awaitResults must not be negative but was " + value);
      }
      return this;
    }

    /** Adds a provider with its request budget. */
    public Builder provider(TelematicsProvider provider, ProviderLimits limits) {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(limits, "limits");
      if (registrations.containsKey(provider.id())) {
        throw new IllegalArgumentException("provider " + provider.id() + " is added twice");
      }
      registrations.put(provider.id(), new Registration(provider, limits));
      return this;
    }

    /** Validates and builds. */
    public PollingScheduler build() {
      if (store == null) {
        throw new IllegalArgumentException("store must be set");
      }
      if (registrations.isEmpty()) {
        throw new IllegalArgumentException("at least one provider must be added");
      }
      return new PollingScheduler(this);
    }
  }
}
