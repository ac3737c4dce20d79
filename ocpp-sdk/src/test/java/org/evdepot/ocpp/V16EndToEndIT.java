package org.evdepot.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.ocpp.csms.OcppCsmsServer;
import org.evdepot.ocpp.rpc.CallTimeoutException;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.rpc.RpcOptions;
import org.evdepot.ocpp.station.OcppStationClient;
import org.evdepot.ocpp.testing.Ports;
import org.evdepot.ocpp.v16.AuthorizationStatus;
import org.evdepot.ocpp.v16.AuthorizeRequest;
import org.evdepot.ocpp.v16.AuthorizeResponse;
import org.evdepot.ocpp.v16.BootNotificationRequest;
import org.evdepot.ocpp.v16.BootNotificationResponse;
import org.evdepot.ocpp.v16.ChargePointErrorCode;
import org.evdepot.ocpp.v16.ChargePointStatus;
import org.evdepot.ocpp.v16.HeartbeatRequest;
import org.evdepot.ocpp.v16.HeartbeatResponse;
import org.evdepot.ocpp.v16.IdTagInfo;
import org.evdepot.ocpp.v16.Measurand;
import org.evdepot.ocpp.v16.MeterValue;
import org.evdepot.ocpp.v16.MeterValuesRequest;
import org.evdepot.ocpp.v16.MeterValuesResponse;
import org.evdepot.ocpp.v16.Phase;
import org.evdepot.ocpp.v16.ReadingContext;
import org.evdepot.ocpp.v16.RegistrationStatus;
import org.evdepot.ocpp.v16.RemoteStartStopStatus;
import org.evdepot.ocpp.v16.RemoteStartTransactionRequest;
import org.evdepot.ocpp.v16.RemoteStartTransactionResponse;
import org.evdepot.ocpp.v16.ResetRequest;
import org.evdepot.ocpp.v16.ResetResponse;
import org.evdepot.ocpp.v16.ResetType;
import org.evdepot.ocpp.v16.SampledValue;
import org.evdepot.ocpp.v16.StartTransactionRequest;
import org.evdepot.ocpp.v16.StartTransactionResponse;
import org.evdepot.ocpp.v16.StatusNotificationRequest;
import org.evdepot.ocpp.v16.StatusNotificationResponse;
import org.evdepot.ocpp.v16.StopTransactionRequest;
import org.evdepot.ocpp.v16.StopTransactionResponse;
import org.evdepot.ocpp.v16.UnitOfMeasure;
import org.evdepot.ocpp.v16.V16Actions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An SDK charging station and an SDK CSMS speaking OCPP 1.6 over real WebSockets on loopback: the
 * life of a charger from boot to a finished transaction, a remote start, an unanswered CALL and a
 * reconnect after the server restarts.
 */
class V16EndToEndIT {
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private final List<MeterValuesRequest> meterValues = new CopyOnWriteArrayList<>();
  private final List<StatusNotificationRequest> statuses = new CopyOnWriteArrayList<>();
  private final List<StopTransactionRequest> stops = new CopyOnWriteArrayList<>();
  private final AtomicInteger nextTransactionId = new AtomicInteger(1000);
  private final int port = Ports.free();

  @AfterEach
  void tearDown() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  private OcppCsmsServer csms(Duration callTimeout) {
    Handlers handlers =
        Handlers.builder()
            .on(
                V16Actions.BOOT_NOTIFICATION,
                (req, ctx) ->
                    new BootNotificationResponse(RegistrationStatus.ACCEPTED, Instant.now(), 300))
            .on(V16Actions.HEARTBEAT, (req, ctx) -> new HeartbeatResponse(Instant.now()))
            .on(
                V16Actions.STATUS_NOTIFICATION,
                (req, ctx) -> {
                  statuses.add(req);
                  return new StatusNotificationResponse();
                })
            .on(
                V16Actions.AUTHORIZE,
                (req, ctx) ->
                    new AuthorizeResponse(
                        new IdTagInfo(
                            null,
                            null,
                            req.idTag().equals("GOOD-TAG")
                                ? AuthorizationStatus.ACCEPTED
                                : AuthorizationStatus.INVALID)))
            .on(
                V16Actions.START_TRANSACTION,
                (req, ctx) ->
                    new StartTransactionResponse(
                        new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED),
                        nextTransactionId.incrementAndGet()))
            .on(
                V16Actions.METER_VALUES,
                (req, ctx) -> {
                  meterValues.add(req);
                  return new MeterValuesResponse();
                })
            .on(
                V16Actions.STOP_TRANSACTION,
                (req, ctx) -> {
                  stops.add(req);
                  return new StopTransactionResponse(null);
                })
            .build();
    OcppCsmsServer server =
        OcppCsmsServer.builder()
            .port(port)
            .basePath("/ocpp")
            .version(V16Actions.CATALOG, handlers)
            .rpcOptions(RpcOptions.builder().callTimeout(callTimeout).build())
            .build();
    server.start();
    toClose.add(server);
    return server;
  }

  private OcppStationClient station(String id, Handlers handlers) {
    OcppStationClient station =
        OcppStationClient.builder()
            .serverUri(URI.create("ws://127.0.0.1:" + port + "/ocpp"))
            .chargePointId(id)
            .catalog(V16Actions.CATALOG)
            .handlers(handlers)
            .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(250))
            .build();
    toClose.add(station);
    return station;
  }

  private static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static SampledValue sample(
      String value, Measurand measurand, Phase phase, UnitOfMeasure unit) {
    return SampledValue.builder()
        .value(value)
        .context(ReadingContext.SAMPLE_PERIODIC)
        .measurand(measurand)
        .phase(phase)
        .unit(unit)
        .build();
  }

  @Test
  void aChargerBootsAuthorizesAndRunsATransactionWithMeterValues() throws Exception {
    csms(Duration.ofSeconds(5));
    OcppStationClient station = station("CP-16-A", Handlers.none());
    await(station.connect());

    BootNotificationResponse boot =
        await(
            station.call(
                BootNotificationRequest.builder()
                    .chargePointVendor("EVDepot")
                    .chargePointModel("Sim-150")
                    .firmwareVersion("1.0.0")
                    .build()));
    assertThat(boot.status()).isEqualTo(RegistrationStatus.ACCEPTED);
    assertThat(boot.interval()).isEqualTo(300);

    HeartbeatResponse heartbeat = await(station.call(new HeartbeatRequest()));
    assertThat(heartbeat.currentTime()).isBefore(Instant.now().plusSeconds(5));

    await(
        station.call(
            new StatusNotificationRequest(
                1,
                ChargePointErrorCode.NO_ERROR,
                null,
                ChargePointStatus.PREPARING,
                Instant.parse("2026-11-27T06:00:00Z"),
                null,
                null)));
    assertThat(statuses)
        .extracting(StatusNotificationRequest::status)
        .containsExactly(ChargePointStatus.PREPARING);

    assertThat(await(station.call(new AuthorizeRequest("BAD-TAG"))).idTagInfo().status())
        .isEqualTo(AuthorizationStatus.INVALID);
    assertThat(await(station.call(new AuthorizeRequest("GOOD-TAG"))).idTagInfo().status())
        .isEqualTo(AuthorizationStatus.ACCEPTED);

    Instant start = Instant.parse("2026-11-27T06:01:00Z");
    StartTransactionResponse started =
        await(station.call(new StartTransactionRequest(1, "GOOD-TAG", 12_000, null, start)));
    int txId = started.transactionId();
    assertThat(txId).isEqualTo(1001);

    List<SampledValue> samples = new ArrayList<>();
    samples.add(sample("12345", Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null, UnitOfMeasure.WH));
    samples.add(sample("150000", Measurand.POWER_ACTIVE_IMPORT, null, UnitOfMeasure.W));
    for (Phase p : List.of(Phase.L1, Phase.L2, Phase.L3)) {
      samples.add(sample("200.5", Measurand.CURRENT_IMPORT, p, UnitOfMeasure.A));
      samples.add(sample("400.1", Measurand.VOLTAGE, p, UnitOfMeasure.V));
    }
    samples.add(sample("63", Measurand.SOC, null, UnitOfMeasure.PERCENT));
    samples.add(sample("31.5", Measurand.TEMPERATURE, null, UnitOfMeasure.CELSIUS));
    assertThat(samples).hasSize(10);
    await(
        station.call(
            new MeterValuesRequest(
                1, txId, List.of(new MeterValue(start.plusSeconds(60), samples)))));
    assertThat(meterValues).hasSize(1);
    MeterValuesRequest received = meterValues.get(0);
    assertThat(received.transactionId()).isEqualTo(txId);
    assertThat(received.meterValue().get(0).sampledValue()).isEqualTo(samples);

    await(
        station.call(
            new StopTransactionRequest(
                "GOOD-TAG",
                13_345,
                start.plusSeconds(600),
                txId,
                org.evdepot.ocpp.v16.Reason.EV_DISCONNECTED,
                null)));
    assertThat(stops).extracting(StopTransactionRequest::transactionId).containsExactly(txId);
    assertThat(stops.get(0).meterStop()).isEqualTo(13_345);
  }

  @Test
  void theCsmsStartsATransactionRemotely_andGetsTheStationsAnswer() throws Exception {
    OcppCsmsServer server = csms(Duration.ofSeconds(5));
    List<RemoteStartTransactionRequest> remoteStarts = new CopyOnWriteArrayList<>();
    OcppStationClient station =
        station(
            "CP-16-B",
            Handlers.builder()
                .on(
                    V16Actions.REMOTE_START_TRANSACTION,
                    (req, ctx) -> {
                      remoteStarts.add(req);
                      return new RemoteStartTransactionResponse(RemoteStartStopStatus.ACCEPTED);
                    })
                .build());
    await(station.connect());
    OcppSession session = awaitSession(server, "CP-16-B");

    RemoteStartTransactionResponse answer =
        await(session.call(new RemoteStartTransactionRequest(2, "FLEET-7", null)));
    assertThat(answer.status()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
    assertThat(remoteStarts)
        .extracting(RemoteStartTransactionRequest::idTag)
        .containsExactly("FLEET-7");
  }

  @Test
  void aCallTheStationNeverAnswers_timesOut() throws Exception {
    OcppCsmsServer server = csms(Duration.ofMillis(400));
    OcppStationClient station =
        station(
            "CP-16-C",
            Handlers.builder()
                .onAsync(V16Actions.RESET, (req, ctx) -> new CompletableFuture<ResetResponse>())
                .build());
    await(station.connect());
    OcppSession session = awaitSession(server, "CP-16-C");

    assertThatThrownBy(() -> await(session.call(new ResetRequest(ResetType.SOFT))))
        .cause()
        .isInstanceOf(CallTimeoutException.class);
  }

  @Test
  void theStationReconnectsAfterTheCsmsRestarts_andBootsAgain() throws Exception {
    OcppCsmsServer server = csms(Duration.ofSeconds(5));
    OcppStationClient station = station("CP-16-D", Handlers.none());
    await(station.connect());
    BootNotificationRequest bootRequest =
        BootNotificationRequest.builder()
            .chargePointVendor("EVDepot")
            .chargePointModel("M")
            .build();
    assertThat(await(station.call(bootRequest)).status()).isEqualTo(RegistrationStatus.ACCEPTED);

    server.stop();
    awaitCondition(() -> !station.isOpen());
    csms(Duration.ofSeconds(5));
    await(station.whenConnected());
    assertThat(await(station.call(bootRequest)).status()).isEqualTo(RegistrationStatus.ACCEPTED);
    assertThat(
            await(
                station.call(
                    new MeterValuesRequest(
                        1,
                        null,
                        List.of(
                            new MeterValue(
                                Instant.now(),
                                List.of(
                                    sample(
                                        "1",
                                        Measurand.ENERGY_ACTIVE_IMPORT_REGISTER,
                                        null,
                                        UnitOfMeasure.KWH))))))))
        .isNotNull();
    assertThat(new BigDecimal(meterValues.get(0).meterValue().get(0).sampledValue().get(0).value()))
        .isEqualByComparingTo("1");
  }

  @Test
  void manyStationsSharingOneClientContainer_workIndependently() throws Exception {
    OcppCsmsServer server = csms(Duration.ofSeconds(5));
    List<OcppStationClient> stations = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      OcppStationClient s =
          OcppStationClient.builder()
              .serverUri(URI.create("ws://127.0.0.1:" + port + "/ocpp"))
              .chargePointId("CP-SHARED-" + i)
              .catalog(V16Actions.CATALOG)
              .sharedContainer(true)
              .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(250))
              .build();
      toClose.add(s);
      stations.add(s);
      s.connect();
    }
    BootNotificationRequest boot =
        BootNotificationRequest.builder().chargePointVendor("V").chargePointModel("M").build();
    for (OcppStationClient s : stations) {
      await(s.whenConnected());
      assertThat(await(s.call(boot)).status()).isEqualTo(RegistrationStatus.ACCEPTED);
    }
    // Closing some stations leaves the shared container, and the others, working.
    for (int i = 0; i < 20; i++) {
      stations.get(i).close();
    }
    for (int i = 20; i < 40; i++) {
      assertThat(await(stations.get(i).call(new HeartbeatRequest())).currentTime()).isNotNull();
    }
    awaitCondition(() -> server.sessions().size() == 20);
  }

  static OcppSession awaitSession(OcppCsmsServer server, String id) throws Exception {
    awaitCondition(() -> server.session(id).isPresent());
    return server.session(id).orElseThrow();
  }

  static void awaitCondition(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      Thread.sleep(10);
    }
  }
}
