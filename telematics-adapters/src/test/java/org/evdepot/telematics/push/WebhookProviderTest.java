package org.evdepot.telematics.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evdepot.telematics.ChargingState;
import org.evdepot.telematics.ErrorCode;
import org.evdepot.telematics.FetchRequest;
import org.evdepot.telematics.PlugState;
import org.evdepot.telematics.SocBasis;
import org.evdepot.telematics.TelematicsException;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.evdepot.telematics.auth.Secret;
import org.evdepot.telematics.testing.DecoderTestBase;
import org.evdepot.telematics.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookProviderTest extends DecoderTestBase {
  private static final Secret KEY = Secret.of("shared-hmac-key");
  private static final VehicleRef TRUCK = new VehicleRef("truck-9", "push", "truck-9");

  private WebhookProvider provider;

  @BeforeEach
  void setUp() {
    provider = WebhookProvider.create("push", KEY, clock);
    provider.register(TRUCK);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void signedReport_isDecodedWithEveryUnitConverted() {
    byte[] body = bytes(Fixtures.read("push/report-knots.json"));
    List<VehicleSnapshot> heard = new ArrayList<>();
    provider.addListener(heard::add);
    VehicleSnapshot s = verify(provider.receive(body, WebhookProvider.sign(body, KEY)));

    assertThat(s.stateOfCharge().valueOrNull().percent()).isEqualTo(41.25);
    assertThat(s.stateOfCharge().valueOrNull().basis()).isEqualTo(SocBasis.USABLE);
    assertThat(s.rangeKm().valueOrNull()).isEqualTo(193.925952);
    assertThat(s.odometerKm().valueOrNull()).isEqualTo(98765.432);
    assertThat(s.odometerKm().observedAt()).contains(Instant.parse("2026-03-02T05:40:00Z"));
    assertThat(s.location().valueOrNull().speedKmh()).isEqualTo(18.52);
    assertThat(s.location().valueOrNull().accuracyMetres()).isEqualTo(12.0);
    assertThat(s.location().observedAt()).contains(Instant.parse("2026-03-02T05:59:30Z"));
    assertThat(s.chargeLimitPercent().valueOrNull()).isEqualTo(80.0);
    assertThat(s.chargingPowerKw().valueOrNull()).isEqualTo(0.0);
    assertThat(s.energyAddedKwh().valueOrNull()).isEqualTo(12.5);
    assertThat(s.plugState().valueOrNull()).isEqualTo(PlugState.UNPLUGGED);
    assertThat(s.chargingState().valueOrNull()).isEqualTo(ChargingState.IDLE);
    assertThat(heard).containsExactly(s);
    assertThat(provider.fetch(FetchRequest.of(TRUCK)).snapshots()).containsExactly(s);
    assertThat(provider.fetch(FetchRequest.of(TRUCK)).snapshots()).isEmpty();
  }

  @Test
  void reportWithoutTimes_keepsTheObservationTimeUnknown() {
    byte[] body = bytes(Fixtures.read("push/report-no-time.json"));
    VehicleSnapshot s = verify(provider.receive(body, WebhookProvider.sign(body, KEY)));
    assertThat(s.stateOfCharge().valueOrNull().percent()).isEqualTo(55.0);
    assertThat(s.stateOfCharge().observedAt()).isEmpty();
    assertThat(s.stateOfCharge().receivedAt()).isEqualTo(NOW);
  }

  @Test
  void wrongOrMissingSignature_isRejected() {
    byte[] body = bytes(Fixtures.read("push/report-no-time.json"));
    assertThatThrownBy(() -> provider.receive(body, WebhookProvider.sign(body, Secret.of("other"))))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTHENTICATION));
    assertThatThrownBy(() -> provider.receive(body, null))
        .isInstanceOfSatisfying(
            TelematicsException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTHENTICATION));
  }

  @Test
  void httpHandler_answersPerOutcome() throws Exception {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/telematics/push", provider.httpHandler());
    http.start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/telematics/push");
      HttpClient client = HttpClient.newHttpClient();
      byte[] good = bytes(Fixtures.read("push/report-knots.json"));
      byte[] unknown = bytes("{\"vehicle\":\"nobody\"}");
      byte[] malformed = bytes("{\"vehicle\": ");
      assertThat(post(client, uri, good, WebhookProvider.sign(good, KEY))).isEqualTo(204);
      assertThat(post(client, uri, good, "sha256=00")).isEqualTo(401);
      assertThat(post(client, uri, unknown, WebhookProvider.sign(unknown, KEY))).isEqualTo(404);
      assertThat(post(client, uri, malformed, WebhookProvider.sign(malformed, KEY))).isEqualTo(400);
      HttpResponse<Void> get =
          client.send(
              HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
      assertThat(get.statusCode()).isEqualTo(405);
    } finally {
      http.stop(0);
    }
  }

  private static int post(HttpClient client, URI uri, byte[] body, String signature)
      throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(uri)
                .header(WebhookProvider.SIGNATURE_HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void registeringAnotherProvidersVehicle_isRejected() {
    assertThatThrownBy(() -> provider.register(new VehicleRef("x", "tesla", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tesla");
    assertThat(provider.capabilities().pushOnly()).isTrue();
    assertThat(provider.toString()).doesNotContain("shared-hmac-key");
  }
}
