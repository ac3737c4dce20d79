package org.evdepot.telematics.geotab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.evdepot.telematics.ChargingState;
import org.evdepot.telematics.ErrorCode;
import org.evdepot.telematics.FetchRequest;
import org.evdepot.telematics.PlugState;
import org.evdepot.telematics.Quality;
import org.evdepot.telematics.TelematicsException;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.evdepot.telematics.auth.Secret;
import org.evdepot.telematics.testing.DecoderTestBase;
import org.evdepot.telematics.testing.Fixtures;
import org.evdepot.telematics.testing.LoopbackServer;
import org.evdepot.telematics.testing.LoopbackServer.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeotabProviderTest extends DecoderTestBase {
  private static final String RPC = "/apiv1";
  private static final VehicleRef B2A = new VehicleRef("truck-1", "geotab", "b2A");
  private static final VehicleRef B2B = new VehicleRef("truck-2", "geotab", "b2B");
  private final ObjectMapper mapper = new ObjectMapper();

  private GeotabProvider provider;

  @BeforeEach
  void setUp() {
    provider =
        GeotabProvider.builder()
            .endpoint(server.baseUri().resolve(RPC))
            .credentials("depot_fleet", "api@depot.example", Secret.of("geotab-password"))
            .clock(clock)
            .overLimitDelay(Duration.ofSeconds(90))
            .build();
  }

  private JsonNode body(int i) throws Exception {
    return mapper.readTree(server.requests(RPC).get(i).body());
  }

  @Test
  void multiCall_authenticatesOnce_thenSendsSessionCredentialsNotThePassword() throws Exception {
    server.enqueue(
        RPC,
        Answer.json(200, Fixtures.read("geotab/authenticate.json")),
        Answer.json(200, Fixtures.read("geotab/multicall.json")));
    VehicleSnapshot s = only(provider.fetch(FetchRequest.of(B2A)));

    assertThat(body(0).path("method").asText()).isEqualTo("Authenticate");
    JsonNode call = body(1);
    assertThat(call.path("method").asText()).isEqualTo("ExecuteMultiCall");
    assertThat(call.path("params").path("credentials").path("sessionId").asText())
        .isEqualTo("geo-session-1");
    assertThat(call.toString()).doesNotContain("geotab-password");
    JsonNode calls = call.path("params").path("calls");
    assertThat(calls).hasSize(5);
    assertThat(
            calls.get(0).path("params").path("search").path("diagnosticSearch").path("id").asText())
        .isEqualTo("DiagnosticStateOfChargeId");
    assertThat(calls.get(0).path("params").path("search").path("toDate").asText())
        .isEqualTo(NOW.toString());
    assertThat(calls.get(2).path("params").path("typeName").asText()).isEqualTo("DeviceStatusInfo");
    assertThat(calls.get(3).path("params").path("typeName").asText()).isEqualTo("ChargeEvent");
    assertThat(
            calls.get(4).path("params").path("search").path("diagnosticSearch").path("id").asText())
        .isEqualTo("DiagnosticElectricVehicleChargingStateId");

    assertThat(s.stateOfCharge().valueOrNull().percent()).isEqualTo(68.5);
    assertThat(s.stateOfCharge().observedAt()).contains(Instant.parse("2026-03-02T05:56:12Z"));
    assertThat(s.odometerKm().valueOrNull()).isEqualTo(95120.35);
    assertThat(s.location().valueOrNull().headingDegrees()).isEqualTo(180.0);
    assertThat(s.location().valueOrNull().speedKmh()).isEqualTo(0.0);
    assertThat(s.energyAddedKwh().valueOrNull()).isEqualTo(210.4);
    assertThat(s.energyAddedKwh().quality()).isEqualTo(Quality.FRESH);
    assertThat(s.energyAddedKwh().observedAt()).contains(Instant.parse("2026-03-02T01:30:00Z"));
    assertThat(provider.session().authentications()).isEqualTo(1);
    // charging state 1 (AC charging) -> charging; plugged in is derived from it
    assertThat(s.chargingState().valueOrNull()).isEqualTo(ChargingState.CHARGING);
    assertThat(s.chargingState().observedAt()).contains(Instant.parse("2026-03-02T05:55:40Z"));
    assertThat(s.chargingState().quality()).isEqualTo(Quality.FRESH);
    assertThat(s.plugState().valueOrNull()).isEqualTo(PlugState.PLUGGED);
    assertThat(s.plugState().quality()).isEqualTo(Quality.ESTIMATED);
  }

  @Test
  void notCharging_takesTheLatestStateAndLeavesPlugStateUnknown() {
    server.enqueue(
        RPC,
        Answer.json(200, Fixtures.read("geotab/authenticate.json")),
        Answer.json(200, Fixtures.read("geotab/multicall-not-charging.json")));
    VehicleSnapshot s = only(provider.fetch(FetchRequest.of(B2A)));
    assertThat(s.chargingState().valueOrNull()).isEqualTo(ChargingState.IDLE);
    assertThat(s.chargingState().observedAt()).contains(Instant.parse("2026-03-02T05:41:00Z"));
    // not charging says nothing about the cable: plugged and full, or unplugged
    assertThat(s.plugState().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(s.plugState().valueOrNull()).isNull();
    assertThat(s.stateOfCharge().valueOrNull().percent()).isEqualTo(100.0);
  }

  @Test
  void chargingStateCodes_mapZeroOneTwo_andAnythingElseToUnknown() throws Exception {
    for (String[] c :
        new String[][] {
          {"0", "IDLE"}, {"1", "CHARGING"}, {"2.0", "CHARGING"}, {"7", "UNKNOWN"}, {"-1", "UNKNOWN"}
        }) {
      JsonNode status =
          mapper.readTree("[{\"data\": " + c[0] + ", \"dateTime\": \"2026-03-02T05:00:00Z\"}]");
      VehicleSnapshot s = GeotabProvider.decode(B2A, null, null, null, null, status, NOW);
      assertThat(s.chargingState().valueOrNull()).as(c[0]).isEqualTo(ChargingState.valueOf(c[1]));
      assertThat(s.plugState().valueOrNull())
          .as(c[0])
          .isEqualTo(c[1].equals("CHARGING") ? PlugState.PLUGGED : null);
    }
  }

  @Test
  void authenticateNamingAnotherServer_sendsEveryLaterCallThere() throws Exception {
    try (LoopbackServer federated = new LoopbackServer()) {
      String redirect =
          Fixtures.read("geotab/authenticate-redirect.json")
              .replace("{SERVER}", federated.baseUri().getAuthority());
      server.enqueue(RPC, Answer.json(200, redirect));
      federated.enqueue(
          RPC,
          Answer.json(200, Fixtures.read("geotab/multicall.json")),
          Answer.json(200, Fixtures.read("geotab/error-invalid-user.json")),
          Answer.json(200, Fixtures.read("geotab/multicall.json")));

      only(provider.fetch(FetchRequest.of(B2A)));

      assertThat(server.requests(RPC)).hasSize(1);
      assertThat(body(0).path("method").asText()).isEqualTo("Authenticate");
      assertThat(federated.requests(RPC)).hasSize(1);
      JsonNode call = mapper.readTree(federated.requests(RPC).get(0).body());
      assertThat(call.path("method").asText()).isEqualTo("ExecuteMultiCall");
      assertThat(call.path("params").path("credentials").path("sessionId").asText())
          .isEqualTo("geo-session-fed");
      assertThat(call.toString()).doesNotContain("geotab-password");
      assertThat(provider.session().callEndpoint()).isEqualTo(federated.baseUri().resolve(RPC));

      // an expired session authenticates again at the configured endpoint, then goes back there
      only(provider.fetch(FetchRequest.of(B2A)));
      assertThat(server.requests(RPC)).hasSize(2);
      assertThat(body(1).path("method").asText()).isEqualTo("Authenticate");
      assertThat(federated.requests(RPC)).hasSize(3);
    }
  }

  @Test
  void authenticatePathThatIsNotAServerName_isRefused() {
    server.enqueue(RPC, Answer.json(200, Fixtures.read("geotab/authenticate-bad-path.json")));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(B2A)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_RESPONSE));
    assertThat(server.requests(RPC)).hasSize(1);
  }

  @Test
  void expiredSession_reauthenticatesAndRetriesOnce() throws Exception {
    server.enqueue(
        RPC,
        Answer.json(200, Fixtures.read("geotab/authenticate.json")),
        Answer.json(200, Fixtures.read("geotab/error-invalid-user.json")),
        Answer.json(200, Fixtures.read("geotab/authenticate-2.json")),
        Answer.json(200, Fixtures.read("geotab/multicall.json")));
    only(provider.fetch(FetchRequest.of(B2A)));
    assertThat(provider.session().authentications()).isEqualTo(2);
    assertThat(body(3).path("params").path("credentials").path("sessionId").asText())
        .isEqualTo("geo-session-2");
  }

  @Test
  void wrongPassword_isAuthentication() {
    server.enqueue(RPC, Answer.json(200, Fixtures.read("geotab/error-invalid-user.json")));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(B2A)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.AUTHENTICATION);
              assertThat(e.getMessage()).doesNotContain("geotab-password");
            });
  }

  @Test
  void overLimit_isRateLimitedWithTheConfiguredDelay() {
    server.enqueue(
        RPC,
        Answer.json(200, Fixtures.read("geotab/authenticate.json")),
        Answer.json(200, Fixtures.read("geotab/error-over-limit.json")));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(B2A)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(90));
            });
  }

  @Test
  void overLimit_honoursTheRetryAfterHeader() {
    server.enqueue(
        RPC,
        Answer.json(200, Fixtures.read("geotab/authenticate.json")),
        Answer.json(200, Fixtures.read("geotab/error-over-limit.json"))
            .withHeader("Retry-After", "58"));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(B2A)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(58)));
  }

  @Test
  void partialData_leavesMissingDiagnosticsUnavailable() {
    server.enqueue(
        RPC,
        Answer.json(200, Fixtures.read("geotab/authenticate.json")),
        Answer.json(200, Fixtures.read("geotab/multicall-partial.json")));
    VehicleSnapshot s = only(provider.fetch(FetchRequest.of(B2B)));
    assertThat(s.stateOfCharge().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(s.energyAddedKwh().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(s.location().valueOrNull().speedKmh()).isEqualTo(42.5);
    assertThat(s.chargingState().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(s.plugState().quality()).isEqualTo(Quality.UNAVAILABLE);
  }

  @Test
  void wrongResultCount_malformedJsonAndServerError_areTyped() {
    server.enqueue(
        RPC,
        Answer.json(200, Fixtures.read("geotab/authenticate.json")),
        Answer.json(200, Fixtures.read("geotab/multicall.json")),
        Answer.json(200, "{\"result\": [[], "),
        Answer.json(500, "Internal Server Error"));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(List.of(B2A, B2B))))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_RESPONSE));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(B2A)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_RESPONSE));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(B2A)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));
  }

  @Test
  void timeSpan_parsesDotNetDurations() {
    assertThat(GeotabProvider.timeSpan("05:30:00")).isEqualTo(Duration.ofMinutes(330));
    assertThat(GeotabProvider.timeSpan("1.02:03:04.5")).isEqualTo(Duration.parse("P1DT2H3M4.5S"));
    assertThat(GeotabProvider.timeSpan("bogus")).isNull();
  }

  @Test
  void toString_hidesPasswordAndSession() {
    assertThat(provider.toString()).doesNotContain("geotab-password").contains("****");
  }
}
