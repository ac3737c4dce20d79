package org.evdepot.manage.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evdepot.manage.connect.CoreLink;
import org.evdepot.manage.core.service.BootRequest;
import org.evdepot.manage.core.service.MeterSample;
import org.evdepot.manage.core.service.MeterValuesRequest;
import org.evdepot.manage.core.service.StartTransactionRequest;
import org.evdepot.manage.core.service.StatusReport;
import org.evdepot.manage.messagelog.Direction;
import org.evdepot.manage.messagelog.LoggedFrame;
import org.evdepot.manage.messagelog.MessageLog;
import org.evdepot.manage.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core REST API over real HTTP. */
class RestApiIT {

  private static TestServer server;
  private static final Instant T0 = Instant.parse("2026-05-01T06:00:00Z");

  @BeforeAll
  static void start() {
    server = TestServer.start(RestApiIT.class, Map.of());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> call(String method, String path, String json) {
    return server.send(method, path, json);
  }

  private static Map<String, Object> body(HttpResponse<String> r) {
    return server.parse(r.body());
  }

  private static void assertProblem(HttpResponse<String> r, int status, String field) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    Map<String, Object> p = body(r);
    assertThat(p).containsEntry("status", status);
    if (field != null) {
      assertThat(p).containsEntry("field", field);
    }
    assertThat((String) p.get("detail")).isNotBlank();
  }

  private static long createDepot(String name) {
    HttpResponse<String> r =
        call("POST", "/api/depots", "{\"name\":\"" + name + "\",\"gridLimitKw\":800}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return ((Number) body(r).get("id")).longValue();
  }

  @Test
  void depots_createReadUpdateDelete() {
    long id = createDepot("Depot CRUD");

    assertThat(body(call("GET", "/api/depots/" + id, null))).containsEntry("name", "Depot CRUD");
    HttpResponse<String> updated =
        call(
            "PUT",
            "/api/depots/" + id,
            "{\"name\":\"Depot CRUD 2\",\"gridLimitKw\":1200.5,\"timezone\":\"Europe/Berlin\"}");
    assertThat(body(updated))
        .containsEntry("timezone", "Europe/Berlin")
        .containsEntry("gridLimitKw", 1200.5);
    assertThat(call("GET", "/api/depots", null).body()).contains("Depot CRUD 2");
    assertThat(call("DELETE", "/api/depots/" + id, null).statusCode()).isEqualTo(204);
    assertProblem(call("GET", "/api/depots/" + id, null), 404, null);
  }

  @Test
  void depots_invalidFields_getProblemsNamingTheField() {
    assertProblem(
        call("POST", "/api/depots", "{\"name\":\"Neg\",\"gridLimitKw\":-5}"), 400, "gridLimitKw");
    assertProblem(call("POST", "/api/depots", "{\"name\":\"  \",\"gridLimitKw\":5}"), 400, "name");
    assertProblem(
        call(
            "POST",
            "/api/depots",
            "{\"name\":\"TZ\",\"gridLimitKw\":5,\"timezone\":\"Mars/Base\"}"),
        400,
        "timezone");
    createDepot("Twice");
    assertProblem(
        call("POST", "/api/depots", "{\"name\":\"Twice\",\"gridLimitKw\":5}"), 409, "name");
    assertProblem(call("GET", "/api/depots/abc", null), 400, "id");
  }

  @Test
  void chargers_crud_neverReturnThePassword() {
    long depot = createDepot("Charger depot");
    HttpResponse<String> created =
        call(
            "POST",
            "/api/chargers",
            "{\"id\":\"API-CP-1\",\"depotId\":"
                + depot
                + ",\"password\":\"s3cret-pass\",\"registrationStatus\":\"PENDING\"}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).doesNotContain("s3cret").doesNotContain("password\"");
    assertThat(body(created))
        .containsEntry("hasPassword", true)
        .containsEntry("registrationStatus", "PENDING");
    assertThat(server.bean(CoreLink.class).verifyPassword("API-CP-1", "s3cret-pass")).isTrue();
    assertThat(server.bean(CoreLink.class).verifyPassword("API-CP-1", "wrong-pass")).isFalse();

    assertThat(body(call("PUT", "/api/chargers/API-CP-1", "{\"registrationStatus\":\"ACCEPTED\"}")))
        .containsEntry("registrationStatus", "ACCEPTED")
        .containsEntry("depotId", (int) depot);
    List<Map<String, Object>> inDepot =
        server.parse(call("GET", "/api/chargers?depotId=" + depot, null).body());
    assertThat(inDepot).extracting(m -> m.get("id")).containsExactly("API-CP-1");
    assertProblem(call("POST", "/api/chargers", "{\"id\":\"API-CP-1\"}"), 409, "id");
    assertProblem(call("POST", "/api/chargers", "{\"id\":\"bad id/with slash\"}"), 400, "id");
    assertProblem(
        call("POST", "/api/chargers", "{\"id\":\"API-CP-2\",\"depotId\":999999}"), 400, "depotId");
    assertThat(call("DELETE", "/api/chargers/API-CP-1", null).statusCode()).isEqualTo(204);
    assertProblem(call("GET", "/api/chargers/API-CP-1", null), 404, null);
  }

  @Test
  void idTokens_crud_andValidation() {
    HttpResponse<String> created =
        call(
            "POST",
            "/api/id-tokens",
            "{\"token\":\"RFID-API-1\",\"type\":\"RFID\",\"expiresAt\":\"2030-01-01T00:00:00Z\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(body(created)).containsEntry("status", "ACCEPTED");

    assertThat(
            body(
                call(
                    "PUT",
                    "/api/id-tokens/RFID-API-1",
                    "{\"type\":\"RFID\",\"status\":\"BLOCKED\"}")))
        .containsEntry("status", "BLOCKED");
    assertProblem(call("POST", "/api/id-tokens", "{\"token\":\"RFID-API-2\"}"), 400, "type");
    assertProblem(
        call("POST", "/api/id-tokens", "{\"token\":\"RFID-API-1\",\"type\":\"RFID\"}"),
        409,
        "token");
    assertThat(call("DELETE", "/api/id-tokens/RFID-API-1", null).statusCode()).isEqualTo(204);
    assertProblem(call("GET", "/api/id-tokens/RFID-API-1", null), 404, null);
  }

  @Test
  void connectors_showLiveStatus() {
    CoreLink core = server.bean(CoreLink.class);
    core.boot(new BootRequest("API-STAT", "2.0.1", "ACME", "AC22", null, null, "PowerUp"));
    core.statusNotification(new StatusReport("API-STAT", 1, 1, "Available", null, null, null, T0));
    core.statusNotification(new StatusReport("API-STAT", 2, 1, "Occupied", null, null, null, T0));

    List<Map<String, Object>> connectors =
        server.parse(call("GET", "/api/chargers/API-STAT/connectors", null).body());

    assertThat(connectors)
        .extracting(m -> m.get("evseId") + ":" + m.get("status"))
        .containsExactly("1:Available", "2:Occupied");
  }

  @Test
  void transactions_filterByDepotChargerAndTime_paginated_withMeterValues() {
    long depot = createDepot("Tx depot");
    CoreLink core = server.bean(CoreLink.class);
    for (String cp : List.of("API-TX-1", "API-TX-2")) {
      call("POST", "/api/chargers", "{\"id\":\"" + cp + "\",\"depotId\":" + depot + "}");
      core.boot(new BootRequest(cp, "1.6", "ACME", "DC", null, null, null));
    }
    int first =
        core.startTransaction(new StartTransactionRequest("API-TX-1", 1, "T1", 0, T0, null))
            .transactionId();
    core.startTransaction(
        new StartTransactionRequest("API-TX-1", 1, "T1", 100, T0.plusSeconds(3600), null));
    core.startTransaction(
        new StartTransactionRequest("API-TX-2", 1, "T2", 0, T0.plusSeconds(7200), null));
    core.meterValues(
        new MeterValuesRequest(
            "API-TX-1", 1, first, List.of(MeterSample.energyWh(T0.plusSeconds(60), 500))));

    Map<String, Object> page0 =
        body(call("GET", "/api/transactions?depotId=" + depot + "&size=2", null));
    Map<String, Object> page1 =
        body(call("GET", "/api/transactions?depotId=" + depot + "&size=2&page=1", null));
    Map<String, Object> byCharger =
        body(
            call(
                "GET",
                "/api/transactions?chargerId=API-TX-1&from="
                    + T0.plusSeconds(1800)
                    + "&to="
                    + T0.plusSeconds(5400),
                null));

    assertThat(page0).containsEntry("total", 3);
    assertThat((List<?>) page0.get("items")).hasSize(2);
    assertThat((List<?>) page1.get("items")).hasSize(1);
    assertThat((List<?>) byCharger.get("items")).hasSize(1);
    Map<String, Object> oldest = (Map<String, Object>) ((List<?>) page1.get("items")).get(0);
    assertThat(oldest).containsEntry("ocpp16Id", first);

    Map<String, Object> detail = body(call("GET", "/api/transactions/" + oldest.get("id"), null));
    assertThat((List<?>) detail.get("meterValues")).hasSize(1);
    assertProblem(call("GET", "/api/transactions?size=501", null), 400, "size");
    assertProblem(call("GET", "/api/transactions?from=yesterday", null), 400, "from");
    assertProblem(call("GET", "/api/transactions/987654321", null), 404, null);
  }

  @Test
  void messageLog_isQueryablePerChargerAndTime() {
    server
        .bean(CoreLink.class)
        .boot(new BootRequest("API-LOG", "1.6", "ACME", "DC", null, null, null));
    MessageLog log = server.bean(MessageLog.class);
    log.append(
        new LoggedFrame(
            "API-LOG", Direction.IN, T0, 2, "a1", "Heartbeat", "[2,\"a1\",\"Heartbeat\",{}]"));
    log.append(
        new LoggedFrame(
            "API-LOG",
            Direction.OUT,
            T0.plusMillis(5),
            3,
            "a1",
            "Heartbeat",
            "[3,\"a1\",{\"currentTime\":\"x\"}]"));
    log.append(
        new LoggedFrame(
            "API-LOG",
            Direction.IN,
            T0.plusSeconds(3600),
            2,
            "a2",
            "Heartbeat",
            "[2,\"a2\",\"Heartbeat\",{}]"));
    assertThat(log.flush(Duration.ofSeconds(10))).isTrue();

    List<Map<String, Object>> frames =
        server.parse(
            call(
                    "GET",
                    "/api/chargers/API-LOG/messages?from=" + T0 + "&to=" + T0.plusSeconds(60),
                    null)
                .body());

    assertThat(frames)
        .extracting(f -> f.get("direction") + ":" + f.get("messageId"))
        .containsExactly("IN:a1", "OUT:a1");
    assertProblem(call("GET", "/api/chargers/API-LOG/messages?limit=0", null), 400, "limit");
  }

  @Test
  void commands_toADisconnectedCharger_get409_unknownCommand404() {
    server
        .bean(CoreLink.class)
        .boot(new BootRequest("API-CMD", "2.0.1", "ACME", "DC", null, null, null));

    assertProblem(
        call("POST", "/api/chargers/API-CMD/commands/reset", "{\"type\":\"Immediate\"}"),
        409,
        null);
    assertThat(
            body(
                call(
                    "POST",
                    "/api/chargers/API-CMD/commands/remote-start",
                    "{\"evseId\":1,\"idToken\":\"T\"}")))
        .containsEntry("detail", "charger not connected: API-CMD");
    assertProblem(
        call("POST", "/api/chargers/API-CMD/commands/self-destruct", "{}"), 404, "command");
    assertProblem(call("POST", "/api/chargers/NOPE/commands/reset", "{}"), 404, null);
    assertProblem(
        call("POST", "/api/chargers/API-CMD/commands/reset", "{\"timeoutSeconds\":0}"),
        400,
        "timeoutSeconds");
  }

  @Test
  void operations_healthMetricsAndOpenApi_areServed() {
    assertThat(call("GET", "/health", null).body()).contains("\"status\":\"UP\"");
    String metrics = server.send("GET", "/prometheus", null, "text/plain").body();
    assertThat(metrics).contains("evdepot_chargers_connected").contains("hikaricp_connections");
    String openapi = server.send("GET", "/openapi", null, "*/*").body();
    assertThat(openapi)
        .startsWith("openapi:")
        .contains("/api/depots")
        .contains("/api/chargers/{id}/commands/{command}")
        .contains("/api/transactions");
  }
}
