package org.evdepot.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.evdepot.ocpp.csms.AuthenticationResult;
import org.evdepot.ocpp.csms.OcppCsmsServer;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.station.OcppStationClient;
import org.evdepot.ocpp.testing.TestPki;
import org.evdepot.ocpp.v16.BootNotificationRequest;
import org.evdepot.ocpp.v16.BootNotificationResponse;
import org.evdepot.ocpp.v16.RegistrationStatus;
import org.evdepot.ocpp.v16.V16Actions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCPP security profiles 2 (TLS with a server certificate plus HTTP Basic) and 3 (TLS with client
 * certificates whose CN is the charge point id), with a CA made at test time.
 */
class SecurityProfilesIT {
  private static TestPki pki;
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @BeforeAll
  static void makeCertificates() throws Exception {
    pki = TestPki.create();
    pki.issueClient("cp-tls-1", "CP-TLS-1");
    pki.issueClient("intruder", "SOMEONE-ELSE");
  }

  @AfterEach
  void tearDown() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  private OcppCsmsServer server(boolean mutual) throws Exception {
    Handlers handlers =
        Handlers.builder()
            .on(
                V16Actions.BOOT_NOTIFICATION,
                (req, ctx) ->
                    new BootNotificationResponse(RegistrationStatus.ACCEPTED, Instant.now(), 60))
            .build();
    OcppCsmsServer.Builder b =
        OcppCsmsServer.builder()
            .host("127.0.0.1")
            .port(0)
            .basePath("/ocpp")
            .version(V16Actions.CATALOG, handlers)
            .authenticator(
                info ->
                    mutual || info.passwordEquals("profile-2-secret")
                        ? AuthenticationResult.accept()
                        : AuthenticationResult.reject("bad password"));
    SSLContext ctx = pki.context("server");
    OcppCsmsServer server = (mutual ? b.mutualTls(ctx) : b.tls(ctx)).build();
    server.start();
    toClose.add(server);
    return server;
  }

  private OcppStationClient station(OcppCsmsServer server, String id, SSLContext tls, String pw) {
    OcppStationClient.Builder b =
        OcppStationClient.builder()
            .serverUri(URI.create("wss://localhost:" + server.port() + "/ocpp"))
            .chargePointId(id)
            .catalog(V16Actions.CATALOG)
            .tls(tls)
            .reconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
    if (pw != null) {
      b.basicAuthPassword(pw);
    }
    OcppStationClient s = b.build();
    toClose.add(s);
    return s;
  }

  private static RegistrationStatus boot(OcppStationClient s) throws Exception {
    s.connect().toCompletableFuture().get(20, TimeUnit.SECONDS);
    return s.call(
            BootNotificationRequest.builder().chargePointVendor("V").chargePointModel("M").build())
        .toCompletableFuture()
        .get(20, TimeUnit.SECONDS)
        .status();
  }

  /** Opens a raw wss connection with the JDK client; fails when TLS or the upgrade is refused. */
  private static void rawConnect(OcppCsmsServer server, String id, SSLContext tls)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
    WebSocket ws =
        client
            .newWebSocketBuilder()
            .subprotocols("ocpp1.6")
            .buildAsync(
                URI.create("wss://localhost:" + server.port() + "/ocpp/" + id),
                new WebSocket.Listener() {})
            .get(20, TimeUnit.SECONDS);
    ws.abort();
  }

  @Test
  void profile2_aStationTrustingTheCsmsCertificate_withTheRightPassword_connects()
      throws Exception {
    OcppCsmsServer server = server(false);
    assertThat(boot(station(server, "CP-P2", pki.trustOnly(), "profile-2-secret")))
        .isEqualTo(RegistrationStatus.ACCEPTED);
  }

  @Test
  void profile2_aWrongPassword_isRefusedBeforeTheUpgrade() throws Exception {
    OcppCsmsServer server = server(false);
    SSLContext trust = pki.trustOnly();
    HttpClient client = HttpClient.newBuilder().sslContext(trust).build();
    String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("CP-P2:wrong".getBytes());
    assertThatThrownBy(
            () ->
                client
                    .newWebSocketBuilder()
                    .subprotocols("ocpp1.6")
                    .header("Authorization", auth)
                    .buildAsync(
                        URI.create("wss://localhost:" + server.port() + "/ocpp/CP-P2"),
                        new WebSocket.Listener() {})
                    .get(20, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class);
  }

  @Test
  void profile2_aClientThatDoesNotTrustTheCsmsCertificate_cannotConnect() throws Exception {
    OcppCsmsServer server = server(false);
    assertThatThrownBy(() -> rawConnect(server, "CP-P2", SSLContext.getDefault()))
        .isInstanceOf(ExecutionException.class);
  }

  @Test
  void profile3_aCertificateWhoseCnIsTheChargePointId_connects() throws Exception {
    OcppCsmsServer server = server(true);
    assertThat(boot(station(server, "CP-TLS-1", pki.context("cp-tls-1"), null)))
        .isEqualTo(RegistrationStatus.ACCEPTED);
  }

  @Test
  void profile3_aCertificateForAnotherCharger_isRefused() throws Exception {
    OcppCsmsServer server = server(true);
    assertThatThrownBy(() -> rawConnect(server, "CP-TLS-1", pki.context("intruder")))
        .isInstanceOf(ExecutionException.class);
    assertThat(server.session("CP-TLS-1")).isEmpty();
  }

  @Test
  void profile3_noClientCertificate_isRefused() throws Exception {
    OcppCsmsServer server = server(true);
    assertThatThrownBy(() -> rawConnect(server, "CP-TLS-1", pki.trustOnly()))
        .isInstanceOf(ExecutionException.class);
    assertThat(server.session("CP-TLS-1")).isEmpty();
  }
}
