package org.evdepot.ocpp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.csms.OcppCsmsServer;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.testing.Ports;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.V201Actions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The npm package {@code ocpp-rpc} in strict mode (it validates every frame against the official
 * JSON schemas) plays a charging station ({@code src/test/interop/station.js}) against the SDK's
 * {@link OcppCsmsServer}: the SDK must decode what ocpp-rpc sends, and everything the SDK answers
 * or sends must pass ocpp-rpc's schema validation.
 */
@Tag("interop")
class OcppRpcStationAgainstSdkCsmsIT {
  private final int port = Ports.free();
  private final List<Object> received = new CopyOnWriteArrayList<>();
  private OcppCsmsServer server;
  private NodeScript node;

  @AfterEach
  void tearDown() throws Exception {
    if (node != null) {
      node.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private <T> T record(T request) {
    received.add(request);
    return request;
  }

  private static <R extends OcppResponse> R await(CompletionStage<R> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static <R extends OcppResponse> R call(OcppSession s, OcppRequest<R> r) throws Exception {
    return await(s.call(r));
  }

  @Test
  void ocpp16_ocppRpcStation_completesASessionWithTheSdkCsms() throws Exception {
    Handlers handlers =
        Handlers.builder()
            .on(
                V16Actions.BOOT_NOTIFICATION,
                (req, ctx) ->
                    new org.evdepot.ocpp.v16.BootNotificationResponse(
                        org.evdepot.ocpp.v16.RegistrationStatus.ACCEPTED,
                        record(req) == null ? null : Instant.now(),
                        300))
            .on(
                V16Actions.STATUS_NOTIFICATION,
                (req, ctx) -> {
                  record(req);
                  return new org.evdepot.ocpp.v16.StatusNotificationResponse();
                })
            .on(
                V16Actions.AUTHORIZE,
                (req, ctx) ->
                    new org.evdepot.ocpp.v16.AuthorizeResponse(
                        new org.evdepot.ocpp.v16.IdTagInfo(
                            null,
                            null,
                            record(req).idTag().equals("GOOD-TAG")
                                ? org.evdepot.ocpp.v16.AuthorizationStatus.ACCEPTED
                                : org.evdepot.ocpp.v16.AuthorizationStatus.INVALID)))
            .on(
                V16Actions.START_TRANSACTION,
                (req, ctx) ->
                    new org.evdepot.ocpp.v16.StartTransactionResponse(
                        new org.evdepot.ocpp.v16.IdTagInfo(
                            Instant.parse("2026-12-31T00:00:00Z"),
                            null,
                            org.evdepot.ocpp.v16.AuthorizationStatus.ACCEPTED),
                        record(req).connectorId() + 700))
            .on(
                V16Actions.METER_VALUES,
                (req, ctx) -> {
                  record(req);
                  return new org.evdepot.ocpp.v16.MeterValuesResponse();
                })
            .on(
                V16Actions.STOP_TRANSACTION,
                (req, ctx) -> {
                  record(req);
                  return new org.evdepot.ocpp.v16.StopTransactionResponse(null);
                })
            .build();
    server =
        OcppCsmsServer.builder()
            .port(port)
            .basePath("/ocpp")
            .version(V16Actions.CATALOG, handlers)
            .build();
    server.start();

    node = NodeScript.start("station.js", "ws://127.0.0.1:" + port + "/ocpp", "NODE-16", "ocpp1.6");
    node.await("ready");

    assertThat(node.responseTo("BootNotification").path("status").asText()).isEqualTo("Accepted");
    assertThat(node.responseTo("Authorize").at("/idTagInfo/status").asText()).isEqualTo("Accepted");
    assertThat(node.responseTo("StartTransaction").path("transactionId").asInt()).isEqualTo(701);
    assertThat(received)
        .hasExactlyElementsOfTypes(
            org.evdepot.ocpp.v16.BootNotificationRequest.class,
            org.evdepot.ocpp.v16.StatusNotificationRequest.class,
            org.evdepot.ocpp.v16.AuthorizeRequest.class,
            org.evdepot.ocpp.v16.StartTransactionRequest.class,
            org.evdepot.ocpp.v16.MeterValuesRequest.class,
            org.evdepot.ocpp.v16.StopTransactionRequest.class);
    var meterValues = (org.evdepot.ocpp.v16.MeterValuesRequest) received.get(4);
    assertThat(meterValues.transactionId()).isEqualTo(701);
    var samples = meterValues.meterValue().get(0).sampledValue();
    assertThat(samples).hasSize(10);
    assertThat(samples.get(0).measurand())
        .isEqualTo(org.evdepot.ocpp.v16.Measurand.ENERGY_ACTIVE_IMPORT_REGISTER);
    assertThat(samples.get(0).value()).isEqualTo("52310");
    assertThat(samples.get(5).phase()).isEqualTo(org.evdepot.ocpp.v16.Phase.L1_N);
    var stop = (org.evdepot.ocpp.v16.StopTransactionRequest) received.get(5);
    assertThat(stop.reason()).isEqualTo(org.evdepot.ocpp.v16.Reason.LOCAL);
    assertThat(stop.transactionData().get(0).sampledValue()).hasSize(10);

    OcppSession session = server.session("NODE-16").orElseThrow();
    assertThat(
            call(
                    session,
                    new org.evdepot.ocpp.v16.RemoteStartTransactionRequest(1, "GOOD-TAG", null))
                .status())
        .isEqualTo(org.evdepot.ocpp.v16.RemoteStartStopStatus.ACCEPTED);
    assertThat(node.received("RemoteStartTransaction").path("idTag").asText())
        .isEqualTo("GOOD-TAG");
    assertThat(call(session, new org.evdepot.ocpp.v16.RemoteStopTransactionRequest(701)).status())
        .isEqualTo(org.evdepot.ocpp.v16.RemoteStartStopStatus.ACCEPTED);
    assertThat(node.received("RemoteStopTransaction").path("transactionId").asInt()).isEqualTo(701);

    var config =
        call(
            session,
            new org.evdepot.ocpp.v16.GetConfigurationRequest(
                List.of("HeartbeatInterval", "NoSuchKey")));
    assertThat(config.configurationKey())
        .containsExactly(new org.evdepot.ocpp.v16.KeyValue("HeartbeatInterval", false, "300"));
    assertThat(config.unknownKey()).containsExactly("NoSuchKey");
    assertThat(
            call(
                    session,
                    new org.evdepot.ocpp.v16.ChangeConfigurationRequest("HeartbeatInterval", "120"))
                .status())
        .isEqualTo(org.evdepot.ocpp.v16.ConfigurationStatus.ACCEPTED);
    assertThat(
            call(session, new org.evdepot.ocpp.v16.GetConfigurationRequest(List.of()))
                .configurationKey())
        .contains(new org.evdepot.ocpp.v16.KeyValue("HeartbeatInterval", false, "120"));

    var profile =
        org.evdepot.ocpp.v16.ChargingProfile.builder()
            .chargingProfileId(7)
            .stackLevel(1)
            .chargingProfilePurpose(
                org.evdepot.ocpp.v16.ChargingProfilePurposeType.TX_DEFAULT_PROFILE)
            .chargingProfileKind(org.evdepot.ocpp.v16.ChargingProfileKindType.ABSOLUTE)
            .chargingSchedule(
                org.evdepot.ocpp.v16.ChargingSchedule.builder()
                    .startSchedule(Instant.parse("2026-11-27T10:00:00Z"))
                    .chargingRateUnit(org.evdepot.ocpp.v16.ChargingRateUnitType.W)
                    .chargingSchedulePeriod(
                        List.of(
                            new org.evdepot.ocpp.v16.ChargingSchedulePeriod(
                                0, new BigDecimal("150000"), null),
                            new org.evdepot.ocpp.v16.ChargingSchedulePeriod(
                                3600, new BigDecimal("75000.5"), 3)))
                    .build())
            .build();
    assertThat(
            call(session, new org.evdepot.ocpp.v16.SetChargingProfileRequest(1, profile)).status())
        .isEqualTo(org.evdepot.ocpp.v16.ChargingProfileStatus.ACCEPTED);
    JsonNode sentProfile = node.received("SetChargingProfile").path("csChargingProfiles");
    assertThat(sentProfile.at("/chargingSchedule/chargingSchedulePeriod/1/limit").decimalValue())
        .isEqualByComparingTo("75000.5");
    assertThat(sentProfile.at("/chargingSchedule/startSchedule").asText())
        .isEqualTo("2026-11-27T10:00:00Z");

    assertThat(
            call(
                    session,
                    new org.evdepot.ocpp.v16.ResetRequest(org.evdepot.ocpp.v16.ResetType.SOFT))
                .status())
        .isEqualTo(org.evdepot.ocpp.v16.ResetStatus.ACCEPTED);
    assertThat(node.received("Reset").path("type").asText()).isEqualTo("Soft");

    session.close();
    node.await("closed");
    assertThat(node.awaitExit()).as(node.diagnostics()).isZero();
    assertThat(node.events("strictValidationFailure")).isEmpty();
  }

  @Test
  void ocpp201_ocppRpcStation_completesASessionWithTheSdkCsms() throws Exception {
    Handlers handlers =
        Handlers.builder()
            .on(
                V201Actions.BOOT_NOTIFICATION,
                (req, ctx) ->
                    new org.evdepot.ocpp.v201.BootNotificationResponse(
                        null,
                        record(req) == null ? null : Instant.now(),
                        300,
                        org.evdepot.ocpp.v201.RegistrationStatusEnum.ACCEPTED,
                        null))
            .on(
                V201Actions.STATUS_NOTIFICATION,
                (req, ctx) -> {
                  record(req);
                  return new org.evdepot.ocpp.v201.StatusNotificationResponse(null);
                })
            .on(
                V201Actions.AUTHORIZE,
                (req, ctx) ->
                    new org.evdepot.ocpp.v201.AuthorizeResponse(
                        null,
                        org.evdepot.ocpp.v201.IdTokenInfo.builder()
                            .status(
                                record(req).idToken().idToken().equals("GOOD-TAG")
                                    ? org.evdepot.ocpp.v201.AuthorizationStatusEnum.ACCEPTED
                                    : org.evdepot.ocpp.v201.AuthorizationStatusEnum.INVALID)
                            .build(),
                        null))
            .on(
                V201Actions.TRANSACTION_EVENT,
                (req, ctx) -> {
                  record(req);
                  return new org.evdepot.ocpp.v201.TransactionEventResponse(
                      null, new BigDecimal("12.34"), null, null, null);
                })
            .on(
                V201Actions.METER_VALUES,
                (req, ctx) -> {
                  record(req);
                  return new org.evdepot.ocpp.v201.MeterValuesResponse(null);
                })
            .build();
    server =
        OcppCsmsServer.builder()
            .port(port)
            .basePath("/ocpp")
            .version(V201Actions.CATALOG, handlers)
            .build();
    server.start();

    node =
        NodeScript.start("station.js", "ws://127.0.0.1:" + port + "/ocpp", "NODE-201", "ocpp2.0.1");
    node.await("ready");

    assertThat(node.responseTo("BootNotification").path("status").asText()).isEqualTo("Accepted");
    assertThat(node.responseTo("Authorize").at("/idTokenInfo/status").asText())
        .isEqualTo("Accepted");
    assertThat(node.responseTo("TransactionEvent").path("totalCost").decimalValue())
        .isEqualByComparingTo("12.34");
    assertThat(received)
        .hasExactlyElementsOfTypes(
            org.evdepot.ocpp.v201.BootNotificationRequest.class,
            org.evdepot.ocpp.v201.StatusNotificationRequest.class,
            org.evdepot.ocpp.v201.AuthorizeRequest.class,
            org.evdepot.ocpp.v201.TransactionEventRequest.class,
            org.evdepot.ocpp.v201.TransactionEventRequest.class,
            org.evdepot.ocpp.v201.MeterValuesRequest.class,
            org.evdepot.ocpp.v201.TransactionEventRequest.class);
    var boot = (org.evdepot.ocpp.v201.BootNotificationRequest) received.get(0);
    assertThat(boot.reason()).isEqualTo(org.evdepot.ocpp.v201.BootReasonEnum.POWER_UP);
    assertThat(boot.chargingStation().vendorName()).isEqualTo("ocpp-rpc");
    var updated = (org.evdepot.ocpp.v201.TransactionEventRequest) received.get(4);
    assertThat(updated.eventType()).isEqualTo(org.evdepot.ocpp.v201.TransactionEventEnum.UPDATED);
    var samples = updated.meterValue().get(0).sampledValue();
    assertThat(samples).hasSize(10);
    assertThat(samples.get(1).value()).isEqualByComparingTo("148200.5");
    assertThat(samples.get(1).measurand())
        .isEqualTo(org.evdepot.ocpp.v201.MeasurandEnum.POWER_ACTIVE_IMPORT);
    assertThat(samples.get(8).unitOfMeasure().unit()).isEqualTo("Percent");
    var ended = (org.evdepot.ocpp.v201.TransactionEventRequest) received.get(6);
    assertThat(ended.transactionInfo().stoppedReason())
        .isEqualTo(org.evdepot.ocpp.v201.ReasonEnum.LOCAL);

    OcppSession session = server.session("NODE-201").orElseThrow();
    var idToken =
        org.evdepot.ocpp.v201.IdToken.builder()
            .idToken("GOOD-TAG")
            .type(org.evdepot.ocpp.v201.IdTokenEnum.ISO14443)
            .build();
    var started =
        call(
            session,
            new org.evdepot.ocpp.v201.RequestStartTransactionRequest(
                null, 1, null, idToken, 42, null));
    assertThat(started.status())
        .isEqualTo(org.evdepot.ocpp.v201.RequestStartStopStatusEnum.ACCEPTED);
    assertThat(started.transactionId()).isEqualTo("tx-remote-42");
    assertThat(node.received("RequestStartTransaction").at("/idToken/type").asText())
        .isEqualTo("ISO14443");
    assertThat(
            call(
                    session,
                    new org.evdepot.ocpp.v201.RequestStopTransactionRequest(null, "tx-node-1"))
                .status())
        .isEqualTo(org.evdepot.ocpp.v201.RequestStartStopStatusEnum.ACCEPTED);

    var heartbeat = variable("OCPPCommCtrlr", "HeartbeatInterval");
    var unknown = variable("NoSuchCtrlr", "Nothing");
    var got =
        call(
            session,
            new org.evdepot.ocpp.v201.GetVariablesRequest(
                null,
                List.of(
                    new org.evdepot.ocpp.v201.GetVariableData(
                        null, null, heartbeat.component(), heartbeat.variable()),
                    new org.evdepot.ocpp.v201.GetVariableData(
                        null, null, unknown.component(), unknown.variable()))));
    assertThat(got.getVariableResult())
        .extracting(org.evdepot.ocpp.v201.GetVariableResult::attributeStatus)
        .containsExactly(
            org.evdepot.ocpp.v201.GetVariableStatusEnum.ACCEPTED,
            org.evdepot.ocpp.v201.GetVariableStatusEnum.UNKNOWN_VARIABLE);
    assertThat(got.getVariableResult().get(0).attributeValue()).isEqualTo("300");
    var set =
        call(
            session,
            new org.evdepot.ocpp.v201.SetVariablesRequest(
                null,
                List.of(
                    new org.evdepot.ocpp.v201.SetVariableData(
                        null, null, "120", heartbeat.component(), heartbeat.variable()))));
    assertThat(set.setVariableResult().get(0).attributeStatus())
        .isEqualTo(org.evdepot.ocpp.v201.SetVariableStatusEnum.ACCEPTED);

    var profile =
        org.evdepot.ocpp.v201.ChargingProfile.builder()
            .id(7)
            .stackLevel(1)
            .chargingProfilePurpose(
                org.evdepot.ocpp.v201.ChargingProfilePurposeEnum.TX_DEFAULT_PROFILE)
            .chargingProfileKind(org.evdepot.ocpp.v201.ChargingProfileKindEnum.ABSOLUTE)
            .chargingSchedule(
                List.of(
                    org.evdepot.ocpp.v201.ChargingSchedule.builder()
                        .id(1)
                        .startSchedule(Instant.parse("2026-11-27T10:00:00Z"))
                        .chargingRateUnit(org.evdepot.ocpp.v201.ChargingRateUnitEnum.W)
                        .chargingSchedulePeriod(
                            List.of(
                                org.evdepot.ocpp.v201.ChargingSchedulePeriod.builder()
                                    .startPeriod(0)
                                    .limit(new BigDecimal("150000"))
                                    .build(),
                                org.evdepot.ocpp.v201.ChargingSchedulePeriod.builder()
                                    .startPeriod(3600)
                                    .limit(new BigDecimal("75000.5"))
                                    .numberPhases(3)
                                    .build()))
                        .build()))
            .build();
    assertThat(
            call(session, new org.evdepot.ocpp.v201.SetChargingProfileRequest(null, 1, profile))
                .status())
        .isEqualTo(org.evdepot.ocpp.v201.ChargingProfileStatusEnum.ACCEPTED);
    assertThat(
            node.received("SetChargingProfile")
                .at("/chargingProfile/chargingSchedule/0/chargingSchedulePeriod/1/numberPhases")
                .asInt())
        .isEqualTo(3);

    assertThat(
            call(
                    session,
                    new org.evdepot.ocpp.v201.ResetRequest(
                        null, org.evdepot.ocpp.v201.ResetEnum.IMMEDIATE, null))
                .status())
        .isEqualTo(org.evdepot.ocpp.v201.ResetStatusEnum.ACCEPTED);

    session.close();
    node.await("closed");
    assertThat(node.awaitExit()).as(node.diagnostics()).isZero();
    assertThat(node.events("strictValidationFailure")).isEmpty();
  }

  private static org.evdepot.ocpp.v201.GetVariableData variable(String component, String name) {
    return new org.evdepot.ocpp.v201.GetVariableData(
        null,
        null,
        new org.evdepot.ocpp.v201.Component(null, null, component, null),
        new org.evdepot.ocpp.v201.Variable(null, name, null));
  }
}
