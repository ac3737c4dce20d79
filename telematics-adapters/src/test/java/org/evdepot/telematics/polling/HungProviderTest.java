package org.evdepot.telematics.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evdepot.telematics.ProviderStatus;
import org.evdepot.telematics.Quality;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.auth.ApiKey;
import org.evdepot.telematics.auth.Secret;
import org.evdepot.telematics.samsara.SamsaraProvider;
import org.evdepot.telematics.store.InMemorySnapshotStore;
import org.evdepot.telematics.store.SnapshotEvent;
import org.evdepot.telematics.testing.Fixtures;
import org.evdepot.telematics.testing.LoopbackServer;
import org.evdepot.telematics.testing.LoopbackServer.Answer;
import org.evdepot.telematics.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two real Samsara adapters against two loopback servers: one server stops answering (a hung
 * provider) for several polling cycles while the other provider must keep being polled on schedule.
 * The scheduler runs on a virtual clock; every wait is a bounded wait for a condition.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HungProviderTest {
  private static final String FEED = "/fleet/vehicles/stats/feed";
  private static final Instant START = Instant.parse("2026-03-02T06:02:00Z");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private LoopbackServer hungApi;
  private LoopbackServer fastApi;
  private MutableClock clock;
  private InMemorySnapshotStore store;
  private final List<SnapshotEvent> events = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    hungApi = new LoopbackServer();
    fastApi = new LoopbackServer();
    hungApi.enqueue(FEED, Answer.json(200, Fixtures.read("samsara/feed-next.json")));
    fastApi.enqueue(FEED, Answer.json(200, Fixtures.read("samsara/feed-next.json")));
    clock = new MutableClock(START);
    store = new InMemorySnapshotStore();
    store.subscribe(events::add);
  }

  @AfterEach
  void tearDown() {
    hungApi.close();
    fastApi.close();
  }

  private SamsaraProvider samsara(String id, LoopbackServer api) {
    return SamsaraProvider.builder()
        .id(id)
        .baseUri(api.baseUri())
        .tokens(ApiKey.of(Secret.of("token-" + id)))
        .clock(clock)
        // far above the test's run time: the request only ends when the server answers
        .timeout(Duration.ofMinutes(10))
        .build();
  }

  @Test
  void hungProvider_isSkippedNotWaitedFor_andTheOtherIsPolledOnSchedule() {
    try (PollingScheduler s =
        PollingScheduler.builder()
            .clock(clock)
            .store(store)
            .jitter(0)
            .hungAfter(Duration.ofMinutes(20))
            .provider(samsara("depot-a", hungApi), new ProviderLimits(5, 10, 0))
            .provider(samsara("depot-b", fastApi), new ProviderLimits(5, 10, 0))
            .build()) {
      s.register(new VehicleRef("bus-a", "depot-a", "281474977075805"));
      s.register(new VehicleRef("bus-b", "depot-b", "281474977075805"));

      // cycle 0: both answer
      s.runDue();
      assertThat(s.awaitIdle(WAIT)).isTrue();
      assertThat(store.latest("bus-a").orElseThrow().stateOfCharge().quality())
          .isEqualTo(Quality.FRESH);
      Instant due = s.nextPollOf("bus-b").orElseThrow();
      assertThat(s.nextPollOf("bus-a")).contains(due);
      Duration interval = Duration.between(START, due);
      assertThat(interval).isPositive();

      // depot-a stops answering; its next request hangs for the following cycles
      hungApi.hold(FEED);
      Instant hungSince = due;
      for (int cycle = 1; cycle <= 4; cycle++) {
        clock.set(due);
        if (cycle == 2) {
          // a vehicle added while depot-a is busy waits for it instead of piling up requests
          s.register(new VehicleRef("bus-a2", "depot-a", "281474977075806"));
        }
        PollReport r = s.runDue(); // must return although depot-a never answers
        assertThat(r.requests()).isEqualTo(cycle == 1 ? 2 : 1);
        assertThat(s.awaitIdle("depot-b", WAIT)).isTrue();
        assertThat(fastApi.requests(FEED)).hasSize(cycle + 1);
        assertThat(s.isBusy("depot-a")).isTrue();
        assertThat(s.status("depot-b")).isEqualTo(ProviderStatus.HEALTHY);
        // depot-b stays on its schedule: polled when due, next poll one interval later
        assertThat(s.nextPollOf("bus-b")).contains(due.plus(interval));
        due = due.plus(interval);
      }
      // only the one request of cycle 1 ever reached the hung server
      assertThat(hungApi.requests(FEED)).hasSize(2);
      assertThat(clock.instant()).isAfterOrEqualTo(hungSince.plus(Duration.ofMinutes(20)));
      // past hungAfter: depot-a is reported unavailable and its data is stale
      s.runDue();
      assertThat(s.status("depot-a")).isEqualTo(ProviderStatus.UNAVAILABLE);
      assertThat(store.latest("bus-a").orElseThrow().stateOfCharge().quality())
          .isEqualTo(Quality.STALE);
      assertThat(store.latest("bus-b").orElseThrow().stateOfCharge().quality())
          .isEqualTo(Quality.FRESH);
      assertThat(events)
          .filteredOn(e -> e instanceof SnapshotEvent.ProviderStatusChanged)
          .singleElement()
          .satisfies(
              e ->
                  assertThat(((SnapshotEvent.ProviderStatusChanged) e).providerId())
                      .isEqualTo("depot-a"));

      // the server answers at last: recorded, healthy again, and polled again when due
      hungApi.release(FEED);
      assertThat(s.awaitIdle(WAIT)).isTrue();
      assertThat(s.isBusy("depot-a")).isFalse();
      assertThat(s.status("depot-a")).isEqualTo(ProviderStatus.HEALTHY);
      clock.set(s.nextPollOf("bus-a").orElseThrow());
      s.runDue();
      assertThat(s.awaitIdle(WAIT)).isTrue();
      // polled again: bus-a2 is new to the feed (one filtered call), then the shared feed
      assertThat(hungApi.requests(FEED)).hasSize(4);
    }
  }
}
