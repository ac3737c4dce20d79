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
import java.util.concurrent.Executor;
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
 *   <li>A failing provider never stops the others: every request is isolated.
 *   <li>Sleeping vehicles are never woken, except once after {@link #requestWake(String)}.
 * </ul>
 *
 * <p>Drive it by calling {@link #runDue()} whenever {@link #nextDueAt()} passes (in production from
 * a single-thread scheduled executor; in tests by advancing a virtual clock). Not thread-safe: call
 * it from one thread.
 */
public final class PollingScheduler {
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
  private final Executor executor;
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
    this.executor = b.executor;
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
    ProviderState p = providers.get(providerId);
    if (p == null) {
      throw new IllegalArgumentException("provider " + providerId + " is not configured");
    }
    return p.status;
  }

  /** Requests sent to a provider in the current UTC day. */
  public long requestsToday(String providerId) {
    return providers.get(providerId).usedToday;
  }

  /** The earliest time something may be due (a vehicle, or the end of a block); empty if idle. */
  public Optional<Instant> nextDueAt() {
    Instant best = null;
    for (ProviderState p : providers.values()) {
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
   */
  public List<PollBatch> planDue() {
    Instant now = clock.instant();
    List<PollBatch> batches = new ArrayList<>();
    for (ProviderState p : providers.values()) {
      if (p.pushOnly) {
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
   * Plans, sends and records everything due now; one provider's failure never stops others. Each
   * provider's requests run as one task on the configured executor (by default on the calling
   * thread), so with a thread pool a slow provider does not hold back the requests of the others;
   * results are recorded on the calling thread once all tasks have finished.
   */
  public PollReport runDue() {
    List<PollBatch> batches = planDue();
    Map<String, List<PollBatch>> byProvider = new LinkedHashMap<>();
    for (PollBatch b : batches) {
      byProvider.computeIfAbsent(b.providerId(), k -> new ArrayList<>()).add(b);
    }
    List<CompletableFuture<List<Outcome>>> tasks = new ArrayList<>(byProvider.size());
    for (Map.Entry<String, List<PollBatch>> e : byProvider.entrySet()) {
      ProviderState p = providers.get(e.getKey());
      List<PollBatch> mine = e.getValue();
      tasks.add(CompletableFuture.supplyAsync(() -> send(p, mine), executor));
    }
    int vehiclesPolled = 0;
    int snapshots = 0;
    int failures = 0;
    for (CompletableFuture<List<Outcome>> task : tasks) {
      for (Outcome o : task.join()) {
        vehiclesPolled += o.batch().request().vehicles().size();
        if (o.error() == null) {
          complete(o.batch(), o.result());
          snapshots += o.result().snapshots().size();
          failures += o.result().failures().size();
        } else {
          fail(o.batch(), o.error());
          failures += o.batch().request().vehicles().size();
        }
      }
    }
    Map<String, ProviderStatus> statuses = new LinkedHashMap<>();
    for (ProviderState p : providers.values()) {
      statuses.put(p.id, p.status);
    }
    return new PollReport(batches.size(), vehiclesPolled, snapshots, failures, statuses);
  }

  private record Outcome(PollBatch batch, FetchResult result, TelematicsException error) {}

  /** Sends one provider's batches in order; runs on the executor, touches no scheduler state. */
  private static List<Outcome> send(ProviderState p, List<PollBatch> batches) {
    List<Outcome> out = new ArrayList<>(batches.size());
    for (PollBatch batch : batches) {
      try {
        out.add(new Outcome(batch, p.provider.fetch(batch.request()), null));
      } catch (TelematicsException e) {
        out.add(new Outcome(batch, null, e));
      } catch (RuntimeException e) {
        LOG.warn("{}: provider threw unexpectedly", p.id, e);
        out.add(
            new Outcome(
                batch,
                null,
                new TelematicsException(
                    ErrorCode.PROVIDER_UNAVAILABLE,
                    p.id,
                    0,
                    null,
                    "unexpected " + e.getClass().getSimpleName(),
                    e)));
      }
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
      store.apply(s);
    }
    Map<String, VehicleFailure> failed = new HashMap<>();
    for (VehicleFailure f : result.failures()) {
      failed.put(f.vehicleId(), f);
    }
    for (VehicleRef ref : batch.request().vehicles()) {
      VehicleState v = vehicles.get(ref.vehicleId());
      if (v == null) {
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
          if (v != null) {
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
      if (v != null) {
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
    private Executor executor = Runnable::run;
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
     * Where provider requests run (default: the thread calling {@link #runDue()}). Give a pool with
     * a thread per provider so a slow provider does not delay the others' requests.
     */
    public Builder executor(Executor value) {
      this.executor = Objects.requireNonNull(value, "executor");
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
