package org.evdepot.manage.examples;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.evdepot.manage.Application;
import org.evdepot.manage.connect.CoreLink;
import org.evdepot.manage.core.service.BootRequest;
import org.evdepot.manage.core.service.MeterSample;
import org.evdepot.manage.core.service.MeterValuesRequest;
import org.evdepot.manage.core.service.StartTransactionRequest;
import org.evdepot.manage.core.service.StatusReport;
import org.evdepot.manage.core.service.StopTransactionRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an OCPP 1.6 handler does with {@link CoreLink}, end to end: starts the server (embedded
 * PostgreSQL in a temporary folder, random ports), plays one charger's session (connect, boot,
 * status, a transaction with meter values) and reads the result over the REST API.
 *
 * <p>Run from the repository root after {@code mvn -pl reference-server -am test-compile}: {@code
 * mvn -pl reference-server exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.evdepot.manage.examples.CoreLinkExample}
 */
public final class CoreLinkExample {

  private static final Logger LOG = LoggerFactory.getLogger(CoreLinkExample.class);

  private CoreLinkExample() {}

  /**
   * @param args unused
   * @throws Exception when the example fails
   */
  public static void main(String[] args) throws Exception {
    String dataDir = Files.createTempDirectory("evdepot-example").resolve("postgres").toString();
    try (ApplicationContext app =
        Application.start(
            "-micronaut.server.port=-1",
            "-evdepot.database.embedded-port=0",
            "-evdepot.database.embedded-data-dir=" + dataDir)) {
      CoreLink core = app.getBean(CoreLink.class);
      Instant t0 = Instant.now();

      core.onConnected("EXAMPLE-CP", "1.6", "session-1");
      LOG.info(
          "Boot: {}",
          core.boot(new BootRequest("EXAMPLE-CP", "1.6", "ACME", "DC150", "SN1", "1.2.3", null)));
      core.statusNotification(
          new StatusReport("EXAMPLE-CP", 1, 1, "Preparing", "NoError", null, null, t0));
      var start =
          core.startTransaction(
              new StartTransactionRequest("EXAMPLE-CP", 1, "RFID-42", 10_000, t0, null));
      LOG.info("StartTransaction: {}", start);
      core.meterValues(
          new MeterValuesRequest(
              "EXAMPLE-CP",
              1,
              start.transactionId(),
              List.of(MeterSample.energyWh(t0.plusSeconds(60), 12_000))));
      LOG.info(
          "StopTransaction: {}",
          core.stopTransaction(
              new StopTransactionRequest(
                  "EXAMPLE-CP",
                  start.transactionId(),
                  "RFID-42",
                  25_000,
                  t0.plusSeconds(120),
                  null,
                  List.of())));
      core.onDisconnected("EXAMPLE-CP", "session-1");

      int port = app.getBean(EmbeddedServer.class).getPort();
      HttpResponse<String> transactions =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:"
                                  + port
                                  + "/api/transactions?chargerId=EXAMPLE-CP"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      LOG.info("GET /api/transactions -> {}", transactions.body());
    }
  }
}
