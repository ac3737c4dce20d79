package org.evdepot.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evdepot.ocpp.V16EndToEndIT.awaitCondition;
import static org.evdepot.ocpp.V16EndToEndIT.awaitSession;

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
import org.evdepot.ocpp.csms.OcppCsmsServer;
import org.evdepot.ocpp.rpc.CallTimeoutException;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.rpc.RpcOptions;
import org.evdepot.ocpp.station.OcppStationClient;
import org.evdepot.ocpp.testing.Ports;
import org.evdepot.ocpp.v201.AuthorizationStatusEnum;
import org.evdepot.ocpp.v201.AuthorizeRequest;
import org.evdepot.ocpp.v201.AuthorizeResponse;
import org.evdepot.ocpp.v201.BootNotificationRequest;
import org.evdepot.ocpp.v201.BootNotificationResponse;
import org.evdepot.ocpp.v201.BootReasonEnum;
import org.evdepot.ocpp.v201.ChargingStateEnum;
import org.evdepot.ocpp.v201.ChargingStation;
import org.evdepot.ocpp.v201.ConnectorStatusEnum;
import org.evdepot.ocpp.v201.EVSE;
import org.evdepot.ocpp.v201.HeartbeatRequest;
import org.evdepot.ocpp.v201.HeartbeatResponse;
import org.evdepot.ocpp.v201.IdToken;
import org.evdepot.ocpp.v201.IdTokenEnum;
import org.evdepot.ocpp.v201.IdTokenInfo;
import org.evdepot.ocpp.v201.MeasurandEnum;
import org.evdepot.ocpp.v201.MeterValue;
import org.evdepot.ocpp.v201.PhaseEnum;
import org.evdepot.ocpp.v201.ReasonEnum;
import org.evdepot.ocpp.v201.RegistrationStatusEnum;
import org.evdepot.ocpp.v201.RequestStartStopStatusEnum;
import org.evdepot.ocpp.v201.RequestStartTransactionRequest;
import org.evdepot.ocpp.v201.RequestStartTransactionResponse;
import org.evdepot.ocpp.v201.ResetEnum;
import org.evdepot.ocpp.v201.ResetRequest;
import org.evdepot.ocpp.v201.ResetResponse;
import org.evdepot.ocpp.v201.SampledValue;
import org.evdepot.ocpp.v201.StatusNotificationRequest;
import org.evdepot.ocpp.v201.StatusNotificationResponse;
import org.evdepot.ocpp.v201.Transaction;
import org.evdepot.ocpp.v201.TransactionEventEnum;
import org.evdepot.ocpp.v201.TransactionEventRequest;
import org.evdepot.ocpp.v201.TransactionEventResponse;
import org.evdepot.ocpp.v201.TriggerReasonEnum;
import org.evdepot.ocpp.v201.V201Actions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An SDK charging station and an SDK CSMS speaking OCPP 2.0.1 over real WebSockets on loopback:
 * boot, heartbeat, status, authorize, a TransactionEvent Started/Updated/Ended sequence with meter
 * values, RequestStartTransaction, an unanswered CALL and a reconnect after the server restarts.
 */
class V201EndToEndIT {
  private static final IdToken GOOD = new IdToken(null, null, "GOOD-TOKEN", IdTokenEnum.ISO14443);

  private final List<AutoCloseable> toClose = new ArrayList<>();
  private final List<TransactionEventRequest> events = new CopyOnWriteArrayList<>();
  private final List<StatusNotificationRequest> statuses = new CopyOnWriteArrayList<>();
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
                V201Actions.BOOT_NOTIFICATION,
                (req, ctx) ->
                    new BootNotificationResponse(
                        null, Instant.now(), 300, RegistrationStatusEnum.ACCEPTED, null))
            .on(V201Actions.HEARTBEAT, (req, ctx) -> new HeartbeatResponse(null, Instant.now()))
            .on(
                V201Actions.STATUS_NOTIFICATION,
                (req, ctx) -> {
                  statuses.add(req);
                  return new StatusNotificationResponse(null);
                })
            .on(
                V201Actions.AUTHORIZE,
                (req, ctx) ->
                    new AuthorizeResponse(
                        null,
                        IdTokenInfo.builder()
                            .status(
                                req.idToken().idToken().equals("GOOD-TOKEN")
                                    ? AuthorizationStatusEnum.ACCEPTED
                                    : AuthorizationStatusEnum.UNKNOWN)
                            .build(),
                        null))
            .on(
                V201Actions.TRANSACTION_EVENT,
                (req, ctx) -> {
                  events.add(req);
                  return TransactionEventResponse.builder().build();
                })
            .build();
    OcppCsmsServer server =
        OcppCsmsServer.builder()
            .port(port)
            .basePath("/ocpp")
            .version(V201Actions.CATALOG, handlers)
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
            .catalog(V201Actions.CATALOG)
            .handlers(handlers)
            .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(250))
            .build();
    toClose.add(station);
    return station;
  }

  private static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static BootNotificationRequest boot() {
    return new BootNotificationRequest(
        null,
        ChargingStation.builder().model("Sim-350").vendorName("EVDepot").build(),
        BootReasonEnum.POWER_UP);
  }

  private static SampledValue sample(String value, MeasurandEnum measurand, PhaseEnum phase) {
    return SampledValue.builder()
        .value(new BigDecimal(value))
        .measurand(measurand)
        .phase(phase)
        .build();
  }

  private static TransactionEventRequest event(
      TransactionEventEnum type,
      int seqNo,
      TriggerReasonEnum trigger,
      Instant at,
      ChargingStateEnum state,
      List<MeterValue> meterValues) {
    return TransactionEventRequest.builder()
        .eventType(type)
        .timestamp(at)
        .triggerReason(trigger)
        .seqNo(seqNo)
        .transactionInfo(
            Transaction.builder()
                .transactionId("TX-201-1")
                .chargingState(state)
                .stoppedReason(
                    type == TransactionEventEnum.ENDED ? ReasonEnum.EV_DISCONNECTED : null)
                .build())
        .evse(type == TransactionEventEnum.STARTED ? new EVSE(null, 1, 1) : null)
        .idToken(type == TransactionEventEnum.STARTED ? GOOD : null)
        .meterValue(meterValues)
        .build();
  }

  @Test
  void aStationBootsAuthorizesAndReportsATransaction() throws Exception {
    csms(Duration.ofSeconds(5));
    OcppStationClient station = station("CS-201-A", Handlers.none());
    await(station.connect());

    assertThat(await(station.call(boot())).status()).isEqualTo(RegistrationStatusEnum.ACCEPTED);
    assertThat(await(station.call(new HeartbeatRequest(null))).currentTime()).isNotNull();
    await(
        station.call(
            new StatusNotificationRequest(
                null, Instant.parse("2026-11-27T06:00:00Z"), ConnectorStatusEnum.OCCUPIED, 1, 1)));
    assertThat(statuses)
        .extracting(StatusNotificationRequest::connectorStatus)
        .containsExactly(ConnectorStatusEnum.OCCUPIED);

    assertThat(
            await(
                    station.call(
                        new AuthorizeRequest(
                            null,
                            new IdToken(null, null, "NOPE", IdTokenEnum.ISO14443),
                            null,
                            null)))
                .idTokenInfo()
                .status())
        .isEqualTo(AuthorizationStatusEnum.UNKNOWN);
    assertThat(
            await(station.call(new AuthorizeRequest(null, GOOD, null, null)))
                .idTokenInfo()
                .status())
        .isEqualTo(AuthorizationStatusEnum.ACCEPTED);

    Instant t0 = Instant.parse("2026-11-27T06:01:00Z");
    List<SampledValue> samples = new ArrayList<>();
    samples.add(sample("12345.678", MeasurandEnum.ENERGY_ACTIVE_IMPORT_REGISTER, null));
    samples.add(sample("150000", MeasurandEnum.POWER_ACTIVE_IMPORT, null));
    for (PhaseEnum p : List.of(PhaseEnum.L1, PhaseEnum.L2, PhaseEnum.L3)) {
      samples.add(sample("200.5", MeasurandEnum.CURRENT_IMPORT, p));
      samples.add(sample("400.1", MeasurandEnum.VOLTAGE, p));
    }
    samples.add(sample("63", MeasurandEnum.SOC, null));
    samples.add(sample("1.0", MeasurandEnum.POWER_FACTOR, null));
    await(
        station.call(
            event(
                TransactionEventEnum.STARTED,
                0,
                TriggerReasonEnum.AUTHORIZED,
                t0,
                ChargingStateEnum.EV_CONNECTED,
                null)));
    await(
        station.call(
            event(
                TransactionEventEnum.UPDATED,
                1,
                TriggerReasonEnum.METER_VALUE_PERIODIC,
                t0.plusSeconds(60),
                ChargingStateEnum.CHARGING,
                List.of(new MeterValue(null, samples, t0.plusSeconds(60))))));
    await(
        station.call(
            event(
                TransactionEventEnum.ENDED,
                2,
                TriggerReasonEnum.EV_DEPARTED,
                t0.plusSeconds(600),
                ChargingStateEnum.IDLE,
                null)));

    assertThat(events).extracting(TransactionEventRequest::seqNo).containsExactly(0, 1, 2);
    assertThat(events)
        .extracting(TransactionEventRequest::eventType)
        .containsExactly(
            TransactionEventEnum.STARTED, TransactionEventEnum.UPDATED, TransactionEventEnum.ENDED);
    assertThat(events.get(0).idToken()).isEqualTo(GOOD);
    assertThat(events.get(1).meterValue().get(0).sampledValue()).isEqualTo(samples);
    assertThat(events.get(1).meterValue().get(0).sampledValue().get(0).value())
        .isEqualByComparingTo("12345.678");
    assertThat(events.get(2).transactionInfo().stoppedReason())
        .isEqualTo(ReasonEnum.EV_DISCONNECTED);
  }

  @Test
  void theCsmsRequestsATransactionStart_andGetsTheStationsAnswer() throws Exception {
    OcppCsmsServer server = csms(Duration.ofSeconds(5));
    List<RequestStartTransactionRequest> requests = new CopyOnWriteArrayList<>();
    OcppStationClient station =
        station(
            "CS-201-B",
            Handlers.builder()
                .on(
                    V201Actions.REQUEST_START_TRANSACTION,
                    (req, ctx) -> {
                      requests.add(req);
                      return new RequestStartTransactionResponse(
                          null, RequestStartStopStatusEnum.ACCEPTED, null, null);
                    })
                .build());
    await(station.connect());
    OcppSession session = awaitSession(server, "CS-201-B");

    RequestStartTransactionResponse answer =
        await(
            session.call(
                RequestStartTransactionRequest.builder()
                    .evseId(1)
                    .idToken(GOOD)
                    .remoteStartId(77)
                    .build()));
    assertThat(answer.status()).isEqualTo(RequestStartStopStatusEnum.ACCEPTED);
    assertThat(requests)
        .extracting(RequestStartTransactionRequest::remoteStartId)
        .containsExactly(77);
  }

  @Test
  void aCallTheStationNeverAnswers_timesOut() throws Exception {
    OcppCsmsServer server = csms(Duration.ofMillis(400));
    OcppStationClient station =
        station(
            "CS-201-C",
            Handlers.builder()
                .onAsync(V201Actions.RESET, (req, ctx) -> new CompletableFuture<ResetResponse>())
                .build());
    await(station.connect());
    OcppSession session = awaitSession(server, "CS-201-C");
    assertThatThrownBy(() -> await(session.call(new ResetRequest(null, ResetEnum.IMMEDIATE, null))))
        .cause()
        .isInstanceOf(CallTimeoutException.class);
  }

  @Test
  void theStationReconnectsAfterTheCsmsRestarts() throws Exception {
    OcppCsmsServer server = csms(Duration.ofSeconds(5));
    OcppStationClient station = station("CS-201-D", Handlers.none());
    await(station.connect());
    assertThat(await(station.call(boot())).status()).isEqualTo(RegistrationStatusEnum.ACCEPTED);

    server.stop();
    awaitCondition(() -> !station.isOpen());
    csms(Duration.ofSeconds(5));
    await(station.whenConnected());
    assertThat(await(station.call(boot())).status()).isEqualTo(RegistrationStatusEnum.ACCEPTED);
  }
}
