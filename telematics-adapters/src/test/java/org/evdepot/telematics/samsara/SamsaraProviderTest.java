package org.evdepot.telematics.samsara;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evdepot.telematics.ChargingState;
import org.evdepot.telematics.ErrorCode;
import org.evdepot.telematics.FetchRequest;
import org.evdepot.telematics.FetchResult;
import org.evdepot.telematics.PlugState;
import org.evdepot.telematics.Quality;
import org.evdepot.telematics.TelematicsException;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.evdepot.telematics.auth.ApiKey;
import org.evdepot.telematics.auth.Secret;
import org.evdepot.telematics.testing.DecoderTestBase;
import org.evdepot.telematics.testing.Fixtures;
import org.evdepot.telematics.testing.LoopbackServer.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SamsaraProviderTest extends DecoderTestBase {
  private static final String FEED = "/fleet/vehicles/stats/feed";
  private static final VehicleRef BUS17 = new VehicleRef("bus-17", "samsara", "281474977075805");
  private static final VehicleRef BUS18 = new VehicleRef("bus-18", "samsara", "281474977075806");
  private static final FetchRequest BOTH = FetchRequest.of(List.of(BUS17, BUS18));

  private SamsaraProvider provider;

  @BeforeEach
  void setUp() {
    provider =
        SamsaraProvider.builder()
            .baseUri(server.baseUri())
            .tokens(ApiKey.of(Secret.of("samsara-api-token")))
            .clock(clock)
            .build();
  }

  private static Map<String, VehicleSnapshot> byId(FetchResult r) {
    return verify(r).snapshots().stream()
        .collect(Collectors.toMap(VehicleSnapshot::vehicleId, Function.identity()));
  }

  @Test
  void firstCall_followsPagesAndNormalisesMilliPercentMetresAndMph() {
    server.enqueue(
        FEED,
        Answer.json(200, Fixtures.read("samsara/feed-first.json")),
        Answer.json(200, Fixtures.read("samsara/feed-page2.json")));
    Map<String, VehicleSnapshot> s = byId(provider.fetch(BOTH));

    VehicleSnapshot b17 = s.get("bus-17");
    assertThat(b17.vin()).contains("YV3T2U822NA000017");
    assertThat(b17.stateOfCharge().valueOrNull().percent()).isEqualTo(76.54);
    assertThat(b17.stateOfCharge().observedAt()).contains(Instant.parse("2026-03-02T05:58:30Z"));
    assertThat(b17.odometerKm().valueOrNull()).isEqualTo(183402.117);
    assertThat(b17.chargingState().valueOrNull()).isEqualTo(ChargingState.CHARGING);
    assertThat(b17.plugState().valueOrNull()).isEqualTo(PlugState.PLUGGED);
    assertThat(b17.plugState().quality()).isEqualTo(Quality.ESTIMATED);

    VehicleSnapshot b18 = s.get("bus-18");
    assertThat(b18.stateOfCharge().valueOrNull().percent()).isEqualTo(100.0);
    assertThat(b18.chargingState().valueOrNull()).isEqualTo(ChargingState.IDLE);
    assertThat(b18.plugState().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(b18.location().observedAt()).contains(Instant.parse("2026-03-02T05:59:00Z"));
    assertThat(b18.location().valueOrNull().speedKmh()).isEqualTo(32.18688);

    List<String> queries = server.requests(FEED).stream().map(r -> r.query()).toList();
    // one feed for the provider: no vehicle filter, so its cursor fits any later batch
    assertThat(queries.get(0))
        .contains("types=")
        .doesNotContain("after=")
        .doesNotContain("vehicleIds");
    assertThat(queries.get(1)).contains("after=cur-1a").doesNotContain("vehicleIds");
    assertThat(server.requests(FEED).get(0).header("Authorization"))
        .isEqualTo("Bearer samsara-api-token");
    assertThat(provider.cursor()).contains("cur-1b");
  }

  @Test
  void cursor_isReusedWhicheverVehiclesABatchAsksFor_andSharedFeedAnswersAreKept() {
    server.enqueue(
        FEED,
        Answer.json(200, Fixtures.read("samsara/feed-first.json")),
        Answer.json(200, Fixtures.read("samsara/feed-page2.json")),
        Answer.json(200, Fixtures.read("samsara/feed-next.json")),
        Answer.json(200, Fixtures.read("samsara/feed-partial.json")));
    provider.fetch(BOTH);
    clock.advance(Duration.ofMinutes(2));

    // a batch of bus-18 alone still continues the feed (no new unfiltered read from the start)
    FetchResult r = provider.fetch(FetchRequest.of(BUS18));
    List<String> queries = server.requests(FEED).stream().map(x -> x.query()).toList();
    assertThat(queries).hasSize(3);
    assertThat(queries.get(2)).contains("after=cur-1b").doesNotContain("vehicleIds");
    // the feed answered for bus-17 only; it is returned, since this read is the only one with it
    assertThat(byId(r)).containsOnlyKeys("bus-17");
    assertThat(provider.cursor()).contains("cur-2");

    provider.fetch(FetchRequest.of(BUS17));
    assertThat(server.requests(FEED).get(3).query()).contains("after=cur-2");
    assertThat(provider.cursor()).contains("cur-p");
    assertThat(provider.knownVehicles()).isEqualTo(2);
  }

  @Test
  void vehicleAskedForTheFirstTime_getsItsLatestValuesWithoutMovingTheFeedCursor() {
    server.enqueue(
        FEED,
        Answer.json(200, Fixtures.read("samsara/feed-next.json")),
        Answer.json(200, Fixtures.read("samsara/feed-new-vehicle.json")),
        Answer.json(200, Fixtures.read("samsara/feed-next.json")));
    provider.fetch(FetchRequest.of(BUS17));
    assertThat(provider.cursor()).contains("cur-2");

    FetchResult r = provider.fetch(BOTH);

    List<String> queries = server.requests(FEED).stream().map(x -> x.query()).toList();
    assertThat(queries).hasSize(3);
    // bus-18 is new: one call filtered to it, from the start of its data
    assertThat(queries.get(1)).contains("vehicleIds=281474977075806").doesNotContain("after=");
    // then the shared feed continues where it was
    assertThat(queries.get(2)).contains("after=cur-2").doesNotContain("vehicleIds");
    assertThat(provider.cursor()).contains("cur-2");
    Map<String, VehicleSnapshot> s = byId(r);
    assertThat(s.get("bus-18").stateOfCharge().valueOrNull().percent()).isEqualTo(100.0);
    assertThat(s.get("bus-18").chargingState().valueOrNull()).isEqualTo(ChargingState.IDLE);
    assertThat(s.get("bus-17").stateOfCharge().valueOrNull().percent()).isEqualTo(77.48);
  }

  @Test
  void partialData_leavesMissingStatsUnavailable_neverDefaultsTimes_andIgnoresOtherVehicles() {
    server.enqueue(FEED, Answer.json(200, Fixtures.read("samsara/feed-partial.json")));
    Map<String, VehicleSnapshot> s = byId(provider.fetch(BOTH));

    assertThat(s).containsOnlyKeys("bus-17", "bus-18");
    VehicleSnapshot b17 = s.get("bus-17");
    assertThat(b17.stateOfCharge().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(b17.chargingState().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(b17.odometerKm().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(b17.location().valueOrNull().latitude()).isEqualTo(59.32932);
    assertThat(b17.location().valueOrNull().speedKmh()).isNaN();
    assertThat(b17.location().observedAt()).contains(Instant.parse("2026-03-02T05:59:10Z"));

    VehicleSnapshot b18 = s.get("bus-18");
    // a value without a time keeps no observation time: it is not "now"
    assertThat(b18.stateOfCharge().valueOrNull().percent()).isEqualTo(55.0);
    assertThat(b18.stateOfCharge().observedAt()).isEmpty();
    assertThat(b18.chargingState().valueOrNull()).isEqualTo(ChargingState.UNKNOWN);
    assertThat(b18.plugState().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(b18.odometerKm().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(b18.location().quality()).isEqualTo(Quality.UNAVAILABLE);
  }

  @Test
  void nextCall_resumesFromTheCursorAndTakesTheLatestPoint() {
    server.enqueue(
        FEED,
        Answer.json(200, Fixtures.read("samsara/feed-first.json")),
        Answer.json(200, Fixtures.read("samsara/feed-page2.json")),
        Answer.json(200, Fixtures.read("samsara/feed-next.json")));
    provider.fetch(BOTH);
    clock.advance(Duration.ofMinutes(2));
    FetchResult r = provider.fetch(BOTH);
    assertThat(server.requests(FEED).get(2).query()).contains("after=cur-1b");
    VehicleSnapshot b17 = byId(r).get("bus-17");
    assertThat(b17.stateOfCharge().valueOrNull().percent()).isEqualTo(77.48);
    assertThat(b17.stateOfCharge().observedAt()).contains(Instant.parse("2026-03-02T06:01:30Z"));
    assertThat(r.snapshots()).hasSize(1);
  }

  @Test
  void rateLimit_authAndOutage_areTyped() {
    server.enqueue(
        FEED,
        Answer.json(429, Fixtures.read("samsara/error-429.json")).withHeader("Retry-After", "2"),
        Answer.json(401, Fixtures.read("samsara/error-401.json")),
        Answer.json(401, Fixtures.read("samsara/error-401.json")),
        Answer.json(503, ""));
    assertThatThrownBy(() -> provider.fetch(BOTH))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
            });
    assertThatThrownBy(() -> provider.fetch(BOTH))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTHENTICATION));
    assertThatThrownBy(() -> provider.fetch(BOTH))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));
  }

  @Test
  void malformedOrShapelessBody_isMalformedResponse_andKeepsNoCursor() {
    server.enqueue(
        FEED,
        Answer.json(200, Fixtures.read("samsara/malformed.json")),
        Answer.json(200, "{\"data\": []}"));
    assertThatThrownBy(() -> provider.fetch(BOTH))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_RESPONSE));
    assertThatThrownBy(() -> provider.fetch(BOTH))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_RESPONSE));
    assertThat(provider.cursor()).isEmpty();
    assertThat(provider.knownVehicles()).isZero();
  }

  @Test
  void capabilities_allowBatching() {
    assertThat(provider.capabilities().maxBatchSize()).isEqualTo(100);
    assertThat(provider.capabilities().canWake()).isFalse();
  }
}
