package org.evdepot.telematics.tesla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evdepot.telematics.ChargingState;
import org.evdepot.telematics.ErrorCode;
import org.evdepot.telematics.FetchRequest;
import org.evdepot.telematics.FetchResult;
import org.evdepot.telematics.PlugState;
import org.evdepot.telematics.Quality;
import org.evdepot.telematics.SocBasis;
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

class TeslaFleetProviderTest extends DecoderTestBase {
  private static final String VIN = "5YJ3E1EA7KF000001";
  private static final String DATA = "/api/1/vehicles/" + VIN + "/vehicle_data";
  private static final String WAKE = "/api/1/vehicles/" + VIN + "/wake_up";
  private static final VehicleRef REF = new VehicleRef("van-3", "tesla", VIN);

  private TeslaFleetProvider provider;
  private OAuth2TokenSource tokens;

  @BeforeEach
  void setUp() {
    server.enqueue(
        "/oauth2/v3/token",
        Answer.json(200, Fixtures.read("tesla/token-rotated.json")),
        Answer.json(
            200,
            "{\"access_token\":\"tesla-access-3\",\"refresh_token\":\"tesla-refresh-3\",\"expires_in\":28800}"));
    tokens =
        OAuth2TokenSource.builder()
            .name("tesla")
            .tokenEndpoint(server.baseUri().resolve("/oauth2/v3/token"))
            .clientId("tesla-client")
            .clientSecret(Secret.of("tesla-secret"))
            .refreshToken(Secret.of("tesla-refresh-1"))
            .clock(clock)
            .build();
    provider =
        TeslaFleetProvider.builder().baseUri(server.baseUri()).tokens(tokens).clock(clock).build();
  }

  @Test
  void vehicleData_convertsMilesAndUsesSectionTimestamps() {
    server.enqueue(DATA, Answer.json(200, Fixtures.read("tesla/vehicle-data.json")));
    VehicleSnapshot s = only(provider.fetch(FetchRequest.of(REF)));

    assertThat(s.vin()).contains(VIN);
    assertThat(s.stateOfCharge().valueOrNull().percent()).isEqualTo(63.0);
    assertThat(s.stateOfCharge().valueOrNull().basis()).isEqualTo(SocBasis.USABLE);
    assertThat(s.stateOfCharge().observedAt()).contains(Instant.parse("2026-03-02T05:55:00Z"));
    assertThat(s.rangeKm().valueOrNull()).isEqualTo(new BigDecimal("319.27775616").doubleValue());
    assertThat(s.odometerKm().valueOrNull())
        .isEqualTo(new BigDecimal("15720.5").multiply(new BigDecimal("1.609344")).doubleValue());
    assertThat(s.odometerKm().observedAt()).contains(Instant.parse("2026-03-02T05:54:59Z"));
    assertThat(s.location().observedAt()).contains(Instant.parse("2026-03-02T05:54:10Z"));
    assertThat(s.location().valueOrNull().headingDegrees()).isEqualTo(271.0);
    assertThat(s.location().valueOrNull().speedKmh()).isNaN();
    assertThat(s.plugState().valueOrNull()).isEqualTo(PlugState.PLUGGED);
    assertThat(s.chargingState().valueOrNull()).isEqualTo(ChargingState.CHARGING);
    assertThat(s.chargeLimitPercent().valueOrNull()).isEqualTo(90.0);
    assertThat(s.chargingPowerKw().valueOrNull()).isEqualTo(11.0);
    assertThat(s.energyAddedKwh().valueOrNull()).isEqualTo(18.72);

    assertThat(server.requests(DATA).get(0).query()).contains("charge_state");
    assertThat(server.requests(DATA).get(0).header("Authorization"))
        .isEqualTo("Bearer tesla-access-2");
    assertThat(tokens.refreshToken()).map(Secret::reveal).contains("tesla-refresh-2");
  }

  @Test
  void displayedBasis_usesBatteryLevel() {
    server.enqueue(DATA, Answer.json(200, Fixtures.read("tesla/vehicle-data.json")));
    TeslaFleetProvider displayed =
        TeslaFleetProvider.builder()
            .baseUri(server.baseUri())
            .tokens(tokens)
            .clock(clock)
            .socBasis(SocBasis.DISPLAYED)
            .build();
    VehicleSnapshot s = only(displayed.fetch(FetchRequest.of(REF)));
    assertThat(s.stateOfCharge().valueOrNull().percent()).isEqualTo(64.0);
    assertThat(s.stateOfCharge().valueOrNull().basis()).isEqualTo(SocBasis.DISPLAYED);
  }

  @Test
  void partialData_leavesMissingSectionsUnavailable() {
    VehicleRef ref = new VehicleRef("van-4", "tesla", "5YJ3E1EA7KF000002");
    server.enqueue(
        "/api/1/vehicles/5YJ3E1EA7KF000002/vehicle_data",
        Answer.json(200, Fixtures.read("tesla/vehicle-data-partial.json")));
    VehicleSnapshot s = only(provider.fetch(FetchRequest.of(ref)));
    assertThat(s.stateOfCharge().valueOrNull().basis()).isEqualTo(SocBasis.DISPLAYED);
    assertThat(s.rangeKm().valueOrNull()).isEqualTo(403.140672);
    assertThat(s.plugState().valueOrNull()).isEqualTo(PlugState.UNPLUGGED);
    assertThat(s.location().quality()).isEqualTo(Quality.UNAVAILABLE);
    assertThat(s.odometerKm().quality()).isEqualTo(Quality.UNAVAILABLE);
  }

  @Test
  void asleepVehicle_isReportedAndNeverWokenUnasked() {
    server.enqueue(DATA, Answer.json(408, Fixtures.read("tesla/error-408.json")));
    FetchResult r = provider.fetch(FetchRequest.of(REF));
    assertThat(r.snapshots()).isEmpty();
    assertThat(r.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(ErrorCode.VEHICLE_ASLEEP));
    assertThat(server.requests(WAKE)).isEmpty();
  }

  @Test
  void asleepVehicle_isWokenWhenTheRequestAllowsIt() {
    server.enqueue(DATA, Answer.json(408, Fixtures.read("tesla/error-408.json")));
    server.enqueue(WAKE, Answer.json(200, Fixtures.read("tesla/wake-up.json")));
    FetchResult r = provider.fetch(new FetchRequest(List.of(REF), Set.of("van-3")));
    assertThat(r.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("wake_up sent"));
    assertThat(server.requests(WAKE)).hasSize(1);
    assertThat(server.requests(WAKE).get(0).method()).isEqualTo("POST");
  }

  @Test
  void httpErrors_mapToTypedFailures() {
    server.enqueue(
        DATA,
        Answer.json(429, Fixtures.read("tesla/error-429.json")).withHeader("Retry-After", "120"),
        Answer.json(401, Fixtures.read("tesla/error-401.json")));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(REF)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
              assertThat(e.retryAfter()).contains(Duration.ofMinutes(2));
            });
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(REF)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTHENTICATION));
  }

  @Test
  void gatewayErrorAndMalformedBody_areTyped() {
    server.enqueue(
        DATA, Answer.json(502, "<html>bad gateway</html>"), Answer.json(200, "{\"response\": 5}"));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(REF)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));
    assertThatThrownBy(() -> provider.fetch(FetchRequest.of(REF)))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_RESPONSE));
  }

  @Test
  void implausibleSoc_isMarkedInvalid() {
    server.enqueue(
        DATA,
        Answer.json(
            200,
            "{\"response\":{\"charge_state\":{\"usable_battery_level\":104,\"timestamp\":1772430900000}}}"));
    VehicleSnapshot s = only(provider.fetch(FetchRequest.of(REF)));
    assertThat(s.stateOfCharge().quality()).isEqualTo(Quality.INVALID);
  }

  @Test
  void severalAccounts_shareOneInstance_andARejectedAccountFailsOnlyItsVehicles() {
    String otherVin = "5YJ3E1EA7KF000002";
    String otherData = "/api/1/vehicles/" + otherVin + "/vehicle_data";
    TokenSource fleetOwner = ApiKey.of(Secret.of("tesla-account-owner"));
    TokenSource driver = ApiKey.of(Secret.of("tesla-account-driver"));
    Map<String, TokenSource> byVin = Map.of(VIN, fleetOwner, otherVin, driver);
    TeslaFleetProvider multi =
        TeslaFleetProvider.builder()
            .baseUri(server.baseUri())
            .accounts(ref -> byVin.get(ref.providerVehicleRef()))
            .clock(clock)
            .build();
    server.enqueue(DATA, Answer.json(200, Fixtures.read("tesla/vehicle-data.json")));
    server.enqueue(otherData, Answer.json(401, Fixtures.read("tesla/error-401.json")));

    FetchResult r =
        multi.fetch(
            FetchRequest.of(java.util.List.of(REF, new VehicleRef("van-4", "tesla", otherVin))));

    assertThat(r.snapshots())
        .singleElement()
        .satisfies(s -> assertThat(s.vehicleId()).isEqualTo("van-3"));
    assertThat(r.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.vehicleId()).isEqualTo("van-4");
              assertThat(f.code()).isEqualTo(ErrorCode.AUTHENTICATION);
            });
    assertThat(server.requests(DATA).get(0).header("Authorization"))
        .isEqualTo("Bearer tesla-account-owner");
    assertThat(server.requests(otherData))
        .allSatisfy(
            x -> assertThat(x.header("Authorization")).isEqualTo("Bearer tesla-account-driver"));
  }
}
