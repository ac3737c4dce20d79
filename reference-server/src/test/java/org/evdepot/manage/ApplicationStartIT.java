package org.evdepot.manage;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's start: {@link Application} with no database settings starts an embedded PostgreSQL
 * whose data survives a restart. Random ports so it never collides with a running server.
 */
class ApplicationStartIT {

  private static final int HEARTBEATS = 200;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(EmbeddedServer server, String method, String path, String json)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path));
    b =
        json == null
            ? b.method(method, HttpRequest.BodyPublishers.noBody())
            : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static org.evdepot.ocpp.station.OcppStationClient connect(int ocppPort, String id)
      throws Exception {
    org.evdepot.ocpp.station.OcppStationClient station =
        org.evdepot.ocpp.station.OcppStationClient.builder()
            .serverUri(URI.create("ws://127.0.0.1:" + ocppPort + "/ocpp"))
            .chargePointId(id)
            .catalog(org.evdepot.ocpp.v16.V16Actions.CATALOG)
            .build();
    station.connect().toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
    return station;
  }

  @Test
  void main_withoutDatabaseSettings_startsEmbeddedPostgres_andKeepsDataAcrossRestarts()
      throws Exception {
    int ocppPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      ocppPort = s.getLocalPort();
    }
    Path data = Files.createTempDirectory("evdepot-start-it").resolve("postgres");
    String[] args = {
      "-micronaut.server.port=-1",
      "-evdepot.ocpp.port=" + ocppPort,
      "-evdepot.database.embedded-port=0",
      "-evdepot.database.embedded-data-dir=" + data
    };

    try (ApplicationContext first = Application.start(args)) {
      EmbeddedServer server = first.getBean(EmbeddedServer.class);
      assertThat(send(server, "GET", "/health", null).body()).contains("\"status\":\"UP\"");
      assertThat(
              send(server, "POST", "/api/depots", "{\"name\":\"Survivor\",\"gridLimitKw\":100}")
                  .statusCode())
          .isEqualTo(201);
      // Frames still in the message log's batch when the application stops are flushed, not lost.
      try (org.evdepot.ocpp.station.OcppStationClient station = connect(ocppPort, "FLUSH-CHECK")) {
        station
            .call(
                org.evdepot.ocpp.v16.BootNotificationRequest.builder()
                    .chargePointVendor("EVDepot")
                    .chargePointModel("FlushCheck")
                    .build())
            .toCompletableFuture()
            .get(30, java.util.concurrent.TimeUnit.SECONDS);
        for (int i = 0; i < HEARTBEATS; i++) {
          station
              .call(new org.evdepot.ocpp.v16.HeartbeatRequest())
              .toCompletableFuture()
              .get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
      }
    } // closing the context is what SIGTERM's shutdown hook does
    assertThat(data.resolve("PG_VERSION")).exists();

    try (ApplicationContext second = Application.start(args)) {
      EmbeddedServer server = second.getBean(EmbeddedServer.class);
      assertThat(send(server, "GET", "/api/depots", null).body()).contains("Survivor");
      com.fasterxml.jackson.databind.JsonNode frames =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(
                  send(server, "GET", "/api/chargers/FLUSH-CHECK/messages?limit=5000", null)
                      .body());
      // BootNotification and every Heartbeat, each a CALL in and a CALLRESULT out.
      assertThat(frames.size()).isEqualTo(2 * (1 + HEARTBEATS));
      // A charger can connect to what was started, and its boot is accepted (auto-register).
      try (org.evdepot.ocpp.station.OcppStationClient station = connect(ocppPort, "START-CHECK")) {
        assertThat(
                station
                    .call(
                        org.evdepot.ocpp.v16.BootNotificationRequest.builder()
                            .chargePointVendor("EVDepot")
                            .chargePointModel("StartCheck")
                            .build())
                    .toCompletableFuture()
                    .get(30, java.util.concurrent.TimeUnit.SECONDS)
                    .status())
            .isEqualTo(org.evdepot.ocpp.v16.RegistrationStatus.ACCEPTED);
      }
    }
  }
}
