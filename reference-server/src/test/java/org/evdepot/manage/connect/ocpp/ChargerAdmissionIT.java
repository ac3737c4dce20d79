package org.evdepot.manage.connect.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.evdepot.manage.core.service.CorePolicy;
import org.evdepot.manage.testing.TestDatabase;
import org.evdepot.manage.testing.TestServer;
import org.evdepot.ocpp.ActionCatalog;
import org.evdepot.ocpp.rpc.CallErrorException;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.RpcErrorCode;
import org.evdepot.ocpp.station.OcppStationClient;
import org.evdepot.ocpp.v16.AuthorizeRequest;
import org.evdepot.ocpp.v16.BootNotificationRequest;
import org.evdepot.ocpp.v16.ChargePointErrorCode;
import org.evdepot.ocpp.v16.ChargePointStatus;
import org.evdepot.ocpp.v16.DataTransferRequest;
import org.evdepot.ocpp.v16.HeartbeatRequest;
import org.evdepot.ocpp.v16.Measurand;
import org.evdepot.ocpp.v16.MeterValue;
import org.evdepot.ocpp.v16.MeterValuesRequest;
import org.evdepot.ocpp.v16.RegistrationStatus;
import org.evdepot.ocpp.v16.SampledValue;
import org.evdepot.ocpp.v16.StartTransactionRequest;
import org.evdepot.ocpp.v16.StatusNotificationRequest;
import org.evdepot.ocpp.v16.StopTransactionRequest;
import org.evdepot.ocpp.v16.TriggerMessageResponse;
import org.evdepot.ocpp.v16.TriggerMessageStatus;
import org.evdepot.ocpp.v16.UnitOfMeasure;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.ChargingStation;
import org.evdepot.ocpp.v201.ConnectorStatusEnum;
import org.evdepot.ocpp.v201.EVSE;
import org.evdepot.ocpp.v201.IdToken;
import org.evdepot.ocpp.v201.IdTokenEnum;
import org.evdepot.ocpp.v201.RegistrationStatusEnum;
import org.evdepot.ocpp.v201.Transaction;
import org.evdepot.ocpp.v201.TransactionEventEnum;
import org.evdepot.ocpp.v201.TransactionEventRequest;
import org.evdepot.ocpp.v201.TriggerReasonEnum;
import org.evdepot.ocpp.v201.V201Actions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which chargers get in, over real WebSockets: HTTP Basic passwords checked before the upgrade per
 * the unknown-charger policy (trust on first use, 401 for a wrong or missing password, 404 for an
 * unknown charger under {@code reject}), nothing acted upon from a charger that is not Accepted
 * (CALLERROR SecurityError, both versions), the {@code prod} environment's password requirement,
 * and a reconnect storm of chargers with passwords.
 */
class ChargerAdmissionIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static TestServer server;
  private static int ocppPort;
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @BeforeAll
  static void start() {
    server = TestServer.start(ChargerAdmissionIT.class, Map.of());
    ocppPort = server.bean(OcppConnectServer.class).port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void restorePolicyAndCloseStations() throws Exception {
    server.bean(CorePolicy.class).setUnknownCharger(CorePolicy.UnknownCharger.AUTO_REGISTER);
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  // --- helpers ---

  private OcppStationClient station(
      String id, ActionCatalog catalog, String password, Handlers handlers) throws Exception {
    OcppStationClient.Builder b =
        OcppStationClient.builder()
            .serverUri(URI.create("ws://127.0.0.1:" + ocppPort + "/ocpp"))
            .chargePointId(id)
            .catalog(catalog)
            .handlers(handlers)
            .reconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
    if (password != null) {
      b.basicAuthPassword(password);
    }
    OcppStationClient s = b.build();
    toClose.add(s);
    s.connect().toCompletableFuture().get(20, TimeUnit.SECONDS);
    return s;
  }

  private static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  /** The CALLERROR a CALL was answered with. */
  private static CallErrorException callError(CompletionStage<?> stage) throws Exception {
    try {
      Object answer = stage.toCompletableFuture().get(20, TimeUnit.SECONDS);
      return fail("expected a CALLERROR, got " + answer);
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(CallErrorException.class);
      return (CallErrorException) e.getCause();
    }
  }

  private static void assertSecurityError(CompletionStage<?> stage) throws Exception {
    CallErrorException e = callError(stage);
    assertThat(e.code()).isEqualTo(RpcErrorCode.SECURITY_ERROR);
    assertThat(e.wireCode()).isEqualTo("SecurityError");
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Opens a raw WebSocket (JDK client) and returns the HTTP status of the handshake: 101 when the
   * upgrade completed (the socket is then closed), else the refusal's status.
   */
  private static int handshake(int port, String id, String subprotocol, String password)
      throws Exception {
    CompletableFuture<WebSocket> opening = open(port, id, subprotocol, password);
    try {
      WebSocket ws = opening.get(60, TimeUnit.SECONDS);
      ws.abort();
      return 101;
    } catch (ExecutionException e) {
      return refusalStatus(e.getCause());
    }
  }

  private static CompletableFuture<WebSocket> open(
      int port, String id, String subprotocol, String password) {
    WebSocket.Builder b =
        HTTP.newWebSocketBuilder().subprotocols(subprotocol).connectTimeout(Duration.ofSeconds(60));
    if (password != null) {
      b.header("Authorization", basic(id, password));
    }
    return b.buildAsync(
        URI.create("ws://127.0.0.1:" + port + "/ocpp/" + id), new WebSocket.Listener() {});
  }

  private static int refusalStatus(Throwable t) {
    Throwable c = t;
    while (c instanceof CompletionException && c.getCause() != null) {
      c = c.getCause();
    }
    if (c instanceof WebSocketHandshakeException h) {
      return h.getResponse().statusCode();
    }
    throw new AssertionError("the handshake failed without an HTTP answer", t);
  }

  private static JsonNode charger(String id) throws Exception {
    HttpResponse<String> r = server.send("GET", "/api/chargers/" + id, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static void api(String method, String path, String body, int status) {
    HttpResponse<String> r = server.send(method, path, body);
    assertThat(r.statusCode()).as(method + " " + path + " " + r.body()).isEqualTo(status);
  }

  private static long count(String sqlFromWhere) throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement st = c.createStatement()) {
      st.execute("set search_path to " + server.schema());
      try (ResultSet rs = st.executeQuery("select count(*) from " + sqlFromWhere)) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void setPolicy(CorePolicy.UnknownCharger p) {
    server.bean(CorePolicy.class).setUnknownCharger(p);
  }

  private static BootNotificationRequest boot16() {
    return BootNotificationRequest.builder()
        .chargePointVendor("EVDepot")
        .chargePointModel("DC-150")
        .build();
  }

  private static org.evdepot.ocpp.v201.BootNotificationRequest boot201() {
    return new org.evdepot.ocpp.v201.BootNotificationRequest(
        null,
        ChargingStation.builder().model("AC-22").vendorName("EVDepot").build(),
        org.evdepot.ocpp.v201.BootReasonEnum.POWER_UP);
  }

  // --- 1. passwords at the handshake ---

  @Test
  void autoRegister_storesTheFirstPassword_andLaterConnectionsMustPresentIt() throws Exception {
    OcppStationClient cp =
        station("TOFU-16", V16Actions.CATALOG, "first-pass-123", Handlers.none());
    assertThat(await(cp.call(boot16())).status()).isEqualTo(RegistrationStatus.ACCEPTED);
    JsonNode c = charger("TOFU-16");
    assertThat(c.get("hasPassword").asBoolean()).isTrue();
    assertThat(c.get("autoRegistered").asBoolean()).isTrue();
    assertThat(c.get("registrationStatus").asText()).isEqualTo("ACCEPTED");
    cp.close();

    assertThat(handshake(ocppPort, "TOFU-16", "ocpp1.6", "first-pass-123")).isEqualTo(101);
    assertThat(handshake(ocppPort, "TOFU-16", "ocpp1.6", "someone-else-1")).isEqualTo(401);
    assertThat(handshake(ocppPort, "TOFU-16", "ocpp1.6", null)).isEqualTo(401);
  }

  @Test
  void anOperator_resetsAStoredPassword_throughTheApi() throws Exception {
    assertThat(handshake(ocppPort, "RESET-1", "ocpp2.0.1", "old-pass-123")).isEqualTo(101);
    // Verified once more (and remembered), then changed by the operator: the old one stops working.
    assertThat(handshake(ocppPort, "RESET-1", "ocpp2.0.1", "old-pass-123")).isEqualTo(101);
    api("PUT", "/api/chargers/RESET-1", "{\"password\":\"new-pass-456\"}", 200);
    assertThat(handshake(ocppPort, "RESET-1", "ocpp2.0.1", "old-pass-123")).isEqualTo(401);
    assertThat(handshake(ocppPort, "RESET-1", "ocpp2.0.1", "new-pass-456")).isEqualTo(101);

    // Cleared: the next password presented is trusted again, then required.
    api(
        "PUT",
        "/api/chargers/RESET-1",
        "{\"clearPassword\":true,\"password\":\"x-pass-789\"}",
        400);
    api("PUT", "/api/chargers/RESET-1", "{\"clearPassword\":true}", 200);
    assertThat(charger("RESET-1").get("hasPassword").asBoolean()).isFalse();
    assertThat(handshake(ocppPort, "RESET-1", "ocpp2.0.1", "third-pass-000")).isEqualTo(101);
    assertThat(handshake(ocppPort, "RESET-1", "ocpp2.0.1", "new-pass-456")).isEqualTo(401);
    assertThat(handshake(ocppPort, "RESET-1", "ocpp2.0.1", "third-pass-000")).isEqualTo(101);
  }

  @Test
  void aPasswordChangedByAnotherNode_invalidatesWhatThisNodeRemembers() throws Exception {
    assertThat(handshake(ocppPort, "NODE-1", "ocpp1.6", "node-pass-111")).isEqualTo(101);
    assertThat(handshake(ocppPort, "NODE-1", "ocpp1.6", "node-pass-111")).isEqualTo(101);
    // Another process changes the stored hash directly (no in-process invalidation).
    try (Connection c = TestDatabase.connect();
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "update "
              + server.schema()
              + ".charger set password_hash = '"
              + org.evdepot.manage.core.service.PasswordHasher.hash("node-pass-222")
              + "' where id = 'NODE-1'");
    }
    assertThat(handshake(ocppPort, "NODE-1", "ocpp1.6", "node-pass-111")).isEqualTo(401);
    assertThat(handshake(ocppPort, "NODE-1", "ocpp1.6", "node-pass-222")).isEqualTo(101);
  }

  @Test
  void aRegisteredChargerWithAWrongPassword_isRefusedBeforeTheUpgrade() throws Exception {
    api("POST", "/api/chargers", "{\"id\":\"KNOWN-PW\",\"password\":\"right-pass-1\"}", 201);
    assertThat(handshake(ocppPort, "KNOWN-PW", "ocpp1.6", "wrong-pass-1")).isEqualTo(401);
    assertThat(handshake(ocppPort, "KNOWN-PW", "ocpp1.6", null)).isEqualTo(401);
    // A user name other than the charge point id is refused too.
    CompletableFuture<WebSocket> other =
        HTTP.newWebSocketBuilder()
            .subprotocols("ocpp1.6")
            .header("Authorization", basic("SOMEONE", "right-pass-1"))
            .buildAsync(
                URI.create("ws://127.0.0.1:" + ocppPort + "/ocpp/KNOWN-PW"),
                new WebSocket.Listener() {});
    try {
      other.get(60, TimeUnit.SECONDS).abort();
      fail("a foreign user name was let in");
    } catch (ExecutionException e) {
      assertThat(refusalStatus(e.getCause())).isEqualTo(401);
    }
    assertThat(handshake(ocppPort, "KNOWN-PW", "ocpp1.6", "right-pass-1")).isEqualTo(101);
    assertThat(charger("KNOWN-PW").get("connectionState").asText()).isNotBlank();
  }

  @Test
  void pending_recordsTheChargerAndItsPassword_butItIsPending() throws Exception {
    setPolicy(CorePolicy.UnknownCharger.PENDING);
    OcppStationClient cp =
        station("PEND-PW", V16Actions.CATALOG, "pending-pass-1", Handlers.none());
    assertThat(await(cp.call(boot16())).status()).isEqualTo(RegistrationStatus.PENDING);
    JsonNode c = charger("PEND-PW");
    assertThat(c.get("registrationStatus").asText()).isEqualTo("PENDING");
    assertThat(c.get("hasPassword").asBoolean()).isTrue();
    assertThat(c.get("autoRegistered").asBoolean()).isFalse();
    cp.close();
    assertThat(handshake(ocppPort, "PEND-PW", "ocpp1.6", "not-the-pass")).isEqualTo(401);
    assertThat(handshake(ocppPort, "PEND-PW", "ocpp1.6", "pending-pass-1")).isEqualTo(101);
  }

  @Test
  void reject_refusesUnknownChargersAtTheHandshake_andLetsRegisteredOnesIn() throws Exception {
    setPolicy(CorePolicy.UnknownCharger.REJECT);
    assertThat(handshake(ocppPort, "REJ-UNKNOWN", "ocpp1.6", "some-pass-1")).isEqualTo(404);
    assertThat(handshake(ocppPort, "REJ-UNKNOWN", "ocpp2.0.1", null)).isEqualTo(404);
    assertThat(server.send("GET", "/api/chargers/REJ-UNKNOWN", null).statusCode()).isEqualTo(404);

    api("POST", "/api/chargers", "{\"id\":\"REJ-KNOWN\",\"password\":\"known-pass-1\"}", 201);
    assertThat(handshake(ocppPort, "REJ-KNOWN", "ocpp1.6", "bad-pass-123")).isEqualTo(401);
    OcppStationClient cp =
        station("REJ-KNOWN", V16Actions.CATALOG, "known-pass-1", Handlers.none());
    assertThat(await(cp.call(boot16())).status()).isEqualTo(RegistrationStatus.ACCEPTED);
    assertThat(await(cp.call(new HeartbeatRequest())).currentTime()).isNotNull();
  }

  // --- 2. nothing acted upon from a charger that is not accepted ---

  @Test
  void aPendingOcpp16Charger_getsSecurityErrorForEverythingButBoot_untilAccepted()
      throws Exception {
    setPolicy(CorePolicy.UnknownCharger.PENDING);
    Handlers answersTriggers =
        Handlers.builder()
            .on(
                V16Actions.TRIGGER_MESSAGE,
                (req, ctx) -> new TriggerMessageResponse(TriggerMessageStatus.ACCEPTED))
            .build();
    OcppStationClient cp = station("GUARD-16", V16Actions.CATALOG, null, answersTriggers);
    assertThat(await(cp.call(boot16())).status()).isEqualTo(RegistrationStatus.PENDING);
    Instant t0 = Instant.parse("2026-11-27T06:00:00Z");

    assertSecurityError(cp.call(new HeartbeatRequest()));
    assertSecurityError(
        cp.call(
            new StatusNotificationRequest(
                1,
                ChargePointErrorCode.NO_ERROR,
                null,
                ChargePointStatus.PREPARING,
                t0,
                null,
                null)));
    assertSecurityError(cp.call(new AuthorizeRequest("TAG-PENDING-16")));
    assertSecurityError(cp.call(new StartTransactionRequest(1, "TAG-PENDING-16", 100, null, t0)));
    assertSecurityError(
        cp.call(
            new MeterValuesRequest(
                1,
                1,
                List.of(
                    new MeterValue(
                        t0.plusSeconds(60),
                        List.of(
                            SampledValue.builder()
                                .value("150")
                                .measurand(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER)
                                .unit(UnitOfMeasure.WH)
                                .build()))))));
    assertSecurityError(
        cp.call(
            new StopTransactionRequest("TAG-PENDING-16", 200, t0.plusSeconds(90), 1, null, null)));
    assertSecurityError(cp.call(new DataTransferRequest("ACME", null, "x")));
    // A boot is always answered, still Pending.
    assertThat(await(cp.call(boot16())).status()).isEqualTo(RegistrationStatus.PENDING);

    // Nothing was created from it.
    assertThat(count("charging_transaction where charger_id = 'GUARD-16'")).isZero();
    assertThat(count("meter_value where charger_id = 'GUARD-16'")).isZero();
    assertThat(count("id_token where token = 'TAG-PENDING-16'")).isZero();
    assertThat(count("connector where charger_id = 'GUARD-16'")).isZero();
    assertThat(count("charger_event where charger_id = 'GUARD-16'")).isZero();

    // A Heartbeat the server asks for (TriggerMessage) is answered (OCPP 1.6 section 4.2).
    HttpResponse<String> trigger =
        server.send(
            "POST", "/api/chargers/GUARD-16/commands/trigger-message", "{\"type\":\"Heartbeat\"}");
    assertThat(trigger.statusCode()).as(trigger.body()).isEqualTo(200);
    assertThat(await(cp.call(new HeartbeatRequest())).currentTime()).isNotNull();
    // ... but a trigger does not open the door to anything else.
    assertSecurityError(cp.call(new StartTransactionRequest(1, "TAG-PENDING-16", 100, null, t0)));

    // The operator approves; the charger's next boot is Accepted and it may operate.
    api("PUT", "/api/chargers/GUARD-16", "{\"registrationStatus\":\"ACCEPTED\"}", 200);
    assertThat(await(cp.call(boot16())).status()).isEqualTo(RegistrationStatus.ACCEPTED);
    assertThat(await(cp.call(new HeartbeatRequest())).currentTime()).isNotNull();
    int tx =
        await(cp.call(new StartTransactionRequest(1, "TAG-PENDING-16", 100, null, t0)))
            .transactionId();
    assertThat(tx).isPositive();
    assertThat(count("charging_transaction where charger_id = 'GUARD-16'")).isEqualTo(1);
  }

  @Test
  void aPendingOcpp201Station_getsSecurityError_andItsTransactionIsNotStored() throws Exception {
    setPolicy(CorePolicy.UnknownCharger.PENDING);
    OcppStationClient cs = station("GUARD-201", V201Actions.CATALOG, null, Handlers.none());
    assertThat(await(cs.call(boot201())).status()).isEqualTo(RegistrationStatusEnum.PENDING);
    Instant t0 = Instant.parse("2026-11-27T06:30:00Z");
    IdToken token = new IdToken(null, null, "TOKEN-PENDING-201", IdTokenEnum.ISO14443);

    assertSecurityError(cs.call(new org.evdepot.ocpp.v201.HeartbeatRequest(null)));
    assertSecurityError(
        cs.call(
            new org.evdepot.ocpp.v201.StatusNotificationRequest(
                null, t0, ConnectorStatusEnum.OCCUPIED, 1, 1)));
    assertSecurityError(
        cs.call(new org.evdepot.ocpp.v201.AuthorizeRequest(null, token, null, null)));
    assertSecurityError(
        cs.call(
            TransactionEventRequest.builder()
                .eventType(TransactionEventEnum.STARTED)
                .timestamp(t0)
                .triggerReason(TriggerReasonEnum.AUTHORIZED)
                .seqNo(0)
                .transactionInfo(Transaction.builder().transactionId("TX-PENDING-201").build())
                .evse(new EVSE(null, 1, 1))
                .idToken(token)
                .build()));

    assertThat(count("charging_transaction where charger_id = 'GUARD-201'")).isZero();
    assertThat(count("id_token where token = 'TOKEN-PENDING-201'")).isZero();
    assertThat(count("connector where charger_id = 'GUARD-201'")).isZero();
    assertThat(charger("GUARD-201").get("registrationStatus").asText()).isEqualTo("PENDING");
  }

  @Test
  void aPendingOcpp201Station_isAnsweredForWhatTheServerAskedFor() throws Exception {
    setPolicy(CorePolicy.UnknownCharger.PENDING);
    Handlers answers =
        Handlers.builder()
            .on(
                V201Actions.TRIGGER_MESSAGE,
                (req, ctx) ->
                    new org.evdepot.ocpp.v201.TriggerMessageResponse(
                        null, org.evdepot.ocpp.v201.TriggerMessageStatusEnum.ACCEPTED, null))
            .on(
                V201Actions.GET_BASE_REPORT,
                (req, ctx) ->
                    new org.evdepot.ocpp.v201.GetBaseReportResponse(
                        null, org.evdepot.ocpp.v201.GenericDeviceModelStatusEnum.ACCEPTED, null))
            .build();
    OcppStationClient cs = station("ASKED-201", V201Actions.CATALOG, null, answers);
    assertThat(await(cs.call(boot201())).status()).isEqualTo(RegistrationStatusEnum.PENDING);
    Instant now = Instant.parse("2026-11-27T07:00:00Z");
    assertSecurityError(
        cs.call(new org.evdepot.ocpp.v201.NotifyReportRequest(null, 1, now, null, false, 0)));
    assertSecurityError(cs.call(new org.evdepot.ocpp.v201.HeartbeatRequest(null)));

    // While pending, the CSMS may read the station's configuration (B02): the report is taken.
    HttpResponse<String> report =
        server.send(
            "POST",
            "/api/chargers/ASKED-201/commands/get-base-report",
            "{\"type\":\"FullInventory\"}");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    await(cs.call(new org.evdepot.ocpp.v201.NotifyReportRequest(null, 1, now, null, false, 0)));
    assertThat(count("charger_event where charger_id = 'ASKED-201' and kind = 'NOTIFY_REPORT'"))
        .isEqualTo(1);

    HttpResponse<String> trigger =
        server.send(
            "POST", "/api/chargers/ASKED-201/commands/trigger-message", "{\"type\":\"Heartbeat\"}");
    assertThat(trigger.statusCode()).as(trigger.body()).isEqualTo(200);
    assertThat(await(cs.call(new org.evdepot.ocpp.v201.HeartbeatRequest(null))).currentTime())
        .isNotNull();
    // A triggered MeterValues is still refused: no meter values from a station not accepted.
    HttpResponse<String> meter =
        server.send(
            "POST",
            "/api/chargers/ASKED-201/commands/trigger-message",
            "{\"type\":\"MeterValues\"}");
    assertThat(meter.statusCode()).as(meter.body()).isEqualTo(200);
    assertSecurityError(
        cs.call(
            new org.evdepot.ocpp.v201.MeterValuesRequest(
                null,
                1,
                List.of(
                    new org.evdepot.ocpp.v201.MeterValue(
                        null,
                        List.of(
                            org.evdepot.ocpp.v201.SampledValue.builder()
                                .value(java.math.BigDecimal.valueOf(1500))
                                .build()),
                        now)))));
    assertThat(count("meter_value where charger_id = 'ASKED-201'")).isZero();
  }

  @Test
  void aRejectedOcpp201Station_getsSecurityError() throws Exception {
    api("POST", "/api/chargers", "{\"id\":\"GUARD-REJ\",\"registrationStatus\":\"REJECTED\"}", 201);
    OcppStationClient cs = station("GUARD-REJ", V201Actions.CATALOG, null, Handlers.none());
    // Even before it boots, the stored status applies to the connection.
    assertSecurityError(cs.call(new org.evdepot.ocpp.v201.HeartbeatRequest(null)));
    assertThat(await(cs.call(boot201())).status()).isEqualTo(RegistrationStatusEnum.REJECTED);
    assertSecurityError(cs.call(new org.evdepot.ocpp.v201.HeartbeatRequest(null)));
  }

  // --- 3. the production profile requires passwords ---

  @Test
  void theProdEnvironment_refusesAChargerWithoutAPasswordBeforeTheUpgrade() throws Exception {
    String schema = TestDatabase.freshSchema(ChargerAdmissionIT.class);
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Map<String, Object> props = new HashMap<>();
    props.put("evdepot.database.url", TestDatabase.url());
    props.put("evdepot.database.username", TestDatabase.user());
    props.put("evdepot.database.schema", schema);
    props.put("evdepot.ocpp.port", port);
    try (ApplicationContext ctx = ApplicationContext.run(props, "prod")) {
      assertThat(ctx.getProperty("evdepot.ocpp.require-password", Boolean.class)).contains(true);
      assertThat(handshake(port, "PROD-NOPW", "ocpp1.6", null)).isEqualTo(401);
      assertThat(handshake(port, "PROD-NOPW", "ocpp2.0.1", null)).isEqualTo(401);
      // With a password it gets in, pending for an operator.
      assertThat(handshake(port, "PROD-PW", "ocpp2.0.1", "prod-pass-123")).isEqualTo(101);
      assertThat(
              ctx.getBean(org.evdepot.manage.core.service.ChargerService.class)
                  .get("PROD-PW")
                  .registrationStatus())
          .isEqualTo(org.evdepot.manage.core.model.RegistrationStatus.PENDING);
    } finally {
      TestDatabase.dropSchema(schema);
    }
    // The embedded default stays open to chargers without a password.
    assertThat(handshake(ocppPort, "EMBEDDED-NOPW", "ocpp1.6", null)).isEqualTo(101);
  }

  // --- 4. a reconnect storm of chargers with passwords ---

  @Test
  void aReconnectStormOf200ChargersWithPasswords_allConnect() throws Exception {
    int n = 200;
    for (int round = 0; round < 2; round++) {
      // Round 0 stores each first password (trust on first use); round 1 verifies them.
      List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        opening.add(open(ocppPort, "STORM-PW-" + i, "ocpp1.6", "storm-pass-" + i));
      }
      // Impostors in the same storm are refused.
      List<CompletableFuture<WebSocket>> impostors = new ArrayList<>();
      if (round == 1) {
        for (int i = 0; i < 10; i++) {
          impostors.add(open(ocppPort, "STORM-PW-" + i, "ocpp1.6", "guessed-pass-" + i));
        }
      }
      List<WebSocket> sockets = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      try {
        for (int i = 0; i < n; i++) {
          long left = Math.max(1, deadline - System.nanoTime());
          sockets.add(opening.get(i).get(left, TimeUnit.NANOSECONDS));
        }
        for (CompletableFuture<WebSocket> f : impostors) {
          try {
            f.get(60, TimeUnit.SECONDS).abort();
            fail("an impostor got in");
          } catch (ExecutionException e) {
            assertThat(refusalStatus(e.getCause())).isEqualTo(401);
          }
        }
      } finally {
        for (WebSocket ws : sockets) {
          ws.abort();
        }
      }
      assertThat(sockets).hasSize(n);
    }
    assertThat(count("charger where id like 'STORM-PW-%' and password_hash is not null"))
        .isEqualTo(n);
  }
}
