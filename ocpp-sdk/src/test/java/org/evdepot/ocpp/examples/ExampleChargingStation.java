package org.evdepot.ocpp.examples;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.station.OcppStationClient;
import org.evdepot.ocpp.v16.AuthorizationStatus;
import org.evdepot.ocpp.v16.AuthorizeRequest;
import org.evdepot.ocpp.v16.BootNotificationRequest;
import org.evdepot.ocpp.v16.BootNotificationResponse;
import org.evdepot.ocpp.v16.HeartbeatRequest;
import org.evdepot.ocpp.v16.Measurand;
import org.evdepot.ocpp.v16.MeterValue;
import org.evdepot.ocpp.v16.MeterValuesRequest;
import org.evdepot.ocpp.v16.Reason;
import org.evdepot.ocpp.v16.RegistrationStatus;
import org.evdepot.ocpp.v16.RemoteStartStopStatus;
import org.evdepot.ocpp.v16.RemoteStartTransactionResponse;
import org.evdepot.ocpp.v16.SampledValue;
import org.evdepot.ocpp.v16.StartTransactionRequest;
import org.evdepot.ocpp.v16.StopTransactionRequest;
import org.evdepot.ocpp.v16.UnitOfMeasure;
import org.evdepot.ocpp.v16.V16Actions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A minimal OCPP 1.6 charging station: connects, boots, sends a heartbeat, authorizes a tag and
 * runs one transaction with three meter readings, then disconnects.
 *
 * <p>Run against {@link ExampleCsms} (or any CSMS): {@code mvn -pl ocpp-sdk test-compile exec:java
 * -Dexec.mainClass=org.evdepot.ocpp.examples.ExampleChargingStation -Dexec.classpathScope=test
 * -Dexec.args="ws://localhost:8887/ocpp CP-EXAMPLE"}.
 */
public final class ExampleChargingStation {
  private static final Logger LOG = LoggerFactory.getLogger(ExampleChargingStation.class);

  private ExampleChargingStation() {}

  /**
   * Runs the station's script against {@code csms} and returns the energy delivered in Wh.
   *
   * @throws Exception when the CSMS refuses or does not answer
   */
  public static int run(URI csms, String chargePointId) throws Exception {
    Handlers handlers =
        Handlers.builder()
            .on(
                V16Actions.REMOTE_START_TRANSACTION,
                (req, ctx) -> new RemoteStartTransactionResponse(RemoteStartStopStatus.REJECTED))
            .build();
    try (OcppStationClient station =
        OcppStationClient.builder()
            .serverUri(csms)
            .chargePointId(chargePointId)
            .catalog(V16Actions.CATALOG)
            .handlers(handlers)
            .reconnectBackoff(Duration.ofMillis(200), Duration.ofSeconds(5))
            .build()) {
      station.connect().toCompletableFuture().get(30, TimeUnit.SECONDS);
      BootNotificationResponse boot =
          get(
              station.call(
                  BootNotificationRequest.builder()
                      .chargePointVendor("EVDepot")
                      .chargePointModel("Example-22")
                      .firmwareVersion("0.1.0")
                      .build()));
      if (boot.status() != RegistrationStatus.ACCEPTED) {
        throw new IllegalStateException("boot not accepted: " + boot.status());
      }
      get(station.call(new HeartbeatRequest()));
      String tag = "EXAMPLE-TAG";
      if (get(station.call(new AuthorizeRequest(tag))).idTagInfo().status()
          != AuthorizationStatus.ACCEPTED) {
        throw new IllegalStateException("tag not accepted");
      }
      int meterStart = 100_000;
      Instant start = Instant.now();
      int tx =
          get(station.call(new StartTransactionRequest(1, tag, meterStart, null, start)))
              .transactionId();
      int meter = meterStart;
      for (int i = 1; i <= 3; i++) {
        meter += 1_250;
        SampledValue energy =
            SampledValue.builder()
                .value(Integer.toString(meter))
                .measurand(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER)
                .unit(UnitOfMeasure.WH)
                .build();
        get(
            station.call(
                new MeterValuesRequest(
                    1, tx, List.of(new MeterValue(start.plusSeconds(60L * i), List.of(energy))))));
      }
      get(
          station.call(
              new StopTransactionRequest(
                  tag, meter, start.plusSeconds(240), tx, Reason.LOCAL, null)));
      LOG.info("transaction {} delivered {} Wh", tx, meter - meterStart);
      return meter - meterStart;
    }
  }

  private static <T> T get(java.util.concurrent.CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /**
   * Arguments: CSMS URL (default ws://localhost:8887/ocpp), charge point id (default CP-EXAMPLE).
   */
  public static void main(String[] args) throws Exception {
    URI csms = URI.create(args.length > 0 ? args[0] : "ws://localhost:8887/ocpp");
    String id = args.length > 1 ? args[1] : "CP-EXAMPLE";
    run(csms, id);
  }
}
