package org.evdepot.telematics.smartcar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
import org.evdepot.telematics.auth.OAuth2TokenSource;
import org.evdepot.telematics.auth.Secret;
import org.evdepot.telematics.auth.TokenSource;
import org.evdepot.telematics.testing.DecoderTestBase;
import org.evdepot.telematics.testing.Fixtures;
import org.evdepot.telematics.testing.LoopbackServer.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmartcarProviderTest extends DecoderTestBase {
  private static final String VEHICLE = "36ab27d0-fd9d-4455-823a-ce30af709ffc";
  private static final String BATCH = "/v2.0/vehicles/" + VEHICLE + "/batch";
  private static final VehicleRef REF = new VehicleRef("bus-7", "smartcar", VEHICLE);

  private SmartcarProvider provider;

  @BeforeEach
  void setUp() {
    server.enqueue("/oauth/token", Answer.json(200, Fixtures.read("smartcar/token.json")));
    OAuth2TokenSource tokens =
        OAuth2TokenSource.builder()
            .name("smartcar")
            .tokenEndpoint(server.baseUri().resolve("/oauth/token"))
            .clientId("client-1")
            .clientSecret(Secret.of("client-secret-1"))
            .refreshToken(Secret.of("sc-refresh-1"))
            .basicAuth(true)
            .clock(clock)
            .build();
    provider =
        SmartcarProvider.builder().baseUri(server.baseUri()).tokens(tokens).clock(clock).build();
  }

  @Test
  void metricBatch_isNormalisedWithProviderTimes() {
    server.enqueue(BATCH, Answer.json(200, Fixtures.read("smartcar/batch-metric.json")));
    VehicleSnapshot s = only(provider.fetch(FetchRequest.of(REF)));

    assertThat(s.stateOfCharge().valueOrNull().percent()).isEqualTo(57.0);
    assertThat(s.stateOfCharge().observedAt()).contains(Instant.parse("2026-03-02T05:52:10Z"));
    assertThat(s.stateOfCharge().fetchedAt()).contains(Instant.parse("2026-03-02T05:59:58Z"));
    assertThat(s.stateOfCharge().receivedAt()).isEqualTo(NOW);
    assertThat(s.rangeKm().valueOrNull()).isEqualTo(184.2);
    assertThat(s.odometerKm().valueOrNull()).isEqualTo(48211.7);
    assertThat(s.plugState().valueOrNull()).isEqualTo(PlugState.PLUGGED);
    assertThat(s.chargingState().valueOrNull()).isEqualTo(ChargingState.CHARGING);
    assertThat(s.location().valueOrNull().latitude()).isEqualTo(51.44162);
    assertThat(s.chargingPowerKw().quality()).isEqualTo(Quality.UNAVAILABLE);

    LoopbackServerAssertions.bearer(server.requests(BATCH).get(0), "sc-access-1");
    assertThat(server.requests(BATCH).get(0).header("sc-unit-system")).isEqualTo("metric");
    assertThat(server.requests(BATCH).get(0).body()).contains("/battery", "/odometer");
  }

  @Test
  void imperialAnswer_isConvertedFromMiles() {
    server.enqueue(BATCH, Answer.json(200, Fixtures.read("smartcar/batch-imperial.json")));
    VehicleSnapshot s = only(provider.fetch(FetchRequest.of(REF)));
    assertThat(s.rangeKm().valueOrNull()).isEqualTo(161.739072);
    assertThat(s.odometerKm().valueOrNull()).isEqualTo(19312.128);
    assertThat(s.stateOfCharge().valueOrNull().percent()).isEqualTo(30.0);
  }

  @Test
  void partialBatch_keepsAnsweredFieldsAndLeavesFailedOnesUnavailable() {
    server.enqueue(BATCH, Answer.json(200, Fixtures.read("smartcar/batch-partial.json")));
    VehicleSnapshot s = only(provider.fetch(FetchRequest.of(REF)));
    assertThat(s.stateOfCharge().valueOrNull().percent()).isEqualTo(90.0);
    assertThat(s.stateOfCharge().observedAt()).isEmpty();
    assertThat(s.plugState().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(s.odometerKm().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(s.rangeKm().quality()).isEqualTo(Quality.UNAVAILABLE);
  }

  @Test
  void unauthorized_renewsTheTokenOnceThenFailsAsAuthentication() {
    server.enqueue(BATCH, Answer.json(401, Fixtures.read("smartcar/error-401.json")));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(REF)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.AUTHENTICATION);
              assertThat(e.httpStatus()).isEqualTo(401);
            });
    assertThat(server.requests(BATCH)).hasSize(2);
    assertThat(server.requests("/oauth/token")).hasSize(2);
  }

  @Test
  void rateLimited_carriesRetryAfter() {
    server.enqueue(
        BATCH,
        Answer.json(429, Fixtures.read("smartcar/error-429.json")).withHeader("Retry-After", "45"));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(REF)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(45));
            });
  }

  @Test
  void retryAfterAsHttpDate_isTurnedIntoADelayFromOurClock() {
    server.enqueue(
        BATCH,
        Answer.json(429, Fixtures.read("smartcar/error-429.json"))
            .withHeader("Retry-After", "Mon, 02 Mar 2026 06:01:30 GMT"));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(REF)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(90)));
  }

  @Test
  void serverError_isProviderUnavailable() {
    server.enqueue(BATCH, Answer.json(500, Fixtures.read("smartcar/error-500.json")));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(REF)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));
  }

  @Test
  void malformedJson_isMalformedResponse() {
    server.enqueue(BATCH, Answer.json(200, "{\"responses\": [ {\"path\": \"/battery\", "));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(REF)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_RESPONSE));
    server.enqueue("/v2.0/vehicles/other/batch", Answer.json(200, "{\"unexpected\": true}"));
    assertThatThrownBy(
            () -> provider.fetch(FetchRequest.of(new VehicleRef("bus-8", "smartcar", "other"))))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_RESPONSE));
  }

  @Test
  void toString_revealsNoSecret() {
    assertThat(provider.toString()).doesNotContain("secret", "refresh");
  }

  @Test
  void severalAccounts_eachVehicleUsesItsAccountsToken_andARejectedAccountFailsOnlyItsVehicles() {
    String other = "5b5b1a7e-0000-4000-8000-000000000002";
    String otherBatch = "/v2.0/vehicles/" + other + "/batch";
    VehicleRef otherRef = new VehicleRef("bus-8", "smartcar", other);
    TokenSource accountA = ApiKey.of(Secret.of("token-account-a"));
    TokenSource accountB = ApiKey.of(Secret.of("token-account-b"));
    Map<String, TokenSource> byVehicle = Map.of("bus-7", accountA, "bus-8", accountB);
    SmartcarProvider multi =
        SmartcarProvider.builder()
            .baseUri(server.baseUri())
            .accounts(ref -> byVehicle.get(ref.vehicleId()))
            .clock(clock)
            .build();
    server.enqueue(BATCH, Answer.json(200, Fixtures.read("smartcar/batch-metric.json")));
    server.enqueue(otherBatch, Answer.json(401, Fixtures.read("smartcar/error-401.json")));

    VehicleSnapshot s = only(multi.fetch(FetchRequest.of(REF)));
    FetchResult rejected = multi.fetch(FetchRequest.of(otherRef));
    FetchResult unknown =
        multi.fetch(FetchRequest.of(new VehicleRef("bus-9", "smartcar", "no-account")));

    assertThat(s.stateOfCharge().valueOrNull().percent()).isEqualTo(57.0);
    assertThat(server.requests(BATCH))
        .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer token-account-a"));
    // account B's 401 is retried once with B's token, then fails bus-8 only
    assertThat(server.requests(otherBatch))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer token-account-b"));
    assertThat(rejected.snapshots()).isEmpty();
    assertThat(rejected.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(ErrorCode.AUTHENTICATION));
    assertThat(unknown.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(ErrorCode.REQUEST_REJECTED));
    assertThat(server.requests("/v2.0/vehicles/no-account/batch")).isEmpty();
  }

  @Test
  void tokensAndAccounts_areExclusive() {
    assertThatThrownBy(() -> SmartcarProvider.builder().build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                SmartcarProvider.builder()
                    .tokens(ApiKey.of(Secret.of("a")))
                    .accounts(ref -> null)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
