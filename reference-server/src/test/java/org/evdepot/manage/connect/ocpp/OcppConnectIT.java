package org.evdepot.manage.connect.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.evdepot.manage.testing.TestServer;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.station.OcppStationClient;
import org.evdepot.ocpp.v16.AuthorizationStatus;
import org.evdepot.ocpp.v16.AuthorizeRequest;
import org.evdepot.ocpp.v16.BootNotificationRequest;
import org.evdepot.ocpp.v16.ChangeConfigurationResponse;
import org.evdepot.ocpp.v16.ChargePointErrorCode;
import org.evdepot.ocpp.v16.ChargePointStatus;
import org.evdepot.ocpp.v16.ConfigurationStatus;
import org.evdepot.ocpp.v16.GetConfigurationResponse;
import org.evdepot.ocpp.v16.KeyValue;
import org.evdepot.ocpp.v16.Measurand;
import org.evdepot.ocpp.v16.MeterValue;
import org.evdepot.ocpp.v16.MeterValuesRequest;
import org.evdepot.ocpp.v16.RegistrationStatus;
import org.evdepot.ocpp.v16.RemoteStartStopStatus;
import org.evdepot.ocpp.v16.RemoteStartTransactionResponse;
import org.evdepot.ocpp.v16.ResetResponse;
import org.evdepot.ocpp.v16.ResetStatus;
import org.evdepot.ocpp.v16.SampledValue;
import org.evdepot.ocpp.v16.StartTransactionRequest;
import org.evdepot.ocpp.v16.StatusNotificationRequest;
import org.evdepot.ocpp.v16.StopTransactionRequest;
import org.evdepot.ocpp.v16.UnitOfMeasure;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.AttributeEnum;
import org.evdepot.ocpp.v201.ChargingStateEnum;
import org.evdepot.ocpp.v201.ChargingStation;
import org.evdepot.ocpp.v201.EVSE;
import org.evdepot.ocpp.v201.GetVariableResult;
import org.evdepot.ocpp.v201.GetVariableStatusEnum;
import org.evdepot.ocpp.v201.GetVariablesResponse;
import org.evdepot.ocpp.v201.IdToken;
import org.evdepot.ocpp.v201.IdTokenEnum;
import org.evdepot.ocpp.v201.MeasurandEnum;
import org.evdepot.ocpp.v201.RequestStartStopStatusEnum;
import org.evdepot.ocpp.v201.RequestStartTransactionResponse;
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
 * The Manage server with SDK charging stations of both versions connecting over real WebSockets to
 * its OCPP port, on a real PostgreSQL: what chargers send lands in the domain, commands sent
 * through the REST API reach the charger and come back with its answer.
 */
class OcppConnectIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestServer server;
  private static int ocppPort;
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @BeforeAll
  static void start() {
    server = TestServer.start(OcppConnectIT.class, Map.of());
    ocppPort = server.bean(OcppConnectServer.class).port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void closeStations() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  private OcppStationClient station(String id, org.evdepot.ocpp.ActionCatalog catalog, Handlers h)
      throws Exception {
    OcppStationClient s =
        OcppStationClient.builder()
            .serverUri(URI.create("ws://127.0.0.1:" + ocppPort + "/ocpp"))
            .chargePointId(id)
            .catalog(catalog)
            .handlers(h)
            .reconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(1))
            .build();
    toClose.add(s);
    s.connect().toCompletableFuture().get(20, TimeUnit.SECONDS);
    return s;
  }

  private static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = server.send("GET", path, null);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static JsonNode command(String charger, String command, String body, int status)
      throws Exception {
    HttpResponse<String> r =
        server.send("POST", "/api/chargers/" + charger + "/commands/" + command, body);
    assertThat(r.statusCode()).as(command + " " + r.body()).isEqualTo(status);
    return JSON.readTree(r.body());
  }

  private static void putToken(String token, String status) {
    HttpResponse<String> r =
        server.send(
            "POST",
            "/api/id-tokens",
            "{\"token\":\"" + token + "\",\"type\":\"RFID\",\"status\":\"" + status + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  private static SampledValue energy(long wh) {
    return SampledValue.builder()
        .value(Long.toString(wh))
        .measurand(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER)
        .unit(UnitOfMeasure.WH)
        .build();
  }

  @Test
  void anOcpp16Charger_bootsAuthorizesAgainstStoredTokens_andItsTransactionIsStored()
      throws Exception {
    putToken("TAG-OK", "ACCEPTED");
    putToken("TAG-BLOCKED", "BLOCKED");
    OcppStationClient cp = station("CONNECT-16", V16Actions.CATALOG, Handlers.none());

    assertThat(
            await(
                    cp.call(
                        BootNotificationRequest.builder()
                            .chargePointVendor("EVDepot")
                            .chargePointModel("DC-150")
                            .firmwareVersion("2.1")
                            .build()))
                .status())
        .isEqualTo(RegistrationStatus.ACCEPTED);
    Instant t0 = Instant.parse("2026-11-27T05:00:00Z");
    await(
        cp.call(
            new StatusNotificationRequest(
                1,
                ChargePointErrorCode.NO_ERROR,
                null,
                ChargePointStatus.PREPARING,
                t0,
                null,
                null)));
    assertThat(await(cp.call(new AuthorizeRequest("TAG-OK"))).idTagInfo().status())
        .isEqualTo(AuthorizationStatus.ACCEPTED);
    assertThat(await(cp.call(new AuthorizeRequest("TAG-BLOCKED"))).idTagInfo().status())
        .isEqualTo(AuthorizationStatus.BLOCKED);

    StartTransactionRequest start = new StartTransactionRequest(1, "TAG-OK", 5_000, null, t0);
    int tx = await(cp.call(start)).transactionId();
    // The same StartTransaction again (a retry after a lost answer) gets the same id.
    assertThat(await(cp.call(start)).transactionId()).isEqualTo(tx);
    await(
        cp.call(
            new MeterValuesRequest(
                1,
                tx,
                List.of(
                    new MeterValue(t0.plusSeconds(60), List.of(energy(5_500))),
                    new MeterValue(t0.plusSeconds(120), List.of(energy(6_000)))))));
    StopTransactionRequest stop =
        new StopTransactionRequest("TAG-OK", 6_400, t0.plusSeconds(180), tx, null, null);
    assertThat(await(cp.call(stop))).isNotNull();
    // Stopping again, or stopping an unknown transaction, is answered (and recorded).
    assertThat(await(cp.call(stop))).isNotNull();
    assertThat(
            await(
                cp.call(
                    new StopTransactionRequest(null, 1, t0.plusSeconds(200), 987_654, null, null))))
        .isNotNull();

    JsonNode charger = get("/api/chargers/CONNECT-16");
    assertThat(charger.toString()).contains("DC-150").contains("EVDepot");
    JsonNode transactions = get("/api/transactions?chargerId=CONNECT-16");
    assertThat(transactions.toString()).contains("TAG-OK");
    JsonNode connectors = get("/api/chargers/CONNECT-16/connectors");
    assertThat(connectors.toString()).contains("Preparing");

    // Every frame reaches the message log (written asynchronously in batches).
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    String log;
    do {
      log = get("/api/chargers/CONNECT-16/messages").toString();
    } while (!log.contains("StopTransaction") && System.nanoTime() < deadline);
    assertThat(log)
        .contains("BootNotification")
        .contains("StartTransaction")
        .contains("StopTransaction");
  }

  @Test
  void anOcpp201Station_reportsATransaction_andADuplicateEventIsStoredOnce() throws Exception {
    OcppStationClient cs = station("CONNECT-201", V201Actions.CATALOG, Handlers.none());
    await(
        cs.call(
            new org.evdepot.ocpp.v201.BootNotificationRequest(
                null,
                ChargingStation.builder().model("AC-22").vendorName("EVDepot").build(),
                org.evdepot.ocpp.v201.BootReasonEnum.POWER_UP)));
    Instant t0 = Instant.parse("2026-11-27T05:30:00Z");
    IdToken token = new IdToken(null, null, "TOKEN-201", IdTokenEnum.ISO14443);
    TransactionEventRequest started =
        TransactionEventRequest.builder()
            .eventType(TransactionEventEnum.STARTED)
            .timestamp(t0)
            .triggerReason(TriggerReasonEnum.AUTHORIZED)
            .seqNo(0)
            .transactionInfo(Transaction.builder().transactionId("TX-CONNECT-1").build())
            .evse(new EVSE(null, 1, 1))
            .idToken(token)
            .build();
    TransactionEventRequest updated =
        TransactionEventRequest.builder()
            .eventType(TransactionEventEnum.UPDATED)
            .timestamp(t0.plusSeconds(60))
            .triggerReason(TriggerReasonEnum.METER_VALUE_PERIODIC)
            .seqNo(1)
            .transactionInfo(
                Transaction.builder()
                    .transactionId("TX-CONNECT-1")
                    .chargingState(ChargingStateEnum.CHARGING)
                    .build())
            .meterValue(
                List.of(
                    new org.evdepot.ocpp.v201.MeterValue(
                        null,
                        List.of(
                            org.evdepot.ocpp.v201.SampledValue.builder()
                                .value(new BigDecimal("1500"))
                                .measurand(MeasurandEnum.ENERGY_ACTIVE_IMPORT_REGISTER)
                                .build()),
                        t0.plusSeconds(60))))
            .build();
    TransactionEventRequest ended =
        TransactionEventRequest.builder()
            .eventType(TransactionEventEnum.ENDED)
            .timestamp(t0.plusSeconds(300))
            .triggerReason(TriggerReasonEnum.EV_DEPARTED)
            .seqNo(2)
            .transactionInfo(
                Transaction.builder()
                    .transactionId("TX-CONNECT-1")
                    .stoppedReason(org.evdepot.ocpp.v201.ReasonEnum.EV_DISCONNECTED)
                    .build())
            .build();
    await(cs.call(started));
    await(cs.call(updated));
    await(cs.call(updated));
    await(cs.call(ended));

    JsonNode transactions = get("/api/transactions?chargerId=CONNECT-201");
    assertThat(transactions.toString()).contains("TX-CONNECT-1");
  }

  @Test
  void commandsThroughTheApi_reachAnOcpp16Charger_andReturnItsAnswer() throws Exception {
    Handlers handlers =
        Handlers.builder()
            .on(
                V16Actions.REMOTE_START_TRANSACTION,
                (req, ctx) ->
                    new RemoteStartTransactionResponse(
                        req.idTag().equals("FLEET-1")
                            ? RemoteStartStopStatus.ACCEPTED
                            : RemoteStartStopStatus.REJECTED))
            .on(V16Actions.RESET, (req, ctx) -> new ResetResponse(ResetStatus.ACCEPTED))
            .on(
                V16Actions.GET_CONFIGURATION,
                (req, ctx) ->
                    new GetConfigurationResponse(
                        List.of(new KeyValue("HeartbeatInterval", false, "300")), null))
            .on(
                V16Actions.CHANGE_CONFIGURATION,
                (req, ctx) ->
                    new ChangeConfigurationResponse(
                        req.key().equals("HeartbeatInterval")
                            ? ConfigurationStatus.ACCEPTED
                            : ConfigurationStatus.NOT_SUPPORTED))
            .build();
    OcppStationClient cp = station("CMD-16", V16Actions.CATALOG, handlers);
    await(
        cp.call(
            BootNotificationRequest.builder()
                .chargePointVendor("V")
                .chargePointModel("M")
                .build()));

    assertThat(
            command("CMD-16", "remote-start", "{\"evseId\":1,\"idToken\":\"FLEET-1\"}", 200)
                .get("status")
                .asText())
        .isEqualTo("Accepted");
    assertThat(
            command("CMD-16", "remote-start", "{\"idToken\":\"OTHER\"}", 200)
                .get("status")
                .asText())
        .isEqualTo("Rejected");
    assertThat(command("CMD-16", "reset", "{\"type\":\"Hard\"}", 200).get("status").asText())
        .isEqualTo("Accepted");
    JsonNode config =
        command("CMD-16", "get-configuration", "{\"keys\":[\"HeartbeatInterval\"]}", 200);
    assertThat(config.toString()).contains("HeartbeatInterval").contains("300");
    assertThat(
            command(
                    "CMD-16",
                    "change-configuration",
                    "{\"values\":{\"HeartbeatInterval\":\"60\"}}",
                    200)
                .get("status")
                .asText())
        .isEqualTo("Accepted");
    // Not handled by this charger: its CALLERROR is reported, not hidden.
    command("CMD-16", "unlock-connector", "{\"evseId\":1}", 502);
    // Bad requests name the field.
    assertThat(command("CMD-16", "reset", "{\"type\":\"Gentle\"}", 400).toString())
        .contains("type");
    assertThat(command("CMD-16", "remote-start", "{}", 400).toString()).contains("idToken");
    assertThat(command("CMD-16", "get-variables", "{\"keys\":[\"A/B\"]}", 400).toString())
        .contains("2.0.1");
  }

  @Test
  void commandsThroughTheApi_reachAnOcpp201Station() throws Exception {
    Handlers handlers =
        Handlers.builder()
            .on(
                V201Actions.REQUEST_START_TRANSACTION,
                (req, ctx) ->
                    new RequestStartTransactionResponse(
                        null, RequestStartStopStatusEnum.ACCEPTED, null, null))
            .on(
                V201Actions.GET_VARIABLES,
                (req, ctx) -> {
                  List<GetVariableResult> results = new ArrayList<>();
                  for (var d : req.getVariableData()) {
                    results.add(
                        new GetVariableResult(
                            null,
                            null,
                            GetVariableStatusEnum.ACCEPTED,
                            AttributeEnum.ACTUAL,
                            "42",
                            d.component(),
                            d.variable()));
                  }
                  return new GetVariablesResponse(null, results);
                })
            .build();
    OcppStationClient cs = station("CMD-201", V201Actions.CATALOG, handlers);
    await(
        cs.call(
            new org.evdepot.ocpp.v201.BootNotificationRequest(
                null,
                ChargingStation.builder().model("M").vendorName("V").build(),
                org.evdepot.ocpp.v201.BootReasonEnum.POWER_UP)));
    assertThat(
            command("CMD-201", "remote-start", "{\"evseId\":1,\"idToken\":\"FLEET-2\"}", 200)
                .get("status")
                .asText())
        .isEqualTo("Accepted");
    JsonNode vars =
        command(
            "CMD-201", "get-variables", "{\"keys\":[\"OCPPCommCtrlr/HeartbeatInterval\"]}", 200);
    assertThat(vars.toString()).contains("HeartbeatInterval").contains("42");
    assertThat(command("CMD-201", "get-configuration", "{}", 400).toString()).contains("1.6");
  }

  @Test
  void aCommandToADisconnectedCharger_is409() throws Exception {
    OcppStationClient cp = station("CMD-GONE", V16Actions.CATALOG, Handlers.none());
    await(
        cp.call(
            BootNotificationRequest.builder()
                .chargePointVendor("V")
                .chargePointModel("M")
                .build()));
    cp.close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.bean(OcppConnectServer.class).session("CMD-GONE").isPresent()
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    command("CMD-GONE", "reset", "{}", 409);
  }

  @Test
  void aMalformedFrame_getsACallError_andIsKeptInTheMessageLog() throws Exception {
    CompletableFuture<String> answer = new CompletableFuture<>();
    WebSocket ws =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .subprotocols("ocpp1.6")
            .buildAsync(
                URI.create("ws://127.0.0.1:" + ocppPort + "/ocpp/GARBLED-1"),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    answer.complete(data.toString());
                    return null;
                  }
                })
            .get(20, TimeUnit.SECONDS);
    try {
      ws.sendText("this is {not json", true);
      JsonNode error = JSON.readTree(answer.get(20, TimeUnit.SECONDS));
      assertThat(error.get(0).asInt()).isEqualTo(4);
      assertThat(error.get(2).asText()).isEqualTo("FormationViolation");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      String log;
      do {
        log = get("/api/chargers/GARBLED-1/messages").toString();
      } while (!log.contains("not json") && System.nanoTime() < deadline);
      assertThat(log).contains("this is {not json").contains("FormationViolation");
    } finally {
      ws.abort();
    }
  }

  @Test
  void aBootStormOf500Chargers_isAnsweredWithoutAnError() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    int n = 500;
    List<CompletableFuture<String>> answers = new ArrayList<>();
    List<WebSocket> sockets = new ArrayList<>();
    List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CompletableFuture<String> answer = new CompletableFuture<>();
      answers.add(answer);
      opening.add(
          http.newWebSocketBuilder()
              .subprotocols("ocpp1.6")
              .connectTimeout(Duration.ofSeconds(30))
              .buildAsync(
                  URI.create("ws://127.0.0.1:" + ocppPort + "/ocpp/STORM-" + i),
                  new WebSocket.Listener() {
                    final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(
                        WebSocket ws, CharSequence data, boolean last) {
                      text.append(data);
                      if (last) {
                        answer.complete(text.toString());
                      }
                      ws.request(1);
                      return null;
                    }
                  }));
    }
    for (int i = 0; i < n; i++) {
      WebSocket ws = opening.get(i).get(60, TimeUnit.SECONDS);
      sockets.add(ws);
      ws.sendText(
          "[2,\"boot-"
              + i
              + "\",\"BootNotification\",{\"chargePointVendor\":\"Storm\",\"chargePointModel\":\"S-"
              + i
              + "\"}]",
          true);
    }
    try {
      for (int i = 0; i < n; i++) {
        JsonNode frame = JSON.readTree(answers.get(i).get(120, TimeUnit.SECONDS));
        assertThat(frame.get(0).asInt()).as(frame.toString()).isEqualTo(3);
        assertThat(frame.get(1).asText()).isEqualTo("boot-" + i);
        assertThat(frame.get(2).get("status").asText()).isEqualTo("Accepted");
      }
      assertThat(server.bean(OcppConnectServer.class).connectedCount()).isGreaterThanOrEqualTo(n);
    } finally {
      for (WebSocket ws : sockets) {
        ws.abort();
      }
    }
  }
}
