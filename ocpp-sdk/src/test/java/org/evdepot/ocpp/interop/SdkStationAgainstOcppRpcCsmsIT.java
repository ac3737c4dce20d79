package org.evdepot.ocpp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.station.OcppStationClient;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.V201Actions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The SDK's {@link OcppStationClient} against the npm package {@code ocpp-rpc} in strict mode
 * playing the CSMS ({@code src/test/interop/csms.js}): ocpp-rpc validates every CALL and CALLRESULT
 * the SDK sends against the official schemas, and the SDK decodes what ocpp-rpc sends.
 */
@Tag("interop")
class SdkStationAgainstOcppRpcCsmsIT {
  private final List<Object> received = new CopyOnWriteArrayList<>();
  private OcppStationClient station;
  private NodeScript node;

  @AfterEach
  void tearDown() throws Exception {
    if (station != null) {
      station.close();
    }
    if (node != null) {
      node.close();
    }
  }

  private <T> T record(T request) {
    received.add(request);
    return request;
  }

  private <R extends OcppResponse> R call(OcppRequest<R> request) throws Exception {
    CompletionStage<R> stage = station.call(request);
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private OcppStationClient connect(org.evdepot.ocpp.ActionCatalog catalog, Handlers handlers)
      throws Exception {
    int port = node.await("listening").path("port").asInt();
    station =
        OcppStationClient.builder()
            .serverUri(URI.create("ws://127.0.0.1:" + port + "/ocpp"))
            .chargePointId("SDK-" + catalog.version().subprotocol())
            .catalog(catalog)
            .handlers(handlers)
            .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(250))
            .build();
    station.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
    return station;
  }

  private static List<org.evdepot.ocpp.v16.SampledValue> samples16() {
    List<org.evdepot.ocpp.v16.SampledValue> out = new ArrayList<>();
    org.evdepot.ocpp.v16.Phase[] phases = {
      org.evdepot.ocpp.v16.Phase.L1, org.evdepot.ocpp.v16.Phase.L2, org.evdepot.ocpp.v16.Phase.L3
    };
    out.add(sample16("52310", org.evdepot.ocpp.v16.Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null));
    out.add(sample16("148200.5", org.evdepot.ocpp.v16.Measurand.POWER_ACTIVE_IMPORT, null));
    for (int i = 0; i < 3; i++) {
      out.add(sample16("212." + i, org.evdepot.ocpp.v16.Measurand.CURRENT_IMPORT, phases[i]));
      out.add(sample16("230." + i, org.evdepot.ocpp.v16.Measurand.VOLTAGE, phases[i]));
    }
    out.add(sample16("67", org.evdepot.ocpp.v16.Measurand.SOC, null));
    out.add(sample16("150000", org.evdepot.ocpp.v16.Measurand.POWER_OFFERED, null));
    return out;
  }

  private static org.evdepot.ocpp.v16.SampledValue sample16(
      String value, org.evdepot.ocpp.v16.Measurand measurand, org.evdepot.ocpp.v16.Phase phase) {
    return org.evdepot.ocpp.v16.SampledValue.builder()
        .value(value)
        .context(org.evdepot.ocpp.v16.ReadingContext.SAMPLE_PERIODIC)
        .measurand(measurand)
        .phase(phase)
        .build();
  }

  @Test
  void ocpp16_sdkStation_completesASessionWithAnOcppRpcCsms() throws Exception {
    node = NodeScript.start("csms.js", "ocpp1.6");
    Handlers handlers =
        Handlers.builder()
            .on(
                V16Actions.REMOTE_START_TRANSACTION,
                (req, ctx) ->
                    new org.evdepot.ocpp.v16.RemoteStartTransactionResponse(
                        record(req) == null
                            ? null
                            : org.evdepot.ocpp.v16.RemoteStartStopStatus.ACCEPTED))
            .on(
                V16Actions.REMOTE_STOP_TRANSACTION,
                (req, ctx) ->
                    new org.evdepot.ocpp.v16.RemoteStopTransactionResponse(
                        record(req) == null
                            ? null
                            : org.evdepot.ocpp.v16.RemoteStartStopStatus.ACCEPTED))
            .on(
                V16Actions.GET_CONFIGURATION,
                (req, ctx) -> {
                  record(req);
                  return new org.evdepot.ocpp.v16.GetConfigurationResponse(
                      List.of(new org.evdepot.ocpp.v16.KeyValue("HeartbeatInterval", false, "300")),
                      List.of("NoSuchKey"));
                })
            .on(
                V16Actions.CHANGE_CONFIGURATION,
                (req, ctx) ->
                    new org.evdepot.ocpp.v16.ChangeConfigurationResponse(
                        record(req) == null
                            ? null
                            : org.evdepot.ocpp.v16.ConfigurationStatus.REBOOT_REQUIRED))
            .on(
                V16Actions.SET_CHARGING_PROFILE,
                (req, ctx) ->
                    new org.evdepot.ocpp.v16.SetChargingProfileResponse(
                        record(req) == null
                            ? null
                            : org.evdepot.ocpp.v16.ChargingProfileStatus.ACCEPTED))
            .on(
                V16Actions.RESET,
                (req, ctx) ->
                    new org.evdepot.ocpp.v16.ResetResponse(
                        record(req) == null ? null : org.evdepot.ocpp.v16.ResetStatus.ACCEPTED))
            .build();
    connect(V16Actions.CATALOG, handlers);

    var boot =
        call(
            org.evdepot.ocpp.v16.BootNotificationRequest.builder()
                .chargePointVendor("EVDepot")
                .chargePointModel("Sim-150")
                .firmwareVersion("1.0.0")
                .build());
    assertThat(boot.status()).isEqualTo(org.evdepot.ocpp.v16.RegistrationStatus.ACCEPTED);
    assertThat(boot.interval()).isEqualTo(300);
    call(
        new org.evdepot.ocpp.v16.StatusNotificationRequest(
            1,
            org.evdepot.ocpp.v16.ChargePointErrorCode.NO_ERROR,
            null,
            org.evdepot.ocpp.v16.ChargePointStatus.PREPARING,
            Instant.parse("2026-11-27T06:00:00Z"),
            null,
            null));
    assertThat(call(new org.evdepot.ocpp.v16.AuthorizeRequest("GOOD-TAG")).idTagInfo().status())
        .isEqualTo(org.evdepot.ocpp.v16.AuthorizationStatus.ACCEPTED);
    var start =
        call(
            new org.evdepot.ocpp.v16.StartTransactionRequest(
                1, "GOOD-TAG", 0, null, Instant.parse("2026-11-27T06:01:00Z")));
    assertThat(start.transactionId()).isEqualTo(501);
    call(
        new org.evdepot.ocpp.v16.MeterValuesRequest(
            1,
            start.transactionId(),
            List.of(
                new org.evdepot.ocpp.v16.MeterValue(
                    Instant.parse("2026-11-27T06:02:00Z"), samples16()))));
    call(
        new org.evdepot.ocpp.v16.StopTransactionRequest(
            "GOOD-TAG",
            52310,
            Instant.parse("2026-11-27T06:30:00Z"),
            start.transactionId(),
            org.evdepot.ocpp.v16.Reason.LOCAL,
            null));

    node.await("done");
    var meterValues = node.received("MeterValues");
    assertThat(meterValues.at("/meterValue/0/sampledValue")).hasSize(10);
    assertThat(meterValues.at("/meterValue/0/sampledValue/1/value").asText()).isEqualTo("148200.5");
    assertThat(meterValues.at("/meterValue/0/timestamp").asText())
        .isEqualTo("2026-11-27T06:02:00Z");
    assertThat(node.received("StopTransaction").path("reason").asText()).isEqualTo("Local");
    assertThat(node.responseTo("RemoteStartTransaction").path("status").asText())
        .isEqualTo("Accepted");
    assertThat(node.responseTo("GetConfiguration").at("/configurationKey/0/value").asText())
        .isEqualTo("300");
    assertThat(node.responseTo("GetConfiguration").at("/unknownKey/0").asText())
        .isEqualTo("NoSuchKey");
    assertThat(node.responseTo("ChangeConfiguration").path("status").asText())
        .isEqualTo("RebootRequired");
    assertThat(node.responseTo("SetChargingProfile").path("status").asText()).isEqualTo("Accepted");
    assertThat(node.responseTo("Reset").path("status").asText()).isEqualTo("Accepted");

    assertThat(received)
        .hasExactlyElementsOfTypes(
            org.evdepot.ocpp.v16.RemoteStartTransactionRequest.class,
            org.evdepot.ocpp.v16.RemoteStopTransactionRequest.class,
            org.evdepot.ocpp.v16.GetConfigurationRequest.class,
            org.evdepot.ocpp.v16.ChangeConfigurationRequest.class,
            org.evdepot.ocpp.v16.SetChargingProfileRequest.class,
            org.evdepot.ocpp.v16.ResetRequest.class);
    var remoteStart = (org.evdepot.ocpp.v16.RemoteStartTransactionRequest) received.get(0);
    assertThat(remoteStart.idTag()).isEqualTo("GOOD-TAG");
    assertThat(remoteStart.connectorId()).isEqualTo(1);
    assertThat(
            ((org.evdepot.ocpp.v16.RemoteStopTransactionRequest) received.get(1)).transactionId())
        .isEqualTo(501);
    assertThat(((org.evdepot.ocpp.v16.GetConfigurationRequest) received.get(2)).key())
        .containsExactly("HeartbeatInterval", "NoSuchKey");
    var change = (org.evdepot.ocpp.v16.ChangeConfigurationRequest) received.get(3);
    assertThat(change.key()).isEqualTo("HeartbeatInterval");
    assertThat(change.value()).isEqualTo("120");
    var profile = ((org.evdepot.ocpp.v16.SetChargingProfileRequest) received.get(4));
    assertThat(profile.connectorId()).isEqualTo(1);
    var schedule = profile.csChargingProfiles().chargingSchedule();
    assertThat(profile.csChargingProfiles().chargingProfilePurpose())
        .isEqualTo(org.evdepot.ocpp.v16.ChargingProfilePurposeType.TX_DEFAULT_PROFILE);
    assertThat(schedule.chargingRateUnit()).isEqualTo(org.evdepot.ocpp.v16.ChargingRateUnitType.W);
    assertThat(schedule.chargingSchedulePeriod().get(1).limit())
        .isEqualByComparingTo(new BigDecimal("75000.5"));
    assertThat(schedule.chargingSchedulePeriod().get(1).numberPhases()).isEqualTo(3);
    assertThat(((org.evdepot.ocpp.v16.ResetRequest) received.get(5)).type())
        .isEqualTo(org.evdepot.ocpp.v16.ResetType.SOFT);

    station.close();
    node.await("closed");
    assertThat(node.awaitExit()).as(node.diagnostics()).isZero();
    assertThat(node.events("strictValidationFailure")).isEmpty();
  }

  @Test
  void ocpp201_sdkStation_completesASessionWithAnOcppRpcCsms() throws Exception {
    node = NodeScript.start("csms.js", "ocpp2.0.1");
    Handlers handlers =
        Handlers.builder()
            .on(
                V201Actions.REQUEST_START_TRANSACTION,
                (req, ctx) ->
                    new org.evdepot.ocpp.v201.RequestStartTransactionResponse(
                        null,
                        org.evdepot.ocpp.v201.RequestStartStopStatusEnum.ACCEPTED,
                        null,
                        "tx-sdk-" + record(req).remoteStartId()))
            .on(
                V201Actions.REQUEST_STOP_TRANSACTION,
                (req, ctx) ->
                    new org.evdepot.ocpp.v201.RequestStopTransactionResponse(
                        null,
                        record(req) == null
                            ? null
                            : org.evdepot.ocpp.v201.RequestStartStopStatusEnum.ACCEPTED,
                        null))
            .on(
                V201Actions.GET_VARIABLES,
                (req, ctx) -> {
                  List<org.evdepot.ocpp.v201.GetVariableResult> results = new ArrayList<>();
                  for (var d : record(req).getVariableData()) {
                    boolean known = d.component().name().equals("OCPPCommCtrlr");
                    results.add(
                        org.evdepot.ocpp.v201.GetVariableResult.builder()
                            .attributeStatus(
                                known
                                    ? org.evdepot.ocpp.v201.GetVariableStatusEnum.ACCEPTED
                                    : org.evdepot.ocpp.v201.GetVariableStatusEnum.UNKNOWN_COMPONENT)
                            .attributeValue(known ? "300" : null)
                            .component(d.component())
                            .variable(d.variable())
                            .build());
                  }
                  return new org.evdepot.ocpp.v201.GetVariablesResponse(null, results);
                })
            .on(
                V201Actions.SET_VARIABLES,
                (req, ctx) -> {
                  var d = record(req).setVariableData().get(0);
                  return new org.evdepot.ocpp.v201.SetVariablesResponse(
                      null,
                      List.of(
                          new org.evdepot.ocpp.v201.SetVariableResult(
                              null,
                              null,
                              org.evdepot.ocpp.v201.SetVariableStatusEnum.ACCEPTED,
                              null,
                              d.component(),
                              d.variable())));
                })
            .on(
                V201Actions.SET_CHARGING_PROFILE,
                (req, ctx) ->
                    new org.evdepot.ocpp.v201.SetChargingProfileResponse(
                        null,
                        record(req) == null
                            ? null
                            : org.evdepot.ocpp.v201.ChargingProfileStatusEnum.ACCEPTED,
                        null))
            .on(
                V201Actions.RESET,
                (req, ctx) ->
                    new org.evdepot.ocpp.v201.ResetResponse(
                        null,
                        record(req) == null
                            ? null
                            : org.evdepot.ocpp.v201.ResetStatusEnum.SCHEDULED,
                        null))
            .build();
    connect(V201Actions.CATALOG, handlers);

    var boot =
        call(
            new org.evdepot.ocpp.v201.BootNotificationRequest(
                null,
                org.evdepot.ocpp.v201.ChargingStation.builder()
                    .model("Sim-150")
                    .vendorName("EVDepot")
                    .build(),
                org.evdepot.ocpp.v201.BootReasonEnum.POWER_UP));
    assertThat(boot.status()).isEqualTo(org.evdepot.ocpp.v201.RegistrationStatusEnum.ACCEPTED);
    call(
        new org.evdepot.ocpp.v201.StatusNotificationRequest(
            null,
            Instant.parse("2026-11-27T06:00:00Z"),
            org.evdepot.ocpp.v201.ConnectorStatusEnum.OCCUPIED,
            1,
            1));
    var idToken =
        org.evdepot.ocpp.v201.IdToken.builder()
            .idToken("GOOD-TAG")
            .type(org.evdepot.ocpp.v201.IdTokenEnum.ISO14443)
            .build();
    assertThat(
            call(new org.evdepot.ocpp.v201.AuthorizeRequest(null, idToken, null, null))
                .idTokenInfo()
                .status())
        .isEqualTo(org.evdepot.ocpp.v201.AuthorizationStatusEnum.ACCEPTED);
    var transaction =
        new org.evdepot.ocpp.v201.Transaction(
            null, "tx-sdk-1", org.evdepot.ocpp.v201.ChargingStateEnum.CHARGING, null, null, null);
    var started =
        call(
            org.evdepot.ocpp.v201.TransactionEventRequest.builder()
                .eventType(org.evdepot.ocpp.v201.TransactionEventEnum.STARTED)
                .timestamp(Instant.parse("2026-11-27T06:01:00Z"))
                .triggerReason(org.evdepot.ocpp.v201.TriggerReasonEnum.AUTHORIZED)
                .seqNo(0)
                .transactionInfo(transaction)
                .idToken(idToken)
                .evse(new org.evdepot.ocpp.v201.EVSE(null, 1, 1))
                .build());
    assertThat(started.idTokenInfo().status())
        .isEqualTo(org.evdepot.ocpp.v201.AuthorizationStatusEnum.ACCEPTED);
    List<org.evdepot.ocpp.v201.SampledValue> samples = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      samples.add(
          org.evdepot.ocpp.v201.SampledValue.builder()
              .value(new BigDecimal("2" + i + ".5"))
              .context(org.evdepot.ocpp.v201.ReadingContextEnum.SAMPLE_PERIODIC)
              .measurand(
                  i == 0
                      ? org.evdepot.ocpp.v201.MeasurandEnum.ENERGY_ACTIVE_IMPORT_REGISTER
                      : org.evdepot.ocpp.v201.MeasurandEnum.CURRENT_IMPORT)
              .phase(i == 0 ? null : org.evdepot.ocpp.v201.PhaseEnum.values()[i % 3])
              .unitOfMeasure(new org.evdepot.ocpp.v201.UnitOfMeasure(null, i == 0 ? "Wh" : "A", 0))
              .build());
    }
    var meterValue =
        new org.evdepot.ocpp.v201.MeterValue(null, samples, Instant.parse("2026-11-27T06:02:00Z"));
    call(
        org.evdepot.ocpp.v201.TransactionEventRequest.builder()
            .eventType(org.evdepot.ocpp.v201.TransactionEventEnum.UPDATED)
            .timestamp(Instant.parse("2026-11-27T06:02:00Z"))
            .triggerReason(org.evdepot.ocpp.v201.TriggerReasonEnum.METER_VALUE_PERIODIC)
            .seqNo(1)
            .transactionInfo(transaction)
            .meterValue(List.of(meterValue))
            .build());
    call(new org.evdepot.ocpp.v201.MeterValuesRequest(null, 1, List.of(meterValue)));
    call(
        org.evdepot.ocpp.v201.TransactionEventRequest.builder()
            .eventType(org.evdepot.ocpp.v201.TransactionEventEnum.ENDED)
            .timestamp(Instant.parse("2026-11-27T06:30:00Z"))
            .triggerReason(org.evdepot.ocpp.v201.TriggerReasonEnum.STOP_AUTHORIZED)
            .seqNo(2)
            .transactionInfo(
                new org.evdepot.ocpp.v201.Transaction(
                    null,
                    "tx-sdk-1",
                    org.evdepot.ocpp.v201.ChargingStateEnum.IDLE,
                    1740,
                    org.evdepot.ocpp.v201.ReasonEnum.LOCAL,
                    null))
            .build());

    node.await("done");
    var updated = node.events("received").get(4).path("params");
    assertThat(updated.path("eventType").asText()).isEqualTo("Updated");
    assertThat(updated.at("/meterValue/0/sampledValue")).hasSize(10);
    assertThat(updated.at("/meterValue/0/sampledValue/3/value").decimalValue())
        .isEqualByComparingTo("23.5");
    assertThat(node.received("MeterValues").path("evseId").asInt()).isEqualTo(1);
    assertThat(node.responseTo("RequestStartTransaction").path("transactionId").asText())
        .isEqualTo("tx-sdk-42");
    assertThat(node.responseTo("GetVariables").at("/getVariableResult/1/attributeStatus").asText())
        .isEqualTo("UnknownComponent");
    assertThat(node.responseTo("SetVariables").at("/setVariableResult/0/attributeStatus").asText())
        .isEqualTo("Accepted");
    assertThat(node.responseTo("SetChargingProfile").path("status").asText()).isEqualTo("Accepted");
    assertThat(node.responseTo("Reset").path("status").asText()).isEqualTo("Scheduled");

    assertThat(received)
        .hasExactlyElementsOfTypes(
            org.evdepot.ocpp.v201.RequestStartTransactionRequest.class,
            org.evdepot.ocpp.v201.RequestStopTransactionRequest.class,
            org.evdepot.ocpp.v201.GetVariablesRequest.class,
            org.evdepot.ocpp.v201.SetVariablesRequest.class,
            org.evdepot.ocpp.v201.SetChargingProfileRequest.class,
            org.evdepot.ocpp.v201.ResetRequest.class);
    var remoteStart = (org.evdepot.ocpp.v201.RequestStartTransactionRequest) received.get(0);
    assertThat(remoteStart.remoteStartId()).isEqualTo(42);
    assertThat(remoteStart.idToken().type()).isEqualTo(org.evdepot.ocpp.v201.IdTokenEnum.ISO14443);
    assertThat(
            ((org.evdepot.ocpp.v201.RequestStopTransactionRequest) received.get(1)).transactionId())
        .isEqualTo("tx-sdk-1");
    assertThat(
            ((org.evdepot.ocpp.v201.SetVariablesRequest) received.get(3))
                .setVariableData()
                .get(0)
                .attributeValue())
        .isEqualTo("120");
    var profile = ((org.evdepot.ocpp.v201.SetChargingProfileRequest) received.get(4));
    assertThat(profile.evseId()).isEqualTo(1);
    var period =
        profile.chargingProfile().chargingSchedule().get(0).chargingSchedulePeriod().get(1);
    assertThat(period.limit()).isEqualByComparingTo(new BigDecimal("75000.5"));
    assertThat(period.numberPhases()).isEqualTo(3);
    assertThat(((org.evdepot.ocpp.v201.ResetRequest) received.get(5)).type())
        .isEqualTo(org.evdepot.ocpp.v201.ResetEnum.IMMEDIATE);

    station.close();
    node.await("closed");
    assertThat(node.awaitExit()).as(node.diagnostics()).isZero();
    assertThat(node.events("strictValidationFailure")).isEmpty();
  }
}
