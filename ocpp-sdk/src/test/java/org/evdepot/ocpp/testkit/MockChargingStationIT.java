package org.evdepot.ocpp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.csms.OcppCsmsServer;
import org.evdepot.ocpp.internal.testkit.PayloadSynthesizer;
import org.evdepot.ocpp.rpc.CallErrorException;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.rpc.RpcErrorCode;
import org.evdepot.ocpp.testing.Poll;
import org.evdepot.ocpp.testing.Ports;
import org.evdepot.ocpp.v16.ConfigurationStatus;
import org.evdepot.ocpp.v16.GetConfigurationResponse;
import org.evdepot.ocpp.v16.KeyValue;
import org.evdepot.ocpp.v16.RemoteStartStopStatus;
import org.evdepot.ocpp.v16.RemoteStartTransactionRequest;
import org.evdepot.ocpp.v16.RemoteStartTransactionResponse;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.Component;
import org.evdepot.ocpp.v201.GetVariableData;
import org.evdepot.ocpp.v201.GetVariableStatusEnum;
import org.evdepot.ocpp.v201.GetVariablesRequest;
import org.evdepot.ocpp.v201.SetVariableData;
import org.evdepot.ocpp.v201.SetVariablesRequest;
import org.evdepot.ocpp.v201.Variable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The mock charging station against the SDK's own CSMS server over loopback WebSockets. */
class MockChargingStationIT {
  private static final Duration T = Duration.ofSeconds(10);
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private final int port = Ports.free();

  @AfterEach
  void tearDown() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  private OcppCsmsServer server() {
    OcppCsmsServer server =
        OcppCsmsServer.builder()
            .port(port)
            .basePath("/ocpp")
            .version(V16Actions.CATALOG, Handlers.none())
            .version(org.evdepot.ocpp.v201.V201Actions.CATALOG, Handlers.none())
            .build();
    server.start();
    toClose.add(server);
    return server;
  }

  private MockChargingStation station(String id, OcppVersion version) {
    MockChargingStation s =
        MockChargingStation.builder()
            .serverUri(java.net.URI.create("ws://127.0.0.1:" + port + "/ocpp"))
            .chargePointId(id)
            .version(version)
            .configuration("HeartbeatInterval", "300")
            .build();
    toClose.add(s);
    return s.connect(T);
  }

  private static OcppSession session(OcppCsmsServer server, String id) {
    Poll.until(T, id + " connected", () -> server.session(id).isPresent());
    return server.session(id).orElseThrow();
  }

  private static <R extends OcppResponse> R await(OcppSession s, OcppRequest<R> r)
      throws Exception {
    return s.call(r).toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void everyCsmsInitiatedAction_ofBothVersions_isAnsweredWithAValidResponseAndRecorded()
      throws Exception {
    OcppCsmsServer server = server();
    PayloadSynthesizer synth = new PayloadSynthesizer(java.time.Clock.systemUTC());
    for (OcppVersion version : OcppVersion.values()) {
      String id = "ALL-" + version.name();
      MockChargingStation cp = station(id, version);
      OcppSession session = session(server, id);
      int answered = 0;
      for (ActionType<?, ?> action : version.catalog().all()) {
        if (!action.initiator().csmsMaySend()) {
          continue;
        }
        OcppRequest<?> request = (OcppRequest<?>) synth.synthesize(action.requestType());
        // The CSMS's strict RPC layer validates the CALLRESULT against the schema.
        assertThat(await(session, request)).isInstanceOf(action.responseType());
        assertThat(cp.takeCall(T).action()).isEqualTo(action);
        answered++;
      }
      assertThat(answered).isGreaterThan(version == OcppVersion.V16 ? 15 : 30);
      assertThat(cp.violations()).isEmpty();
    }
  }

  @Test
  void v16_configuration_isReadAndChangedByTheCsms() throws Exception {
    OcppCsmsServer server = server();
    station("CP-CFG", OcppVersion.V16);
    OcppSession s = session(server, "CP-CFG");
    GetConfigurationResponse all = await(s, new org.evdepot.ocpp.v16.GetConfigurationRequest(null));
    assertThat(all.configurationKey())
        .containsExactly(new KeyValue("HeartbeatInterval", false, "300"));
    assertThat(
            await(
                    s,
                    new org.evdepot.ocpp.v16.ChangeConfigurationRequest(
                        "MeterValueSampleInterval", "15"))
                .status())
        .isEqualTo(ConfigurationStatus.ACCEPTED);
    GetConfigurationResponse some =
        await(
            s,
            new org.evdepot.ocpp.v16.GetConfigurationRequest(
                List.of("MeterValueSampleInterval", "Nope")));
    assertThat(some.configurationKey()).extracting(KeyValue::value).containsExactly("15");
    assertThat(some.unknownKey()).containsExactly("Nope");
  }

  @Test
  void v201_variables_areSetAndReadBack() throws Exception {
    OcppCsmsServer server = server();
    MockChargingStation cp = station("CP-VAR", OcppVersion.V201);
    OcppSession s = session(server, "CP-VAR");
    Component ctrl = new Component(null, null, "OCPPCommCtrlr", null);
    Variable attempts = new Variable(null, "MessageAttempts", null);
    await(
        s,
        new SetVariablesRequest(
            null, List.of(new SetVariableData(null, null, "5", ctrl, attempts))));
    var got =
        await(
            s,
            new GetVariablesRequest(
                null,
                List.of(
                    new GetVariableData(null, null, ctrl, attempts),
                    new GetVariableData(null, null, ctrl, new Variable(null, "Nope", null)))));
    assertThat(got.getVariableResult().get(0).attributeValue()).isEqualTo("5");
    assertThat(got.getVariableResult().get(1).attributeStatus())
        .isEqualTo(GetVariableStatusEnum.UNKNOWN_VARIABLE);
    assertThat(cp.configuration()).containsEntry("OCPPCommCtrlr/MessageAttempts", "5");
  }

  @Test
  void scripted_answerAndError_thenTheDefault() throws Exception {
    OcppCsmsServer server = server();
    MockChargingStation cp = station("CP-SCR", OcppVersion.V16);
    cp.enqueue(
        V16Actions.REMOTE_START_TRANSACTION,
        new RemoteStartTransactionResponse(RemoteStartStopStatus.REJECTED));
    cp.enqueueError(V16Actions.REMOTE_START_TRANSACTION, RpcErrorCode.NOT_SUPPORTED, "busy");
    OcppSession s = session(server, "CP-SCR");
    RemoteStartTransactionRequest req = new RemoteStartTransactionRequest(1, "TAG", null);
    assertThat(await(s, req).status()).isEqualTo(RemoteStartStopStatus.REJECTED);
    assertThatThrownBy(() -> await(s, req))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(CallErrorException.class);
    assertThat(await(s, req).status()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
    RecordedCall<RemoteStartTransactionRequest> first =
        cp.takeCall(V16Actions.REMOTE_START_TRANSACTION, T);
    assertThat(first.request().idTag()).isEqualTo("TAG");
    assertThat(cp.takeFrame(T).action()).isEqualTo("RemoteStartTransaction");
  }

  @Test
  void takeCall_withNothingArriving_failsAtTheDeadline() {
    server();
    MockChargingStation cp = station("CP-IDLE", OcppVersion.V16);
    assertThatThrownBy(() -> cp.takeCall(V16Actions.RESET, Duration.ofMillis(100)))
        .isInstanceOf(MockTimeoutException.class)
        .hasMessageContaining("Reset");
  }
}
