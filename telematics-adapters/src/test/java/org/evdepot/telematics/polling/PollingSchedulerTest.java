package org.evdepot.telematics.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.evdepot.telematics.ChargingState;
import org.evdepot.telematics.ErrorCode;
import org.evdepot.telematics.FetchRequest;
import org.evdepot.telematics.FetchResult;
import org.evdepot.telematics.Observation;
import org.evdepot.telematics.PlugState;
import org.evdepot.telematics.ProviderCapabilities;
import org.evdepot.telematics.ProviderStatus;
import org.evdepot.telematics.Quality;
import org.evdepot.telematics.SocBasis;
import org.evdepot.telematics.StateOfCharge;
import org.evdepot.telematics.TelematicsException;
import org.evdepot.telematics.VehicleFailure;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.evdepot.telematics.store.InMemorySnapshotStore;
import org.evdepot.telematics.store.SnapshotEvent;
import org.evdepot.telematics.testing.MutableClock;
import org.evdepot.telematics.testing.ScriptedProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PollingSchedulerTest {
  private static final Instant START = Instant.parse("2026-03-02T04:00:00Z");
  private static final ProviderLimits GENEROUS = new ProviderLimits(100, 100, 0);

  private MutableClock clock;
  private InMemorySnapshotStore store;
  private final List<SnapshotEvent> events = new ArrayList<>();

  @BeforeEach
  void setUp() {
    clock = new MutableClock(START);
    store = new InMemorySnapshotStore();
    store.subscribe(events::add);
  }

  /** Answers every vehicle with a snapshot in the given state, observed 30 s ago. */
  private Function<FetchRequest, FetchResult> answering(
      double soc, PlugState plug, ChargingState charging) {
    return request -> {
      Instant rx = clock.instant();
      Instant t = rx.minusSeconds(30);
      List<VehicleSnapshot> out = new ArrayList<>();
      for (VehicleRef ref : request.vehicles()) {
        out.add(
            VehicleSnapshot.builder(ref, rx)
                .stateOfCharge(Observation.of(new StateOfCharge(soc, SocBasis.USABLE), t, null, rx))
                .plugState(Observation.of(plug, t, null, rx))
                .chargingState(Observation.of(charging, t, null, rx))
                .build());
      }
      return new FetchResult(out, List.of());
    };
  }

  private Function<FetchRequest, FetchResult> idle() {
    return answering(50, PlugState.UNPLUGGED, ChargingState.IDLE);
  }

  private ScriptedProvider provider(String id, int batch, boolean canWake) {
    return new ScriptedProvider(id, new ProviderCapabilities(batch, canWake, false), clock, idle());
  }

  private static List<VehicleRef> fleet(String provider, int n) {
    List<VehicleRef> refs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      refs.add(new VehicleRef(provider + "-v" + i, provider, "ext-" + i));
    }
    return refs;
  }

  /** A scheduler sending on the calling thread, so each run is recorded when it returns. */
  private PollingScheduler.Builder scheduler() {
    return PollingScheduler.builder().clock(clock).store(store).seed(7).executor(Runnable::run);
  }

  /** Runs everything due, stepping the virtual clock, for the given duration. */
  private void runFor(PollingScheduler s, Duration total, Duration step) {
    Instant end = clock.instant().plus(total);
    while (!clock.instant().isAfter(end)) {
      s.runDue();
      clock.advance(step);
    }
  }

  @Test
  void dueVehicles_areBatchedUpToTheProvidersBatchSize() {
    ScriptedProvider p = provider("samsara", 100, false);
    PollingScheduler s = scheduler().provider(p, GENEROUS).build();
    fleet("samsara", 250).forEach(s::register);

    PollReport report = s.runDue();

    assertThat(report.requests()).isEqualTo(3);
    assertThat(report.vehiclesPolled()).isEqualTo(250);
    assertThat(p.calls())
        .extracting(c -> c.request().vehicles().size())
        .containsExactly(100, 100, 50);
    assertThat(store.all()).hasSize(250);
  }

  @Test
  void tokenBucket_limitsRequests_andDeferredVehiclesGoFirstNextTime() {
    ScriptedProvider p = provider("tesla", 1, true);
    PollingScheduler s = scheduler().provider(p, new ProviderLimits(1, 5, 0)).build();
    fleet("tesla", 20).forEach(s::register);

    assertThat(s.runDue().requests()).isEqualTo(5);
    clock.advance(Duration.ofSeconds(2));
    assertThat(s.runDue().requests()).isEqualTo(2);
    clock.advance(Duration.ofSeconds(13));
    assertThat(s.runDue().requests()).isEqualTo(5);
    // 12 distinct vehicles so far: nobody polled twice while others wait
    assertThat(p.calls().stream().map(c -> c.request().vehicles().get(0).vehicleId()).distinct())
        .hasSize(12);
  }

  @Test
  void dailyQuota_blocksUntilTheNextUtcDay() {
    ScriptedProvider p = provider("smartcar", 1, false);
    PollingScheduler s = scheduler().provider(p, new ProviderLimits(100, 100, 3)).build();
    fleet("smartcar", 5).forEach(s::register);

    assertThat(s.runDue().requests()).isEqualTo(3);
    assertThat(s.status("smartcar")).isEqualTo(ProviderStatus.QUOTA_EXHAUSTED);
    clock.advance(Duration.ofHours(2));
    assertThat(s.runDue().requests()).isZero();

    clock.set(Instant.parse("2026-03-03T00:00:01Z"));
    // a new day: all five are due again, and the fresh quota allows three
    assertThat(s.runDue().requests()).isEqualTo(3);
    assertThat(events)
        .filteredOn(e -> e instanceof SnapshotEvent.ProviderStatusChanged)
        .extracting(e -> ((SnapshotEvent.ProviderStatusChanged) e).to())
        .containsExactly(
            ProviderStatus.QUOTA_EXHAUSTED, ProviderStatus.HEALTHY, ProviderStatus.QUOTA_EXHAUSTED);
  }

  @Test
  void intervals_adaptToChargingFullPluggedAndDeparture() {
    ScriptedProvider charging = provider("a", 1, false);
    charging.behave(answering(40, PlugState.PLUGGED, ChargingState.CHARGING));
    ScriptedProvider full = provider("b", 1, false);
    full.behave(answering(100, PlugState.UNPLUGGED, ChargingState.IDLE));
    ScriptedProvider plugged = provider("c", 1, false);
    plugged.behave(answering(60, PlugState.PLUGGED, ChargingState.IDLE));
    ScriptedProvider departing = provider("d", 1, false);
    departing.behave(answering(100, PlugState.UNPLUGGED, ChargingState.IDLE));
    PollingScheduler s =
        scheduler()
            .jitter(0)
            .provider(charging, GENEROUS)
            .provider(full, GENEROUS)
            .provider(plugged, GENEROUS)
            .provider(departing, GENEROUS)
            .build();
    s.register(new VehicleRef("va", "a", "1"));
    s.register(new VehicleRef("vb", "b", "1"));
    s.register(new VehicleRef("vc", "c", "1"));
    s.register(new VehicleRef("vd", "d", "1"), new PollContext(START.plus(Duration.ofMinutes(40))));

    s.runDue();

    assertThat(s.nextPollOf("va")).contains(START.plus(Duration.ofMinutes(2)));
    assertThat(s.nextPollOf("vb")).contains(START.plus(Duration.ofMinutes(60)));
    assertThat(s.nextPollOf("vc")).contains(START.plus(Duration.ofMinutes(5)));
    assertThat(s.nextPollOf("vd")).contains(START.plus(Duration.ofMinutes(2)));

    runFor(s, Duration.ofHours(2), Duration.ofSeconds(30));
    assertThat(charging.calls().size()).isGreaterThan(50);
    assertThat(full.calls().size()).isBetween(2, 4);
  }

  @Test
  void sleepingVehicle_isNeverWoken_unlessAskedAndThenOnlyOnce() {
    ScriptedProvider p = provider("tesla", 1, true);
    p.behave(
        r ->
            new FetchResult(
                List.of(),
                List.of(
                    new VehicleFailure(
                        r.vehicles().get(0).vehicleId(), ErrorCode.VEHICLE_ASLEEP, "asleep"))));
    PollingScheduler s = scheduler().jitter(0).provider(p, GENEROUS).build();
    s.register(new VehicleRef("van", "tesla", "VIN1"));

    runFor(s, Duration.ofHours(2), Duration.ofMinutes(1));
    // at 0, 30, 60, 90 and 120 minutes: the asleep interval, no wake
    assertThat(p.calls()).hasSize(5);
    assertThat(p.calls()).allSatisfy(c -> assertThat(c.request().wakeAllowed()).isEmpty());
    assertThat(p.calls().get(1).at()).isEqualTo(START.plus(Duration.ofMinutes(30)));

    s.requestWake("van");
    s.runDue();
    clock.advance(Duration.ofMinutes(30));
    s.runDue();
    List<ScriptedProvider.Call> calls = p.calls();
    assertThat(calls.get(calls.size() - 2).request().wakeAllowed()).containsExactly("van");
    assertThat(calls.get(calls.size() - 1).request().wakeAllowed()).isEmpty();
    assertThat(s.status("tesla")).isEqualTo(ProviderStatus.HEALTHY);
  }

  @Test
  void rateLimit_honoursRetryAfter_thenRecovers() {
    ScriptedProvider p = provider("samsara", 10, false);
    p.behave(
        r -> {
          throw new TelematicsException(
              ErrorCode.RATE_LIMITED, "samsara", 429, Duration.ofSeconds(120), "HTTP 429", null);
        });
    PollingScheduler s = scheduler().provider(p, GENEROUS).build();
    fleet("samsara", 3).forEach(s::register);

    s.runDue();
    assertThat(s.status("samsara")).isEqualTo(ProviderStatus.RATE_LIMITED);
    assertThat(s.nextDueAt()).contains(START.plusSeconds(120));
    p.behave(idle());
    clock.advance(Duration.ofSeconds(119));
    assertThat(s.runDue().requests()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(s.runDue().requests()).isEqualTo(1);
    assertThat(s.status("samsara")).isEqualTo(ProviderStatus.HEALTHY);
    assertThat(p.calls()).hasSize(2);
  }

  @Test
  void repeatedAuthFailures_openTheCircuit_andOnlyAProbeFollowsTheCoolDown() {
    ScriptedProvider p = provider("geotab", 25, false);
    p.behave(
        r -> {
          throw new TelematicsException(ErrorCode.AUTHENTICATION, "geotab", "InvalidUserException");
        });
    PollingScheduler s =
        scheduler()
            .jitter(0)
            .authFailureThreshold(3)
            .circuitOpenFor(Duration.ofMinutes(15))
            .backoff(Duration.ofSeconds(30), Duration.ofMinutes(30))
            .provider(p, GENEROUS)
            .build();
    fleet("geotab", 5).forEach(s::register);

    runFor(s, Duration.ofMinutes(3), Duration.ofSeconds(10));
    assertThat(p.calls()).hasSize(3);
    assertThat(s.status("geotab")).isEqualTo(ProviderStatus.AUTH_FAILED);
    Instant opened = p.calls().get(2).at();

    runFor(s, Duration.ofMinutes(12), Duration.ofSeconds(10));
    assertThat(p.calls()).hasSize(3);
    clock.set(opened.plus(Duration.ofMinutes(15)));
    s.runDue();
    assertThat(p.calls()).hasSize(4);
    // the probe failed again: the circuit reopens for twice as long
    assertThat(s.nextDueAt()).contains(opened.plus(Duration.ofMinutes(45)));
    assertThat(events)
        .filteredOn(e -> e instanceof SnapshotEvent.ProviderStatusChanged)
        .singleElement()
        .satisfies(
            e ->
                assertThat(((SnapshotEvent.ProviderStatusChanged) e).to())
                    .isEqualTo(ProviderStatus.AUTH_FAILED));
  }

  @Test
  void outage_degradesToStale_andNeverStopsOtherProviders() {
    ScriptedProvider down = provider("down", 10, false);
    ScriptedProvider up = provider("up", 10, false);
    PollingScheduler s = scheduler().provider(down, GENEROUS).provider(up, GENEROUS).build();
    fleet("down", 3).forEach(s::register);
    fleet("up", 3).forEach(s::register);
    s.runDue();
    assertThat(store.all()).hasSize(6);

    down.behave(
        r -> {
          throw new TelematicsException(
              ErrorCode.PROVIDER_UNAVAILABLE, "down", 503, null, "HTTP 503", null);
        });
    up.behave(answering(55, PlugState.PLUGGED, ChargingState.CHARGING));
    runFor(s, Duration.ofHours(1), Duration.ofSeconds(30));

    assertThat(s.status("down")).isEqualTo(ProviderStatus.UNAVAILABLE);
    assertThat(s.status("up")).isEqualTo(ProviderStatus.HEALTHY);
    assertThat(store.latest("down-v0").orElseThrow().stateOfCharge().quality())
        .isEqualTo(Quality.STALE);
    assertThat(store.latest("up-v0").orElseThrow().stateOfCharge().quality())
        .isEqualTo(Quality.FRESH);
    assertThat(store.latest("up-v0").orElseThrow().stateOfCharge().valueOrNull().percent())
        .isEqualTo(55);
    assertThat(up.calls().size()).isGreaterThan(10);
    // exponential backoff: far fewer attempts than the healthy provider's polls
    assertThat(down.calls().size()).isLessThan(10);
    assertThat(events).filteredOn(e -> e instanceof SnapshotEvent.BecameStale).hasSize(3);
    assertThat(store.providerStatus("down")).contains(ProviderStatus.UNAVAILABLE);
  }

  @Test
  void unexpectedProviderBug_isIsolatedLikeAnOutage() {
    ScriptedProvider buggy = provider("buggy", 1, false);
    buggy.behave(
        r -> {
          throw new IllegalStateException("bug");
        });
    ScriptedProvider fine = provider("fine", 1, false);
    PollingScheduler s = scheduler().provider(buggy, GENEROUS).provider(fine, GENEROUS).build();
    s.register(new VehicleRef("x", "buggy", "1"));
    s.register(new VehicleRef("y", "fine", "1"));
    PollReport r = s.runDue();
    assertThat(r.requests()).isEqualTo(2);
    assertThat(r.statuses())
        .containsEntry("buggy", ProviderStatus.UNAVAILABLE)
        .containsEntry("fine", ProviderStatus.HEALTHY);
    assertThat(store.latest("y")).isPresent();
  }

  @Test
  void jitter_isSeeded_sameSeedSamePlan_otherSeedOtherPlan() {
    List<Instant> a = plan(7);
    List<Instant> b = plan(7);
    List<Instant> c = plan(8);
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
    assertThat(a)
        .allSatisfy(
            t ->
                assertThat(t)
                    .isBetween(
                        START.plus(Duration.ofSeconds(810)), START.plus(Duration.ofSeconds(990))));
  }

  private List<Instant> plan(long seed) {
    MutableClock local = new MutableClock(START);
    ScriptedProvider p =
        new ScriptedProvider(
            "p",
            new ProviderCapabilities(10, false, false),
            local,
            r -> new FetchResult(List.of(), List.of()));
    PollingScheduler s =
        PollingScheduler.builder()
            .clock(local)
            .store(new InMemorySnapshotStore())
            .seed(seed)
            .executor(Runnable::run)
            .provider(p, GENEROUS)
            .build();
    List<VehicleRef> refs = fleet("p", 20);
    refs.forEach(s::register);
    s.runDue();
    return refs.stream().map(r -> s.nextPollOf(r.vehicleId()).orElseThrow()).toList();
  }

  @Test
  void vehicleAsleepForLong_becomesStaleOnceItsNewestDataIsOlderThanTheLimit() {
    ScriptedProvider p = provider("tesla", 1, true);
    PollingScheduler s =
        scheduler().jitter(0).staleAfter(Duration.ofMinutes(45)).provider(p, GENEROUS).build();
    s.register(new VehicleRef("van", "tesla", "VIN1"));
    s.runDue();
    p.behave(
        r ->
            new FetchResult(
                List.of(), List.of(new VehicleFailure("van", ErrorCode.VEHICLE_ASLEEP, "asleep"))));
    runFor(s, Duration.ofMinutes(40), Duration.ofMinutes(1));
    assertThat(store.latest("van").orElseThrow().stateOfCharge().quality())
        .isEqualTo(Quality.FRESH);
    runFor(s, Duration.ofMinutes(40), Duration.ofMinutes(1));
    assertThat(store.latest("van").orElseThrow().stateOfCharge().quality())
        .isEqualTo(Quality.STALE);
    assertThat(events)
        .filteredOn(e -> e instanceof SnapshotEvent.BecameStale)
        .singleElement()
        .satisfies(
            e -> assertThat(((SnapshotEvent.BecameStale) e).reason()).contains("VEHICLE_ASLEEP"));
    assertThat(s.status("tesla")).isEqualTo(ProviderStatus.HEALTHY);
  }

  private static TelematicsException unavailable(String provider) {
    return new TelematicsException(
        ErrorCode.PROVIDER_UNAVAILABLE, provider, 503, null, "HTTP 503", null);
  }

  @Test
  void providerWideFailure_stopsThatProvidersRemainingBatches_untilItsBackoffEnds() {
    ScriptedProvider p = provider("samsara", 10, false);
    p.behave(
        r -> {
          throw unavailable("samsara");
        });
    PollingScheduler s =
        scheduler()
            .jitter(0)
            .backoff(Duration.ofSeconds(30), Duration.ofMinutes(30))
            .provider(p, GENEROUS)
            .build();
    fleet("samsara", 30).forEach(s::register);

    PollReport first = s.runDue();

    // one request, not three: the 5xx stops the cycle's other batches
    assertThat(p.calls()).hasSize(1);
    assertThat(first.vehiclesPolled()).isEqualTo(10);
    assertThat(s.requestsToday("samsara")).isEqualTo(1);
    assertThat(s.nextDueAt()).contains(START.plusSeconds(30));
    for (int i = 0; i < 30; i++) {
      assertThat(s.nextPollOf("samsara-v" + i)).contains(START.plusSeconds(30));
    }
    clock.advance(Duration.ofSeconds(29));
    assertThat(s.runDue().requests()).isZero();

    p.behave(idle());
    clock.advance(Duration.ofSeconds(1));
    assertThat(s.runDue().requests()).isEqualTo(3);
    assertThat(p.calls()).hasSize(4);
    assertThat(store.all()).hasSize(30);
  }

  @Test
  void rateLimit_stopsTheRemainingBatches_andTheyWaitForRetryAfter() {
    ScriptedProvider p = provider("tesla", 1, true);
    p.behave(
        r -> {
          throw new TelematicsException(
              ErrorCode.RATE_LIMITED, "tesla", 429, Duration.ofSeconds(90), "HTTP 429", null);
        });
    PollingScheduler s = scheduler().jitter(0).provider(p, GENEROUS).build();
    fleet("tesla", 5).forEach(s::register);
    s.requestWake("tesla-v3");

    s.runDue();

    assertThat(p.calls()).hasSize(1);
    assertThat(s.status("tesla")).isEqualTo(ProviderStatus.RATE_LIMITED);
    p.behave(idle());
    clock.advance(Duration.ofSeconds(90));
    assertThat(s.runDue().requests()).isEqualTo(5);
    // the wake permission of a vehicle whose request was never sent is kept
    assertThat(p.calls())
        .filteredOn(c -> c.request().vehicles().get(0).vehicleId().equals("tesla-v3"))
        .singleElement()
        .satisfies(c -> assertThat(c.request().wakeAllowed()).containsExactly("tesla-v3"));
  }

  @Test
  void vehicleLevelFailure_doesNotStopTheOtherBatches() {
    ScriptedProvider p = provider("smartcar", 1, false);
    p.behave(
        r -> {
          if (r.vehicles().get(0).vehicleId().equals("smartcar-v0")) {
            throw new TelematicsException(ErrorCode.VEHICLE_NOT_FOUND, "smartcar", "HTTP 404");
          }
          return idle().apply(r);
        });
    PollingScheduler s = scheduler().provider(p, GENEROUS).build();
    fleet("smartcar", 4).forEach(s::register);
    PollReport r = s.runDue();
    assertThat(p.calls()).hasSize(4);
    assertThat(r.snapshots()).isEqualTo(3);
    assertThat(s.status("smartcar")).isEqualTo(ProviderStatus.HEALTHY);
  }

  @Test
  void byDefault_runDueReturnsWithoutWaitingForAProviderThatDoesNotAnswer() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    ScriptedProvider stuck = provider("stuck", 1, false);
    stuck.behave(
        r -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return idle().apply(r);
        });
    ScriptedProvider fine = provider("fine", 1, false);
    try (PollingScheduler s =
        PollingScheduler.builder()
            .clock(clock)
            .store(store)
            .jitter(0)
            .provider(stuck, GENEROUS)
            .provider(fine, GENEROUS)
            .build()) {
      s.register(new VehicleRef("s1", "stuck", "1"));
      s.register(new VehicleRef("f1", "fine", "1"));

      PollReport r = s.runDue(); // returns although "stuck" never answers
      assertThat(r.requests()).isEqualTo(2);
      // while busy, "stuck" counts only with the time it would be reported hung (default 2 min)
      assertThat(s.awaitIdle("fine", Duration.ofSeconds(30))).isTrue();
      assertThat(s.nextDueAt()).contains(START.plus(Duration.ofMinutes(2)));
      assertThat(s.awaitIdle("fine", Duration.ofSeconds(30))).isTrue();
      assertThat(store.latest("f1")).isPresent();
      assertThat(s.isBusy("stuck")).isTrue();
      assertThat(store.latest("s1")).isEmpty();

      release.countDown();
      assertThat(s.awaitIdle(Duration.ofSeconds(30))).isTrue();
      assertThat(store.latest("s1")).isPresent();
      assertThat(s.isBusy("stuck")).isFalse();
    } finally {
      release.countDown();
    }
  }

  @Test
  void answersForVehiclesNotRegisteredWithThatProvider_areNotStored() {
    ScriptedProvider feed = provider("feed", 10, false);
    Function<FetchRequest, FetchResult> ours = idle();
    feed.behave(
        r -> {
          List<VehicleSnapshot> out = new ArrayList<>(ours.apply(r).snapshots());
          FetchRequest extra =
              FetchRequest.of(
                  List.of(
                      new VehicleRef("someone-else", "feed", "x"),
                      new VehicleRef("other-v0", "feed", "y")));
          out.addAll(ours.apply(extra).snapshots());
          return new FetchResult(out, List.of());
        });
    ScriptedProvider other = provider("other", 10, false);
    PollingScheduler s = scheduler().provider(feed, GENEROUS).provider(other, GENEROUS).build();
    s.register(new VehicleRef("feed-v0", "feed", "a"));
    s.register(new VehicleRef("other-v0", "other", "b"));
    other.behave(r -> new FetchResult(List.of(), List.of()));
    s.runDue();
    assertThat(store.latest("feed-v0")).isPresent();
    assertThat(store.latest("someone-else")).isEmpty();
    assertThat(store.latest("other-v0")).isEmpty();
  }

  @Test
  void pushOnlyProvider_isNeverPolled() {
    ScriptedProvider push =
        new ScriptedProvider("push", new ProviderCapabilities(1, false, true), clock, idle());
    PollingScheduler s = scheduler().provider(push, GENEROUS).build();
    s.register(new VehicleRef("w", "push", "w"));
    runFor(s, Duration.ofMinutes(30), Duration.ofMinutes(1));
    assertThat(push.calls()).isEmpty();
    assertThat(s.nextDueAt()).isEmpty();
  }
}
