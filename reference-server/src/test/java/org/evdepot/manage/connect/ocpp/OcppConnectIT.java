package org.evdepot.manage.connect.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.evdepot.manage.core.adapter.Db;
import org.evdepot.manage.core.service.ChargerService;
import org.evdepot.manage.core.service.StopTransactionResult.Outcome;
import org.evdepot.manage.core.service.TransactionService;
import org.evdepot.manage.testing.TestServer;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.OcppJson;
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
import org.evdepot.ocpp.v201.AuthorizationStatusEnum;
import org.evdepot.ocpp.v201.ChargingStateEnum;
import org.evdepot.ocpp.v201.ChargingStation;
import org.evdepot.ocpp.v201.ConnectorStatusEnum;
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

  private static SampledValue soc(int percent) {
    return SampledValue.builder()
        .value(Integer.toString(percent))
        .measurand(Measurand.SOC)
        .unit(UnitOfMeasure.PERCENT)
        .build();
  }

  /** Whether {@code samples} holds one with this measurand, value and flags. */
  private static boolean sample(
      JsonNode samples, String measurand, double value, boolean outsideWindow, boolean backwards) {
    for (JsonNode s : samples) {
      if (s.get("measurand").asText().equals(measurand)
          && s.get("value").asDouble() == value
          && s.get("outsideWindow").asBoolean() == outsideWindow
          && s.get("backwards").asBoolean() == backwards) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode transactionByRef(String chargerId, String ref) throws Exception {
    for (JsonNode t : get("/api/transactions?chargerId=" + chargerId).get("items")) {
      if (ref.equals(t.path("transactionRef").asText())) {
        return get("/api/transactions/" + t.get("id").asLong());
      }
    }
    throw new AssertionError("no transaction " + ref + " of " + chargerId);
  }

  private static long count(String sql, Object... args) {
    return server
        .bean(Db.class)
        .read(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                  ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getLong(1);
                }
              }
            });
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

    // An unknown token is accepted and recorded (the default unknown-token policy).
    assertThat(await(cp.call(new AuthorizeRequest("TAG-NEW"))).idTagInfo().status())
        .isEqualTo(AuthorizationStatus.ACCEPTED);
    assertThat(get("/api/id-tokens/TAG-NEW").get("status").asText()).isEqualTo("ACCEPTED");

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
                    new MeterValue(t0.plusSeconds(120), List.of(energy(6_000), soc(42)))))));
    // The register going backwards is stored and flagged.
    await(
        cp.call(
            new MeterValuesRequest(
                1, tx, List.of(new MeterValue(t0.plusSeconds(150), List.of(energy(5_800)))))));
    StopTransactionRequest stop =
        new StopTransactionRequest("TAG-OK", 6_400, t0.plusSeconds(180), tx, null, null);
    assertThat(await(cp.call(stop)).idTagInfo().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
    // A sample after the stop lies outside the transaction's window.
    await(
        cp.call(
            new MeterValuesRequest(
                1, tx, List.of(new MeterValue(t0.plusSeconds(240), List.of(energy(6_500)))))));
    TransactionService transactions = server.bean(TransactionService.class);
    assertThat(transactions.stopAnomalies("CONNECT-16", Outcome.ALREADY_STOPPED)).isZero();

    // Stopping again is answered and recorded as an anomaly; the transaction keeps its stop.
    StopTransactionRequest again =
        new StopTransactionRequest(
            "TAG-OK", 9_999, t0.plusSeconds(600), tx, org.evdepot.ocpp.v16.Reason.OTHER, null);
    assertThat(await(cp.call(again)).idTagInfo().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
    assertThat(transactions.stopAnomalies("CONNECT-16", Outcome.ALREADY_STOPPED)).isEqualTo(1);
    // Stopping a transaction the server never saw is answered and recorded too.
    assertThat(
            await(
                    cp.call(
                        new StopTransactionRequest(
                            null, 1, t0.plusSeconds(200), 987_654, null, null)))
                .idTagInfo())
        .isNull();
    assertThat(transactions.stopAnomalies("CONNECT-16", Outcome.UNKNOWN_TRANSACTION)).isEqualTo(1);

    JsonNode charger = get("/api/chargers/CONNECT-16");
    assertThat(charger.get("model").asText()).isEqualTo("DC-150");
    assertThat(charger.get("vendor").asText()).isEqualTo("EVDepot");
    assertThat(charger.get("firmwareVersion").asText()).isEqualTo("2.1");
    assertThat(charger.get("ocppVersion").asText()).isEqualTo("1.6");
    assertThat(charger.get("connectionState").asText()).isEqualTo("CONNECTED");
    JsonNode list = get("/api/transactions?chargerId=CONNECT-16").get("items");
    assertThat(list).hasSize(1);
    JsonNode detail = get("/api/transactions/" + list.get(0).get("id").asLong());
    JsonNode t = detail.get("transaction");
    assertThat(t.get("ocpp16Id").asInt()).isEqualTo(tx);
    assertThat(t.get("state").asText()).isEqualTo("ENDED");
    assertThat(t.get("idToken").asText()).isEqualTo("TAG-OK");
    assertThat(Instant.parse(t.get("startedAt").asText())).isEqualTo(t0);
    assertThat(Instant.parse(t.get("stoppedAt").asText())).isEqualTo(t0.plusSeconds(180));
    assertThat(t.get("meterStartWh").asDouble()).isEqualTo(5_000);
    assertThat(t.get("meterStopWh").asDouble()).isEqualTo(6_400);
    assertThat(t.get("stopReason").asText()).isEqualTo("Local");
    assertThat(t.get("lastSocPercent").asDouble()).isEqualTo(42);
    JsonNode samples = detail.get("meterValues");
    assertThat(samples).hasSize(5);
    assertThat(sample(samples, "Energy.Active.Import.Register", 5_500, false, false)).isTrue();
    assertThat(sample(samples, "Energy.Active.Import.Register", 6_000, false, false)).isTrue();
    assertThat(sample(samples, "SoC", 42, false, false)).isTrue();
    assertThat(sample(samples, "Energy.Active.Import.Register", 5_800, false, true)).isTrue();
    assertThat(sample(samples, "Energy.Active.Import.Register", 6_500, true, false)).isTrue();
    JsonNode connectors = get("/api/chargers/CONNECT-16/connectors");
    assertThat(connectors).hasSize(1);
    assertThat(connectors.get(0).get("connectorId").asInt()).isEqualTo(1);
    assertThat(connectors.get(0).get("status").asText()).isEqualTo("Preparing");

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

    JsonNode detail = transactionByRef("CONNECT-201", "TX-CONNECT-1");
    JsonNode t = detail.get("transaction");
    assertThat(t.get("state").asText()).isEqualTo("ENDED");
    assertThat(t.get("lastSeqNo").asInt()).isEqualTo(2);
    assertThat(t.get("idToken").asText()).isEqualTo("TOKEN-201");
    assertThat(t.get("evseId").asInt()).isEqualTo(1);
    assertThat(t.get("chargingState").asText()).isEqualTo("Charging");
    assertThat(t.get("stopReason").asText()).isEqualTo("EVDisconnected");
    assertThat(Instant.parse(t.get("startedAt").asText())).isEqualTo(t0);
    assertThat(Instant.parse(t.get("stoppedAt").asText())).isEqualTo(t0.plusSeconds(300));
    // The repeated seqNo 1 was answered but stored once: one event row, one sample.
    assertThat(detail.get("meterValues")).hasSize(1);
    assertThat(detail.get("meterValues").get(0).get("value").asDouble()).isEqualTo(1500);
    assertThat(
            count(
                "select count(*) from transaction_event where transaction_id = ?",
                t.get("id").asLong()))
        .isEqualTo(3);
  }

  @Test
  void anOcpp201Station_sendingTransactionEventsOutOfOrder_endsWithTheRightTransaction()
      throws Exception {
    OcppStationClient cs = station("CONNECT-201-OOO", V201Actions.CATALOG, Handlers.none());
    await(
        cs.call(
            new org.evdepot.ocpp.v201.BootNotificationRequest(
                null,
                ChargingStation.builder().model("AC-22").vendorName("EVDepot").build(),
                org.evdepot.ocpp.v201.BootReasonEnum.POWER_UP)));
    Instant t0 = Instant.parse("2026-11-27T07:00:00Z");
    String id = "TX-OOO-1";
    TransactionEventRequest started =
        event(TransactionEventEnum.STARTED, t0, 0, id, null, 1000)
            .evse(new EVSE(null, 1, 1))
            .idToken(new IdToken(null, null, "TOKEN-OOO", IdTokenEnum.ISO14443))
            .build();
    TransactionEventRequest charging =
        event(TransactionEventEnum.UPDATED, t0.plusSeconds(60), 1, id, "Charging", 1500).build();
    TransactionEventRequest suspended =
        event(TransactionEventEnum.UPDATED, t0.plusSeconds(120), 2, id, "SuspendedEV", 2000)
            .build();
    TransactionEventRequest ended =
        event(TransactionEventEnum.ENDED, t0.plusSeconds(300), 3, id, "Idle", 2500).build();
    // Delivered as: seqNo 1, 0, 3, 2 (the Updated before its Started, the Ended before an Updated).
    await(cs.call(charging));
    await(cs.call(started));
    await(cs.call(ended));
    await(cs.call(suspended));

    JsonNode detail = transactionByRef("CONNECT-201-OOO", id);
    JsonNode t = detail.get("transaction");
    assertThat(t.get("state").asText()).isEqualTo("ENDED");
    assertThat(t.get("lastSeqNo").asInt()).isEqualTo(3);
    // The late seqNo 2 does not overwrite the state the newer seqNo 3 reported.
    assertThat(t.get("chargingState").asText()).isEqualTo("Idle");
    assertThat(t.get("idToken").asText()).isEqualTo("TOKEN-OOO");
    assertThat(t.get("evseId").asInt()).isEqualTo(1);
    assertThat(Instant.parse(t.get("startedAt").asText())).isEqualTo(t0);
    assertThat(Instant.parse(t.get("stoppedAt").asText())).isEqualTo(t0.plusSeconds(300));
    assertThat(t.get("meterStartWh").asDouble()).isEqualTo(1000);
    assertThat(t.get("meterStopWh").asDouble()).isEqualTo(2500);
    JsonNode samples = detail.get("meterValues");
    assertThat(samples).hasSize(4);
    for (JsonNode s : samples) {
      assertThat(s.get("outsideWindow").asBoolean()).as(s.toString()).isFalse();
      assertThat(s.get("backwards").asBoolean()).as(s.toString()).isFalse();
    }
    assertThat(get("/api/transactions?chargerId=CONNECT-201-OOO").get("items")).hasSize(1);
  }

  private static TransactionEventRequest.Builder event(
      TransactionEventEnum type,
      Instant at,
      int seqNo,
      String transactionId,
      String chargingState,
      long energyWh) {
    Transaction.Builder info = Transaction.builder().transactionId(transactionId);
    if (chargingState != null) {
      info.chargingState(ChargingStateEnum.fromWireValue(chargingState).orElseThrow());
    }
    return TransactionEventRequest.builder()
        .eventType(type)
        .timestamp(at)
        .triggerReason(
            type == TransactionEventEnum.UPDATED
                ? TriggerReasonEnum.CHARGING_STATE_CHANGED
                : TriggerReasonEnum.AUTHORIZED)
        .seqNo(seqNo)
        .transactionInfo(info.build())
        .meterValue(
            List.of(
                new org.evdepot.ocpp.v201.MeterValue(
                    null,
                    List.of(
                        org.evdepot.ocpp.v201.SampledValue.builder()
                            .value(BigDecimal.valueOf(energyWh))
                            .measurand(MeasurandEnum.ENERGY_ACTIVE_IMPORT_REGISTER)
                            .build()),
                    at)));
  }

  @Test
  void anOcpp201Station_reportsStatusAuthorizesHeartbeatsMetersReportsAndSecurityEvents()
      throws Exception {
    putToken("TOKEN-201-OK", "ACCEPTED");
    putToken("TOKEN-201-BLOCKED", "BLOCKED");
    String id = "CONNECT-201-MSG";
    OcppStationClient cs = station(id, V201Actions.CATALOG, Handlers.none());
    await(
        cs.call(
            new org.evdepot.ocpp.v201.BootNotificationRequest(
                null,
                ChargingStation.builder()
                    .model("AC-22")
                    .vendorName("EVDepot")
                    .firmwareVersion("4.0")
                    .build(),
                org.evdepot.ocpp.v201.BootReasonEnum.POWER_UP)));
    Instant t0 = Instant.parse("2026-11-27T08:00:00Z");

    // StatusNotification; an older one arriving late goes to the history only.
    await(
        cs.call(
            new org.evdepot.ocpp.v201.StatusNotificationRequest(
                null, t0, ConnectorStatusEnum.OCCUPIED, 1, 1)));
    await(
        cs.call(
            new org.evdepot.ocpp.v201.StatusNotificationRequest(
                null, t0.minusSeconds(60), ConnectorStatusEnum.AVAILABLE, 1, 1)));
    await(
        cs.call(
            new org.evdepot.ocpp.v201.StatusNotificationRequest(
                null, t0, ConnectorStatusEnum.FAULTED, 2, 1)));
    JsonNode connectors = get("/api/chargers/" + id + "/connectors");
    assertThat(connectors).hasSize(2);
    for (JsonNode c : connectors) {
      assertThat(c.get("connectorId").asInt()).isEqualTo(1);
      assertThat(c.get("status").asText())
          .isEqualTo(c.get("evseId").asInt() == 1 ? "Occupied" : "Faulted");
    }
    assertThat(
            count(
                "select count(*) from connector_status_history where charger_id = ?"
                    + " and evse_id = 1",
                id))
        .isEqualTo(2);

    // Authorize against stored tokens.
    assertThat(authorize201(cs, "TOKEN-201-OK")).isEqualTo(AuthorizationStatusEnum.ACCEPTED);
    assertThat(authorize201(cs, "TOKEN-201-BLOCKED")).isEqualTo(AuthorizationStatusEnum.BLOCKED);
    assertThat(authorize201(cs, "TOKEN-201-UNKNOWN")).isEqualTo(AuthorizationStatusEnum.ACCEPTED);
    assertThat(get("/api/id-tokens/TOKEN-201-UNKNOWN").get("status").asText())
        .isEqualTo("ACCEPTED");

    // Heartbeat: the server's time, and the charger is seen.
    Instant before = Instant.now();
    Instant serverTime =
        await(cs.call(new org.evdepot.ocpp.v201.HeartbeatRequest(null))).currentTime();
    Instant after = Instant.now();
    assertThat(serverTime).isBetween(before.minusSeconds(1), after.plusSeconds(1));
    assertThat(Instant.parse(get("/api/chargers/" + id).get("lastSeen").asText()))
        .isAfterOrEqualTo(before.minusSeconds(1));

    // MeterValues outside a transaction: energy, power and the vehicle's SoC.
    await(
        cs.call(
            new org.evdepot.ocpp.v201.MeterValuesRequest(
                null,
                1,
                List.of(
                    new org.evdepot.ocpp.v201.MeterValue(
                        null,
                        List.of(
                            sampled201("12345", MeasurandEnum.ENERGY_ACTIVE_IMPORT_REGISTER),
                            sampled201("7400", MeasurandEnum.POWER_ACTIVE_IMPORT),
                            sampled201("63", MeasurandEnum.SOC)),
                        t0)))));
    assertThat(
            count(
                "select count(*) from meter_value where charger_id = ? and evse_id = 1"
                    + " and transaction_id is null",
                id))
        .isEqualTo(3);
    assertThat(
            count(
                "select count(*) from meter_value where charger_id = ? and measurand = 'SoC'"
                    + " and value = 63",
                id))
        .isEqualTo(1);

    // NotifyReport, NotifyEvent and SecurityEventNotification are kept as charger events.
    await(
        cs.call(
            OcppJson.read(
                org.evdepot.ocpp.v201.NotifyReportRequest.CODEC,
                "{\"requestId\":5,\"generatedAt\":\"2026-11-27T08:01:00Z\",\"seqNo\":0,"
                    + "\"tbc\":false,\"reportData\":[{\"component\":{\"name\":\"OCPPCommCtrlr\"},"
                    + "\"variable\":{\"name\":\"HeartbeatInterval\"},\"variableAttribute\":"
                    + "[{\"type\":\"Actual\",\"value\":\"300\"}]}]}",
                DecodeContext.strict())));
    await(
        cs.call(
            OcppJson.read(
                org.evdepot.ocpp.v201.NotifyEventRequest.CODEC,
                "{\"generatedAt\":\"2026-11-27T08:02:00Z\",\"seqNo\":0,\"eventData\":"
                    + "[{\"eventId\":17,\"timestamp\":\"2026-11-27T08:02:00Z\","
                    + "\"trigger\":\"Delta\",\"actualValue\":\"Faulted\","
                    + "\"eventNotificationType\":\"HardWiredNotification\","
                    + "\"component\":{\"name\":\"Connector\",\"evse\":{\"id\":2,\"connectorId\":1}},"
                    + "\"variable\":{\"name\":\"AvailabilityState\"}}]}",
                DecodeContext.strict())));
    await(
        cs.call(
            new org.evdepot.ocpp.v201.SecurityEventNotificationRequest(
                null, "TamperDetectionActivated", t0.plusSeconds(180), "door opened")));
    ChargerService chargers = server.bean(ChargerService.class);
    List<String> reports = chargers.events(id, "NOTIFY_REPORT", 10);
    assertThat(reports).hasSize(1);
    JsonNode report = JSON.readTree(reports.get(0));
    assertThat(report.get("requestId").asInt()).isEqualTo(5);
    assertThat(report.at("/reportData/0/variableAttribute/0/value").asText()).isEqualTo("300");
    List<String> events = chargers.events(id, "NOTIFY_EVENT", 10);
    assertThat(events).hasSize(1);
    assertThat(JSON.readTree(events.get(0)).at("/eventData/0/eventId").asInt()).isEqualTo(17);
    List<String> security = chargers.events(id, "SECURITY_EVENT", 10);
    assertThat(security).hasSize(1);
    JsonNode sec = JSON.readTree(security.get(0));
    assertThat(sec.get("type").asText()).isEqualTo("TamperDetectionActivated");
    assertThat(sec.get("techInfo").asText()).isEqualTo("door opened");

    JsonNode charger = get("/api/chargers/" + id);
    assertThat(charger.get("ocppVersion").asText()).isEqualTo("2.0.1");
    assertThat(charger.get("firmwareVersion").asText()).isEqualTo("4.0");
  }

  private static AuthorizationStatusEnum authorize201(OcppStationClient cs, String token)
      throws Exception {
    return await(
            cs.call(
                new org.evdepot.ocpp.v201.AuthorizeRequest(
                    null, new IdToken(null, null, token, IdTokenEnum.ISO14443), null, null)))
        .idTokenInfo()
        .status();
  }

  private static org.evdepot.ocpp.v201.SampledValue sampled201(
      String value, MeasurandEnum measurand) {
    return org.evdepot.ocpp.v201.SampledValue.builder()
        .value(new BigDecimal(value))
        .measurand(measurand)
        .build();
  }

  @Test
  void aChargerThatConnectsAgain_replacesItsOldSession() throws Exception {
    String id = "RECONNECT-1";
    RawCharger first = RawCharger.open(ocppPort, id);
    first.call("BootNotification", "{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}");
    // The connection is recorded by the session listener, next to the boot on the handler pool.
    long connectedBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (sessionId(id) == null && System.nanoTime() < connectedBy) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
    String firstSession = sessionId(id);
    assertThat(firstSession).isNotNull();

    RawCharger second = RawCharger.open(ocppPort, id);
    try {
      // The server closes the old socket, and its late close does not disconnect the new one.
      assertThat(first.closed.get(20, TimeUnit.SECONDS)).isEqualTo(1000);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      String secondSession;
      while (((secondSession = sessionId(id)) == null || secondSession.equals(firstSession))
          && System.nanoTime() < deadline) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
      }
      assertThat(secondSession).isNotNull().isNotEqualTo(firstSession);
      // The replacement ends CONNECTED with the new session, and the old socket's close is not
      // recorded as a disconnection: the charger never went away.
      List<String> events = eventTypes(id);
      assertThat(events).containsSubsequence("CHARGER_CONNECTED", "CHARGER_CONNECTED");
      assertThat(events).doesNotContain("CHARGER_DISCONNECTED");
      assertThat(events.get(events.size() - 1)).isEqualTo("CHARGER_CONNECTED");
      assertThat(get("/api/chargers/" + id).get("connectionState").asText()).isEqualTo("CONNECTED");
      assertThat(server.bean(OcppConnectServer.class).session(id)).isPresent();

      // A command goes to the new socket and comes back with its answer.
      CompletableFuture<HttpResponse<String>> reset =
          CompletableFuture.supplyAsync(
              () ->
                  server.send(
                      "POST", "/api/chargers/" + id + "/commands/reset", "{\"type\":\"Hard\"}"));
      JsonNode call = JSON.readTree(second.received.poll(20, TimeUnit.SECONDS));
      assertThat(call.get(2).asText()).isEqualTo("Reset");
      second.ws.sendText("[3,\"" + call.get(1).asText() + "\",{\"status\":\"Rejected\"}]", true);
      HttpResponse<String> answer = reset.get(20, TimeUnit.SECONDS);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      assertThat(JSON.readTree(answer.body()).get("status").asText()).isEqualTo("Rejected");
      assertThat(first.received).isEmpty();
    } finally {
      second.ws.sendClose(1000, "bye");
    }
    // When the current socket closes, the charger is disconnected.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!get("/api/chargers/" + id).get("connectionState").asText().equals("DISCONNECTED")
        && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
    assertThat(get("/api/chargers/" + id).get("connectionState").asText())
        .isEqualTo("DISCONNECTED");
    assertThat(sessionId(id)).isNull();
    // Both sockets are closed now: exactly one disconnection was recorded, the last one.
    List<String> events = eventTypes(id);
    assertThat(events.stream().filter("CHARGER_DISCONNECTED"::equals)).hasSize(1);
    assertThat(events.get(events.size() - 1)).isEqualTo("CHARGER_DISCONNECTED");
  }

  private static List<String> eventTypes(String chargerId) {
    return server
        .bean(Db.class)
        .read(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "select event_type from outbox where charger_id = ?"
                          + " and event_type like 'CHARGER_%' order by id")) {
                ps.setString(1, chargerId);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    out.add(rs.getString(1));
                  }
                }
                return out;
              }
            });
  }

  private static String sessionId(String chargerId) {
    return server
        .bean(Db.class)
        .read(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("select session_id from charger where id = ?")) {
                ps.setString(1, chargerId);
                try (ResultSet rs = ps.executeQuery()) {
                  return rs.next() ? rs.getString(1) : null;
                }
              }
            });
  }

  /** A bare OCPP 1.6 WebSocket that does not reconnect, to see what the server does to it. */
  private static final class RawCharger {
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    WebSocket ws;

    static RawCharger open(int port, String id) throws Exception {
      RawCharger c = new RawCharger();
      c.ws =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .subprotocols("ocpp1.6")
              .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ocpp/" + id), c.listener())
              .get(20, TimeUnit.SECONDS);
      return c;
    }

    private WebSocket.Listener listener() {
      return new WebSocket.Listener() {
        final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
          text.append(data);
          if (last) {
            received.add(text.toString());
            text.setLength(0);
          }
          w.request(1);
          return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket w, int code, String reason) {
          closed.complete(code);
          return null;
        }

        @Override
        public void onError(WebSocket w, Throwable error) {
          closed.completeExceptionally(error);
        }
      };
    }

    /** Sends a CALL and returns its CALLRESULT payload. */
    JsonNode call(String action, String payload) throws Exception {
      String id = java.util.UUID.randomUUID().toString();
      ws.sendText("[2,\"" + id + "\",\"" + action + "\"," + payload + "]", true);
      JsonNode answer = JSON.readTree(received.poll(20, TimeUnit.SECONDS));
      assertThat(answer.get(0).asInt()).as(answer.toString()).isEqualTo(3);
      assertThat(answer.get(1).asText()).isEqualTo(id);
      return answer.get(2);
    }
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
      } while (!(log.contains("not json") && log.contains("FormationViolation"))
          && System.nanoTime() < deadline);
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
