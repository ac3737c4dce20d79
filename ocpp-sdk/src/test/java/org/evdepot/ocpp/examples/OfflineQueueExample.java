package org.evdepot.ocpp.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.station.OcppStationClient;
import org.evdepot.ocpp.station.reliability.FileMessageStore;
import org.evdepot.ocpp.station.reliability.PendingStart;
import org.evdepot.ocpp.station.reliability.ReliableStation;
import org.evdepot.ocpp.station.reliability.RetryPolicy;
import org.evdepot.ocpp.testkit.MockCsms;
import org.evdepot.ocpp.testkit.RecordedCall;
import org.evdepot.ocpp.v16.BootNotificationRequest;
import org.evdepot.ocpp.v16.MeterValue;
import org.evdepot.ocpp.v16.MeterValuesRequest;
import org.evdepot.ocpp.v16.SampledValue;
import org.evdepot.ocpp.v16.StartTransactionRequest;
import org.evdepot.ocpp.v16.StopTransactionRequest;
import org.evdepot.ocpp.v16.V16Actions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline queue in one run: a {@link ReliableStation} with a journal-backed store starts a
 * transaction while its CSMS (a {@link MockCsms}) is down, queues meter values and the stop, and
 * delivers all of it, in order and with the CSMS-assigned transaction id, once the CSMS is back.
 *
 * <p>Run: {@code mvn -pl ocpp-sdk test-compile exec:java
 * -Dexec.mainClass=org.evdepot.ocpp.examples.OfflineQueueExample -Dexec.classpathScope=test}.
 */
public final class OfflineQueueExample {
  private static final Logger LOG = LoggerFactory.getLogger(OfflineQueueExample.class);

  private OfflineQueueExample() {}

  /** Runs the scenario and returns the transaction id the CSMS saw in the StopTransaction. */
  public static int run(Path journal) throws Exception {
    try (MockCsms csms = MockCsms.builder().version(OcppVersion.V16).build().start();
        FileMessageStore store = FileMessageStore.open(journal);
        ReliableStation station =
            ReliableStation.builder()
                .client(
                    OcppStationClient.builder()
                        .serverUri(csms.uri())
                        .chargePointId("CP-OFFLINE")
                        .catalog(V16Actions.CATALOG)
                        .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(500))
                        .handshakeTimeout(Duration.ofSeconds(2)))
                .bootNotification(
                    new BootNotificationRequest(
                        "EvDepot", "Example", null, null, null, null, null, null, null))
                .store(store)
                .retryPolicy(new RetryPolicy(3, Duration.ofSeconds(5)))
                .build()) {
      station.start();
      station.whenAccepted().toCompletableFuture().get(10, TimeUnit.SECONDS);
      LOG.info("booted; now the CSMS goes down");
      csms.stop();

      Instant now = Instant.now();
      PendingStart start =
          station.startTransaction(new StartTransactionRequest(1, "TAG-1", 0, null, now));
      int local = start.localTransactionId();
      for (int wh = 1000; wh <= 3000; wh += 1000) {
        station.call(
            new MeterValuesRequest(
                1,
                local,
                List.of(
                    new MeterValue(
                        now,
                        List.of(
                            new SampledValue(
                                Integer.toString(wh), null, null, null, null, null, null))))));
      }
      var stopped = station.call(new StopTransactionRequest("TAG-1", 3000, now, local, null, null));
      LOG.info(
          "queued {} messages offline with local transaction id {}",
          station.queuedMessages(),
          local);

      csms.start();
      stopped.toCompletableFuture().get(30, TimeUnit.SECONDS);
      RecordedCall<StopTransactionRequest> stop =
          csms.takeCall(V16Actions.STOP_TRANSACTION, Duration.ofSeconds(5));
      LOG.info(
          "delivered; CSMS assigned transaction {}, violations: {}",
          station.transactionId(local).orElseThrow(),
          csms.violations());
      return stop.request().transactionId();
    }
  }

  /** Runs the example with a journal in a temporary folder. */
  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("ocpp-offline-example");
    run(dir.resolve("queue.journal"));
  }
}
