package org.evdepot.manage.connect.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.evdepot.manage.testing.TestServer;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.rpc.FrameDirection;
import org.evdepot.ocpp.rpc.FrameEvent;
import org.evdepot.ocpp.rpc.RpcErrorCode;
import org.evdepot.ocpp.testkit.MockChargingStation;
import org.evdepot.ocpp.testkit.RecordedCall;
import org.evdepot.ocpp.v16.ChargingProfileStatus;
import org.evdepot.ocpp.v16.DataTransferStatus;
import org.evdepot.ocpp.v16.StartTransactionRequest;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.ChargingProfileStatusEnum;
import org.evdepot.ocpp.v201.DataTransferStatusEnum;
import org.evdepot.ocpp.v201.EVSE;
import org.evdepot.ocpp.v201.IdToken;
import org.evdepot.ocpp.v201.IdTokenEnum;
import org.evdepot.ocpp.v201.Transaction;
import org.evdepot.ocpp.v201.TransactionEventEnum;
import org.evdepot.ocpp.v201.TransactionEventRequest;
import org.evdepot.ocpp.v201.TriggerReasonEnum;
import org.evdepot.ocpp.v201.V201Actions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command of {@code POST /api/chargers/{id}/commands/{command}} round-tripped over a real
 * WebSocket to an SDK {@link MockChargingStation} of each OCPP version: the CALL that goes out on
 * the wire (its action and payload fields, read from the station's raw frame), the API's answer
 * (which must be exactly the payload the station sent back), the 504 of a charger that does not
 * answer within {@code evdepot.ocpp.call-timeout} (3 s here), the 409 of a charger that is not
 * connected, charging profiles recorded, and the command and frame metrics on {@code /prometheus}.
 */
class OcppCommandsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String CALL_TIMEOUT = "3s";

  private static TestServer server;
  private static int ocppPort;
  private static final Map<OcppVersion, MockChargingStation> STATIONS =
      new EnumMap<>(OcppVersion.class);

  private static final String PROFILE_16 =
      "{\"chargingProfileId\":%d,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxDefaultProfile\","
          + "\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"W\","
          + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":11000}]}}";
  private static final String PROFILE_201 =
      "{\"id\":%d,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxDefaultProfile\","
          + "\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":[{\"id\":1,"
          + "\"chargingRateUnit\":\"W\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,"
          + "\"limit\":11000}]}]}";

  @BeforeAll
  static void start() {
    server =
        TestServer.start(OcppCommandsIT.class, Map.of("evdepot.ocpp.call-timeout", CALL_TIMEOUT));
    ocppPort = server.bean(OcppConnectServer.class).port();
    STATIONS.put(OcppVersion.V16, connect("CMDS-16", OcppVersion.V16));
    STATIONS.put(OcppVersion.V201, connect("CMDS-201", OcppVersion.V201));
  }

  @AfterAll
  static void stop() {
    STATIONS.values().forEach(MockChargingStation::close);
    server.close();
  }

  private static MockChargingStation connect(String id, OcppVersion version) {
    MockChargingStation s =
        MockChargingStation.builder()
            .serverUri(URI.create("ws://127.0.0.1:" + ocppPort + "/ocpp"))
            .chargePointId(id)
            .version(version)
            .configuration(
                version == OcppVersion.V16
                    ? "HeartbeatInterval"
                    : "OCPPCommCtrlr/HeartbeatInterval",
                "300")
            .build();
    s.connect(WAIT);
    s.bootNotification(WAIT);
    return s;
  }

  // ------------------------------------------------------------------ every command

  /**
   * One command: the request body, the action expected on the wire and payload fields expected in
   * it (JSON pointer to value; a value "*" only requires the field to be present).
   */
  record Case(
      OcppVersion version, String command, String body, String action, Map<String, Object> fields) {
    @Override
    public String toString() {
      return (version == OcppVersion.V16 ? "1.6 " : "2.0.1 ") + command + " " + body;
    }
  }

  private static Case c(
      OcppVersion v, String command, String body, String action, Object... fields) {
    Map<String, Object> f = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      f.put((String) fields[i], fields[i + 1]);
    }
    return new Case(v, command, body, action, f);
  }

  static Stream<Arguments> everyCommand() {
    OcppVersion v16 = OcppVersion.V16;
    OcppVersion v201 = OcppVersion.V201;
    List<Case> cases = new ArrayList<>();
    // ---- OCPP 1.6
    cases.add(
        c(
            v16,
            "remote-start",
            "{\"evseId\":1,\"idToken\":\"FLEET-1\"}",
            "RemoteStartTransaction",
            "/connectorId",
            1,
            "/idTag",
            "FLEET-1"));
    cases.add(
        c(
            v16,
            "remote-stop",
            "{\"chargerTransactionId\":\"77\"}",
            "RemoteStopTransaction",
            "/transactionId",
            77));
    cases.add(c(v16, "reset", "{\"type\":\"Hard\"}", "Reset", "/type", "Hard"));
    cases.add(c(v16, "reset", "{\"type\":\"Soft\"}", "Reset", "/type", "Soft"));
    // The 2.0.1 names mean the same on a 1.6 charger.
    cases.add(c(v16, "reset", "{\"type\":\"Immediate\"}", "Reset", "/type", "Hard"));
    cases.add(c(v16, "reset", "{\"type\":\"OnIdle\"}", "Reset", "/type", "Soft"));
    cases.add(c(v16, "reset", "{}", "Reset", "/type", "Soft"));
    cases.add(c(v16, "unlock-connector", "{\"evseId\":2}", "UnlockConnector", "/connectorId", 2));
    cases.add(
        c(
            v16,
            "change-availability",
            "{\"evseId\":1,\"type\":\"Inoperative\"}",
            "ChangeAvailability",
            "/connectorId",
            1,
            "/type",
            "Inoperative"));
    cases.add(
        c(
            v16,
            "get-configuration",
            "{\"keys\":[\"HeartbeatInterval\"]}",
            "GetConfiguration",
            "/key/0",
            "HeartbeatInterval"));
    cases.add(
        c(
            v16,
            "change-configuration",
            "{\"values\":{\"HeartbeatInterval\":\"60\"}}",
            "ChangeConfiguration",
            "/key",
            "HeartbeatInterval",
            "/value",
            "60"));
    cases.add(
        c(
            v16,
            "trigger-message",
            "{\"type\":\"StatusNotification\",\"evseId\":1}",
            "TriggerMessage",
            "/requestedMessage",
            "StatusNotification",
            "/connectorId",
            1));
    cases.add(
        c(
            v16,
            "set-charging-profile",
            "{\"evseId\":1,\"chargingProfile\":" + String.format(PROFILE_16, 70) + "}",
            "SetChargingProfile",
            "/connectorId",
            1,
            "/csChargingProfiles/chargingProfileId",
            70,
            "/csChargingProfiles/chargingSchedule/chargingSchedulePeriod/0/limit",
            11000));
    cases.add(
        c(v16, "clear-charging-profile", "{\"profileId\":70}", "ClearChargingProfile", "/id", 70));
    cases.add(
        c(
            v16,
            "get-composite-schedule",
            "{\"evseId\":1,\"durationSeconds\":3600,\"type\":\"W\"}",
            "GetCompositeSchedule",
            "/connectorId",
            1,
            "/duration",
            3600,
            "/chargingRateUnit",
            "W"));
    cases.add(
        c(
            v16,
            "update-firmware",
            "{\"location\":\"https://fw.example/cp.bin\",\"retrieveAt\":\"2026-12-01T02:00:00Z\"}",
            "UpdateFirmware",
            "/location",
            "https://fw.example/cp.bin",
            "/retrieveDate",
            "2026-12-01T02:00:00Z"));
    cases.add(
        c(
            v16,
            "get-diagnostics",
            "{\"location\":\"ftp://logs.example/up\"}",
            "GetDiagnostics",
            "/location",
            "ftp://logs.example/up"));
    cases.add(
        c(
            v16,
            "data-transfer",
            "{\"vendorId\":\"org.evdepot\",\"messageId\":\"ping\",\"data\":\"hello\"}",
            "DataTransfer",
            "/vendorId",
            "org.evdepot",
            "/messageId",
            "ping",
            "/data",
            "hello"));
    // ---- OCPP 2.0.1
    cases.add(
        c(
            v201,
            "remote-start",
            "{\"evseId\":1,\"idToken\":\"FLEET-2\"}",
            "RequestStartTransaction",
            "/evseId",
            1,
            "/idToken/idToken",
            "FLEET-2",
            "/idToken/type",
            "Central",
            "/remoteStartId",
            "*"));
    cases.add(
        c(
            v201,
            "remote-stop",
            "{\"chargerTransactionId\":\"TX-9\"}",
            "RequestStopTransaction",
            "/transactionId",
            "TX-9"));
    cases.add(c(v201, "reset", "{\"type\":\"Immediate\"}", "Reset", "/type", "Immediate"));
    cases.add(c(v201, "reset", "{\"type\":\"OnIdle\"}", "Reset", "/type", "OnIdle"));
    // The 1.6 names mean the same on a 2.0.1 station.
    cases.add(c(v201, "reset", "{\"type\":\"Hard\"}", "Reset", "/type", "Immediate"));
    cases.add(c(v201, "reset", "{\"type\":\"Soft\"}", "Reset", "/type", "OnIdle"));
    cases.add(c(v201, "reset", "{\"evseId\":1}", "Reset", "/type", "OnIdle", "/evseId", 1));
    cases.add(
        c(
            v201,
            "unlock-connector",
            "{\"evseId\":2,\"connectorId\":1}",
            "UnlockConnector",
            "/evseId",
            2,
            "/connectorId",
            1));
    cases.add(
        c(
            v201,
            "change-availability",
            "{\"evseId\":1,\"type\":\"Inoperative\"}",
            "ChangeAvailability",
            "/operationalStatus",
            "Inoperative",
            "/evse/id",
            1));
    cases.add(
        c(
            v201,
            "get-variables",
            "{\"keys\":[\"OCPPCommCtrlr/HeartbeatInterval\"]}",
            "GetVariables",
            "/getVariableData/0/component/name",
            "OCPPCommCtrlr",
            "/getVariableData/0/variable/name",
            "HeartbeatInterval"));
    cases.add(
        c(
            v201,
            "set-variables",
            "{\"values\":{\"OCPPCommCtrlr/HeartbeatInterval\":\"60\"}}",
            "SetVariables",
            "/setVariableData/0/component/name",
            "OCPPCommCtrlr",
            "/setVariableData/0/variable/name",
            "HeartbeatInterval",
            "/setVariableData/0/attributeValue",
            "60"));
    cases.add(
        c(
            v201,
            "get-base-report",
            "{\"type\":\"ConfigurationInventory\"}",
            "GetBaseReport",
            "/reportBase",
            "ConfigurationInventory",
            "/requestId",
            "*"));
    cases.add(
        c(
            v201,
            "trigger-message",
            "{\"type\":\"StatusNotification\",\"evseId\":1}",
            "TriggerMessage",
            "/requestedMessage",
            "StatusNotification",
            "/evse/id",
            1));
    cases.add(
        c(
            v201,
            "set-charging-profile",
            "{\"evseId\":1,\"chargingProfile\":" + String.format(PROFILE_201, 80) + "}",
            "SetChargingProfile",
            "/evseId",
            1,
            "/chargingProfile/id",
            80,
            "/chargingProfile/chargingSchedule/0/chargingSchedulePeriod/0/limit",
            11000));
    cases.add(
        c(
            v201,
            "clear-charging-profile",
            "{\"profileId\":80}",
            "ClearChargingProfile",
            "/chargingProfileId",
            80));
    cases.add(
        c(
            v201,
            "get-composite-schedule",
            "{\"evseId\":1,\"durationSeconds\":3600,\"type\":\"W\"}",
            "GetCompositeSchedule",
            "/evseId",
            1,
            "/duration",
            3600,
            "/chargingRateUnit",
            "W"));
    cases.add(
        c(
            v201,
            "update-firmware",
            "{\"location\":\"https://fw.example/cs.bin\",\"retrieveAt\":\"2026-12-01T02:00:00Z\"}",
            "UpdateFirmware",
            "/firmware/location",
            "https://fw.example/cs.bin",
            "/firmware/retrieveDateTime",
            "2026-12-01T02:00:00Z",
            "/requestId",
            "*"));
    cases.add(
        c(
            v201,
            "get-diagnostics",
            "{\"location\":\"ftp://logs.example/up\"}",
            "GetLog",
            "/logType",
            "DiagnosticsLog",
            "/log/remoteLocation",
            "ftp://logs.example/up",
            "/requestId",
            "*"));
    cases.add(
        c(
            v201,
            "data-transfer",
            "{\"vendorId\":\"org.evdepot\",\"messageId\":\"ping\",\"data\":\"hello\"}",
            "DataTransfer",
            "/vendorId",
            "org.evdepot",
            "/messageId",
            "ping",
            "/data",
            "hello"));
    return cases.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCommand")
  void everyCommand_goesOutAsItsMessage_andAnswersWithTheChargersPayload(Case c) throws Exception {
    MockChargingStation station = STATIONS.get(c.version());
    String chargerId = station.chargePointId();

    JsonNode result = command(chargerId, c.command(), c.body(), 200);

    RecordedCall<?> call = station.takeCall(WAIT);
    assertThat(call.action().name()).isEqualTo(c.action());
    JsonNode out = frame(station, FrameDirection.IN, 2, call.messageId());
    assertThat(out.get(2).asText()).isEqualTo(c.action());
    JsonNode payload = out.get(3);
    c.fields()
        .forEach(
            (pointer, expected) -> {
              JsonNode n = payload.at(pointer);
              assertThat(n.isMissingNode()).as(pointer + " in " + payload).isFalse();
              if (expected instanceof Number) {
                assertThat(n.isNumber()).as(pointer + " in " + payload).isTrue();
                assertThat(n.asLong()).as(pointer).isEqualTo(((Number) expected).longValue());
              } else if (!"*".equals(expected)) {
                assertThat(n.isTextual()).as(pointer + " in " + payload).isTrue();
                assertThat(n.asText()).as(pointer).isEqualTo(expected);
              }
            });

    // The API returns the charger's answer exactly as the charger sent it.
    JsonNode answer = frame(station, FrameDirection.OUT, 3, call.messageId()).get(2);
    assertThat(result.get("response")).isEqualTo(answer);
    assertThat(result.get("command").asText()).isEqualTo(c.command());
    assertThat(result.get("chargerId").asText()).isEqualTo(chargerId);
    assertThat(result.get("ocppVersion").asText())
        .isEqualTo(c.version() == OcppVersion.V16 ? "1.6" : "2.0.1");
    if (answer.has("status")) {
      assertThat(result.get("status").asText()).isEqualTo(answer.get("status").asText());
    } else {
      assertThat(result.has("status") && result.get("status").isNull())
          .as(result.toString())
          .isTrue();
    }
    assertThat(station.violations()).isEmpty();
  }

  @Test
  void theAnswerIsTheChargers_notADefault() throws Exception {
    MockChargingStation cp = STATIONS.get(OcppVersion.V16);
    cp.enqueue(
        V16Actions.DATA_TRANSFER,
        new org.evdepot.ocpp.v16.DataTransferResponse(DataTransferStatus.REJECTED, "not today"));
    JsonNode r = command(cp.chargePointId(), "data-transfer", "{\"vendorId\":\"x\"}", 200);
    cp.takeCall(WAIT);
    assertThat(r.get("status").asText()).isEqualTo("Rejected");
    assertThat(r.at("/response/data").asText()).isEqualTo("not today");

    MockChargingStation cs = STATIONS.get(OcppVersion.V201);
    cs.enqueue(
        V201Actions.DATA_TRANSFER,
        new org.evdepot.ocpp.v201.DataTransferResponse(
            null, DataTransferStatusEnum.UNKNOWN_VENDOR_ID, null, null));
    JsonNode r2 = command(cs.chargePointId(), "data-transfer", "{\"vendorId\":\"x\"}", 200);
    cs.takeCall(WAIT);
    assertThat(r2.get("status").asText()).isEqualTo("UnknownVendorId");
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void commandsOfTheOtherVersion_areRefusedWithoutSendingAnything(OcppVersion v) throws Exception {
    MockChargingStation station = STATIONS.get(v);
    List<String> others =
        v == OcppVersion.V16
            ? List.of("get-variables", "set-variables", "get-base-report")
            : List.of("get-configuration", "change-configuration");
    for (String command : others) {
      JsonNode problem = command(station.chargePointId(), command, "{}", 400);
      assertThat(problem.toString())
          .contains("command")
          .contains(v == OcppVersion.V16 ? "2.0.1" : "1.6");
    }
    assertThat(command(station.chargePointId(), "reset", "{\"type\":\"Gentle\"}", 400).toString())
        .contains("type");
    assertNothingWasSent(station);
  }

  // ------------------------------------------------------------------ remote stop by API id

  @Test
  void remoteStop_byTheApisTransactionId_sendsThe16ChargersIntegerId() throws Exception {
    // Transactions of another charger first, so that API ids and 1.6 ids differ.
    MockChargingStation cs = STATIONS.get(OcppVersion.V201);
    for (int i = 0; i < 3; i++) {
      cs.callAndWait(started201("TX-BUMP-" + i, Instant.now()), WAIT);
    }
    MockChargingStation cp = STATIONS.get(OcppVersion.V16);
    int tx16 =
        cp.callAndWait(
                new StartTransactionRequest(
                    1, "FLEET-STOP", 1_000, null, Instant.parse("2026-11-27T06:00:00Z")),
                WAIT)
            .transactionId();
    long apiId = apiTransactionId(cp.chargePointId(), "ocpp16Id", Integer.toString(tx16));
    assertThat(apiId).as("the test needs distinct ids").isNotEqualTo(tx16);

    // The id as a JSON number and as text.
    command(cp.chargePointId(), "remote-stop", "{\"transactionId\":" + apiId + "}", 200);
    JsonNode sent = payloadOf(cp, cp.takeCall(WAIT));
    assertThat(sent.get("transactionId").asInt()).isEqualTo(tx16);
    command(cp.chargePointId(), "remote-stop", "{\"transactionId\":\"" + apiId + "\"}", 200);
    assertThat(payloadOf(cp, cp.takeCall(WAIT)).get("transactionId").asInt()).isEqualTo(tx16);

    // An API id of another charger's transaction is refused, naming the field.
    long other = apiTransactionId(cs.chargePointId(), "transactionRef", "TX-BUMP-0");
    JsonNode problem =
        command(cp.chargePointId(), "remote-stop", "{\"transactionId\":" + other + "}", 400);
    assertThat(problem.toString()).contains("transactionId");
    assertThat(command(cp.chargePointId(), "remote-stop", "{}", 400).toString())
        .contains("transactionId");
    assertNothingWasSent(cp);
  }

  @Test
  void remoteStop_byTheApisTransactionId_sendsThe201StationsTransactionId() throws Exception {
    MockChargingStation cs = STATIONS.get(OcppVersion.V201);
    cs.callAndWait(started201("TX-STOP-201", Instant.now()), WAIT);
    long apiId = apiTransactionId(cs.chargePointId(), "transactionRef", "TX-STOP-201");

    command(cs.chargePointId(), "remote-stop", "{\"transactionId\":" + apiId + "}", 200);
    assertThat(payloadOf(cs, cs.takeCall(WAIT)).get("transactionId").asText())
        .isEqualTo("TX-STOP-201");
    // The older form, the station's own id, still works.
    command(cs.chargePointId(), "remote-stop", "{\"transactionId\":\"TX-STOP-201\"}", 200);
    assertThat(payloadOf(cs, cs.takeCall(WAIT)).get("transactionId").asText())
        .isEqualTo("TX-STOP-201");
  }

  // ------------------------------------------------------------------ charging profiles

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void chargingProfiles_sentAnsweredAndCleared_areRecorded(OcppVersion v) throws Exception {
    String id = "PROFILES-" + (v == OcppVersion.V16 ? "16" : "201");
    try (MockChargingStation station = connect(id, v)) {
      String template = v == OcppVersion.V16 ? PROFILE_16 : PROFILE_201;
      ActionType<?, ?> set = v.catalog().find("SetChargingProfile").orElseThrow();

      command(id, "set-charging-profile", setBody(2, template, 11), 200);
      if (v == OcppVersion.V16) {
        station.enqueue(
            V16Actions.SET_CHARGING_PROFILE,
            new org.evdepot.ocpp.v16.SetChargingProfileResponse(ChargingProfileStatus.REJECTED));
      } else {
        station.enqueue(
            V201Actions.SET_CHARGING_PROFILE,
            new org.evdepot.ocpp.v201.SetChargingProfileResponse(
                null, ChargingProfileStatusEnum.REJECTED, null));
      }
      assertThat(
              command(id, "set-charging-profile", setBody(1, template, 12), 200)
                  .get("status")
                  .asText())
          .isEqualTo("Rejected");
      station.enqueueError(set, RpcErrorCode.INTERNAL_ERROR, "broken");
      command(id, "set-charging-profile", setBody(1, template, 13), 502);
      station.enqueueNoAnswer(set);
      command(id, "set-charging-profile", setBody(1, template, 14), 504);
      command(id, "set-charging-profile", setBody(0, template, 15), 200);

      Map<Integer, JsonNode> byProfile = profiles(id);
      assertThat(byProfile.keySet()).containsExactlyInAnyOrder(11, 12, 13, 14, 15);
      assertThat(byProfile.get(11).get("status").asText()).isEqualTo("ACCEPTED");
      assertThat(byProfile.get(11).get("evseId").asInt()).isEqualTo(2);
      assertThat(byProfile.get(11).get("stackLevel").asInt()).isEqualTo(1);
      assertThat(byProfile.get(11).get("purpose").asText()).isEqualTo("TxDefaultProfile");
      assertThat(byProfile.get(11).get("profileJson").asText()).contains("11000");
      assertThat(byProfile.get(11).path("answeredAt").isTextual()).isTrue();
      assertThat(byProfile.get(12).get("status").asText()).isEqualTo("REJECTED");
      assertThat(byProfile.get(13).get("status").asText()).isEqualTo("REJECTED");
      // No answer: what the charger did is not known.
      assertThat(byProfile.get(14).get("status").asText()).isEqualTo("SENT");
      assertThat(byProfile.get(14).path("answeredAt").isTextual()).isFalse();
      assertThat(byProfile.get(15).get("status").asText()).isEqualTo("ACCEPTED");

      // Clearing one profile by id, then every profile of EVSE 0.
      command(id, "clear-charging-profile", "{\"profileId\":11}", 200);
      byProfile = profiles(id);
      assertThat(byProfile.get(11).get("status").asText()).isEqualTo("CLEARED");
      assertThat(byProfile.get(15).get("status").asText()).isEqualTo("ACCEPTED");
      command(id, "clear-charging-profile", "{\"evseId\":0}", 200);
      byProfile = profiles(id);
      assertThat(byProfile.get(15).get("status").asText()).isEqualTo("CLEARED");
      assertThat(byProfile.get(12).get("status").asText()).isEqualTo("REJECTED");
      // A clear the charger does not accept changes nothing.
      if (v == OcppVersion.V16) {
        station.enqueue(
            V16Actions.CLEAR_CHARGING_PROFILE,
            new org.evdepot.ocpp.v16.ClearChargingProfileResponse(
                org.evdepot.ocpp.v16.ClearChargingProfileStatus.UNKNOWN));
      } else {
        station.enqueue(
            V201Actions.CLEAR_CHARGING_PROFILE,
            new org.evdepot.ocpp.v201.ClearChargingProfileResponse(
                null, org.evdepot.ocpp.v201.ClearChargingProfileStatusEnum.UNKNOWN, null));
      }
      command(id, "clear-charging-profile", "{}", 200);
      assertThat(profiles(id).get(14).get("status").asText()).isEqualTo("SENT");
    }
  }

  private static String setBody(int evseId, String template, int profileId) {
    return "{\"evseId\":"
        + evseId
        + ",\"chargingProfile\":"
        + String.format(template, profileId)
        + "}";
  }

  private static Map<Integer, JsonNode> profiles(String chargerId) throws Exception {
    HttpResponse<String> r =
        server.send("GET", "/api/chargers/" + chargerId + "/charging-profiles", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Map<Integer, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode p : JSON.readTree(r.body())) {
      out.put(p.get("profileId").asInt(), p);
    }
    return out;
  }

  // ------------------------------------------------------------------ failures

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void aChargerThatDoesNotAnswer_gets504AfterTheCallTimeout(OcppVersion v) throws Exception {
    MockChargingStation station = STATIONS.get(v);
    station.enqueueNoAnswer(v.catalog().find("Reset").orElseThrow());
    long t0 = System.nanoTime();
    JsonNode problem = command(station.chargePointId(), "reset", "{}", 504);
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    assertThat(problem.get("status").asInt()).isEqualTo(504);
    assertThat(waitedMillis).isGreaterThanOrEqualTo(2_500).isLessThan(20_000);
    assertThat(station.takeCall(WAIT).action().name()).isEqualTo("Reset");

    // A request may ask for less than the server's call timeout.
    station.enqueueNoAnswer(v.catalog().find("Reset").orElseThrow());
    command(station.chargePointId(), "reset", "{\"timeoutSeconds\":1}", 504);
    station.takeCall(WAIT);
    // The charger still answers the next command.
    command(station.chargePointId(), "reset", "{}", 200);
    station.takeCall(WAIT);
  }

  @Test
  void aCommandToAChargerThatIsNotConnected_is409WithTheReason() throws Exception {
    HttpResponse<String> created =
        server.send("POST", "/api/chargers", "{\"id\":\"NEVER-CONNECTED\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode problem = command("NEVER-CONNECTED", "reset", "{\"type\":\"Hard\"}", 409);
    assertThat(problem.get("status").asInt()).isEqualTo(409);
    assertThat(problem.toString()).contains("not connected");

    // A charger that was connected and left.
    MockChargingStation gone = connect("LEFT-16", OcppVersion.V16);
    gone.close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (server.bean(OcppConnectServer.class).session("LEFT-16").isPresent()
        && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
    assertThat(command("LEFT-16", "unlock-connector", "{\"evseId\":1}", 409).toString())
        .contains("not connected");
    command("NO-SUCH-CHARGER", "reset", "{}", 404);
  }

  // ------------------------------------------------------------------ metrics

  @Test
  void prometheus_countsFramesByActionAndTimesCommands() throws Exception {
    MockChargingStation cp = STATIONS.get(OcppVersion.V16);
    double framesOutBefore =
        metric("evdepot_ocpp_frames_total", "action=\"GetDiagnostics\"", "direction=\"OUT\"");
    double framesInBefore =
        metric("evdepot_ocpp_frames_total", "action=\"GetDiagnostics\"", "direction=\"IN\"");
    double timedBefore =
        metric("evdepot_commands_seconds_count", "command=\"get-diagnostics\"", "outcome=\"ok\"");
    for (int i = 0; i < 3; i++) {
      command(cp.chargePointId(), "get-diagnostics", "{\"location\":\"ftp://x/\"}", 200);
      cp.takeCall(WAIT);
    }
    // Three CALLs out and their three CALLRESULTs in.
    awaitMetric(
        framesOutBefore + 3,
        "evdepot_ocpp_frames_total",
        "action=\"GetDiagnostics\"",
        "direction=\"OUT\"");
    awaitMetric(
        framesInBefore + 3,
        "evdepot_ocpp_frames_total",
        "action=\"GetDiagnostics\"",
        "direction=\"IN\"");
    assertThat(
            metric(
                "evdepot_commands_seconds_count", "command=\"get-diagnostics\"", "outcome=\"ok\""))
        .isEqualTo(timedBefore + 3);
    // Frames the station sends count too, and failed commands are timed under their outcome.
    cp.callAndWait(new org.evdepot.ocpp.v16.HeartbeatRequest(), WAIT);
    assertThat(metric("evdepot_ocpp_frames_total", "action=\"Heartbeat\"", "direction=\"IN\""))
        .isGreaterThanOrEqualTo(1);
    server.send("POST", "/api/chargers", "{\"id\":\"METRICS-OFF\"}");
    command("METRICS-OFF", "reset", "{}", 409);
    assertThat(
            metric(
                "evdepot_commands_seconds_count",
                "command=\"reset\"",
                "outcome=\"ChargerNotConnectedException\""))
        .isGreaterThanOrEqualTo(1);
  }

  /** Waits for a sample to reach exactly {@code expected} (counted on the socket's thread). */
  private static void awaitMetric(double expected, String name, String... labels) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    double value;
    while ((value = metric(name, labels)) != expected && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
    assertThat(value).as(name + " " + List.of(labels)).isEqualTo(expected);
  }

  /** The value of the one sample of {@code name} whose labels contain all of {@code labels}. */
  private static double metric(String name, String... labels) {
    HttpResponse<String> r = server.send("GET", "/prometheus", null, "text/plain");
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> matching = new ArrayList<>();
    for (String line : r.body().split("\n")) {
      if (!line.startsWith(name + "{")) {
        continue;
      }
      boolean all = true;
      for (String l : labels) {
        all &= line.contains(l);
      }
      if (all) {
        matching.add(line);
      }
    }
    assertThat(matching.size()).as(name + " " + List.of(labels)).isLessThanOrEqualTo(1);
    if (matching.isEmpty()) {
      return 0;
    }
    String line = matching.get(0);
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Frames on one socket arrive in order: when a Reset sent now is the next CALL the station
   * received, nothing was sent before it.
   */
  private static void assertNothingWasSent(MockChargingStation station) throws Exception {
    command(station.chargePointId(), "reset", "{}", 200);
    assertThat(station.takeCall(WAIT).action().name()).isEqualTo("Reset");
  }

  private static TransactionEventRequest started201(String txId, Instant at) {
    return TransactionEventRequest.builder()
        .eventType(TransactionEventEnum.STARTED)
        .timestamp(at)
        .triggerReason(TriggerReasonEnum.AUTHORIZED)
        .seqNo(0)
        .transactionInfo(Transaction.builder().transactionId(txId).build())
        .evse(new EVSE(null, 1, 1))
        .idToken(new IdToken(null, null, "FLEET-STOP", IdTokenEnum.ISO14443))
        .build();
  }

  private static long apiTransactionId(String chargerId, String field, String value)
      throws Exception {
    HttpResponse<String> r =
        server.send("GET", "/api/transactions?chargerId=" + chargerId + "&size=500", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    for (JsonNode t : JSON.readTree(r.body()).get("items")) {
      if (t.get(field).asText().equals(value)) {
        return t.get("id").asLong();
      }
    }
    throw new AssertionError("no transaction with " + field + " " + value + ": " + r.body());
  }

  private static JsonNode payloadOf(MockChargingStation s, RecordedCall<?> call) throws Exception {
    return frame(s, FrameDirection.IN, 2, call.messageId()).get(3);
  }

  /** The station's raw frame of one message id and type, waiting for it to be recorded. */
  private static JsonNode frame(
      MockChargingStation station, FrameDirection direction, int type, String messageId)
      throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      Optional<FrameEvent> f =
          station.frames().stream()
              .filter(
                  e ->
                      e.direction() == direction
                          && e.messageTypeId() == type
                          && messageId.equals(e.messageId()))
              .findFirst();
      if (f.isPresent()) {
        return JSON.readTree(f.get().text());
      }
      assertThat(System.nanoTime()).as("frame " + messageId + " recorded").isLessThan(deadline);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
  }

  private static JsonNode command(String charger, String command, String body, int status)
      throws Exception {
    HttpResponse<String> r =
        server.send("POST", "/api/chargers/" + charger + "/commands/" + command, body);
    assertThat(r.statusCode()).as(command + " " + body + " -> " + r.body()).isEqualTo(status);
    return JSON.readTree(r.body());
  }
}
