package org.evdepot.ocpp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.rpc.CallErrorException;
import org.evdepot.ocpp.rpc.FrameDirection;
import org.evdepot.ocpp.rpc.FrameEvent;
import org.evdepot.ocpp.rpc.RpcErrorCode;
import org.evdepot.ocpp.testing.Msgs;
import org.evdepot.ocpp.testing.Ports;
import org.evdepot.ocpp.v16.BootNotificationResponse;
import org.evdepot.ocpp.v16.RegistrationStatus;
import org.evdepot.ocpp.v16.StartTransactionResponse;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.TransactionEventEnum;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The mock CSMS over real WebSockets on loopback, driven by {@link MockChargingStation}s. */
class MockCsmsIT {
  private static final Duration T = Duration.ofSeconds(10);
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void tearDown() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  private MockCsms csms(OcppVersion version) {
    MockCsms csms = MockCsms.builder().version(version).heartbeatInterval(120).build().start();
    toClose.add(csms);
    return csms;
  }

  private MockChargingStation station(MockCsms csms, String id, OcppVersion version) {
    MockChargingStation s =
        MockChargingStation.builder()
            .serverUri(csms.uri())
            .chargePointId(id)
            .version(version)
            .build();
    toClose.add(s);
    return s.connect(T);
  }

  @Test
  void unscripted_v16_bootHeartbeatAndTransaction_areAnsweredAndRecordedWithoutViolations() {
    MockCsms csms = csms(OcppVersion.V16);
    MockChargingStation cp = station(csms, "CP-16", OcppVersion.V16);

    BootNotificationResponse boot = (BootNotificationResponse) cp.bootNotification(T);
    assertThat(boot.status()).isEqualTo(RegistrationStatus.ACCEPTED);
    assertThat(boot.interval()).isEqualTo(120);
    assertThat(cp.callAndWait(new org.evdepot.ocpp.v16.HeartbeatRequest(), T).currentTime())
        .isNotNull();
    StartTransactionResponse started = cp.callAndWait(Msgs.start(1, 0), T);
    StartTransactionResponse second = cp.callAndWait(Msgs.start(2, 0), T);
    assertThat(second.transactionId()).isNotEqualTo(started.transactionId());
    cp.callAndWait(Msgs.meter(1, started.transactionId(), 500), T);
    cp.callAndWait(Msgs.stop(started.transactionId(), 1000), T);

    assertThat(csms.takeCall(V16Actions.BOOT_NOTIFICATION, T).request().chargePointVendor())
        .isEqualTo("mock");
    RecordedCall<org.evdepot.ocpp.v16.StopTransactionRequest> stop =
        csms.takeCall(V16Actions.STOP_TRANSACTION, T);
    assertThat(stop.chargePointId()).isEqualTo("CP-16");
    assertThat(stop.request().transactionId()).isEqualTo(started.transactionId());
    FrameEvent first = csms.takeFrame(T);
    assertThat(first.direction()).isEqualTo(FrameDirection.IN);
    assertThat(first.action()).isEqualTo("BootNotification");
    assertThat(csms.isAccepted("CP-16")).isTrue();
    assertThat(csms.violations()).isEmpty();
  }

  @Test
  void everyStationInitiatedAction_ofBothVersions_isAnsweredWithAValidResponse() {
    for (OcppVersion version : OcppVersion.values()) {
      MockCsms csms = csms(version);
      MockChargingStation cp = station(csms, "ALL-" + version.name(), version);
      cp.bootNotification(T);
      int answered = 0;
      for (ActionType<?, ?> action : version.catalog().all()) {
        if (!action.initiator().chargingStationMaySend()) {
          continue;
        }
        OcppRequest<?> request = (OcppRequest<?>) cp.defaultRequest(cast(action));
        // The strict RPC layer of the station validates every CALLRESULT it receives.
        assertThat(cp.callAndWait(request, T)).isInstanceOf(action.responseType());
        answered++;
      }
      assertThat(answered).isGreaterThan(version == OcppVersion.V16 ? 9 : 20);
      assertThat(csms.violations())
          .extracting(RuleViolation::rule)
          .doesNotContain(RuleViolation.INVALID_CALL, RuleViolation.MESSAGE_BEFORE_BOOT_ACCEPTED);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ActionType cast(ActionType<?, ?> a) {
    return a;
  }

  @Test
  void scripted_answersAreUsedOnceInOrder_thenTheDefaultOrTheStandingHandler() {
    MockCsms csms = csms(OcppVersion.V16);
    MockChargingStation cp = station(csms, "CP-S", OcppVersion.V16);
    csms.enqueue(
        V16Actions.BOOT_NOTIFICATION,
        new BootNotificationResponse(RegistrationStatus.REJECTED, Instant.now(), 0));
    csms.enqueueError(V16Actions.BOOT_NOTIFICATION, RpcErrorCode.INTERNAL_ERROR, "db down");

    assertThat(((BootNotificationResponse) cp.bootNotification(T)).status())
        .isEqualTo(RegistrationStatus.REJECTED);
    assertThatThrownBy(() -> cp.bootNotification(T))
        .isInstanceOf(CallErrorException.class)
        .satisfies(
            e ->
                assertThat(((CallErrorException) e).code()).isEqualTo(RpcErrorCode.INTERNAL_ERROR));
    assertThat(((BootNotificationResponse) cp.bootNotification(T)).status())
        .isEqualTo(RegistrationStatus.ACCEPTED);

    csms.respond(
        V16Actions.START_TRANSACTION,
        (req, ctx) ->
            new StartTransactionResponse(
                new org.evdepot.ocpp.v16.IdTagInfo(
                    null, null, org.evdepot.ocpp.v16.AuthorizationStatus.BLOCKED),
                4711 + req.connectorId()));
    assertThat(cp.callAndWait(Msgs.start(1, 0), T).transactionId()).isEqualTo(4712);
    assertThat(cp.callAndWait(Msgs.start(2, 0), T).transactionId()).isEqualTo(4713);
    // Scripted CALLERRORs are not violations of the station.
    assertThat(csms.violations()).isEmpty();
  }

  @Test
  void v16_messagesBeforeBootAndStopsOfUnknownOrStoppedTransactions_areRecordedAsViolations() {
    MockCsms csms = csms(OcppVersion.V16);
    MockChargingStation cp = station(csms, "CP-BAD", OcppVersion.V16);

    cp.callAndWait(new org.evdepot.ocpp.v16.HeartbeatRequest(), T);
    RuleViolation early = csms.awaitViolation(RuleViolation.MESSAGE_BEFORE_BOOT_ACCEPTED, T);
    assertThat(early.action()).isEqualTo("Heartbeat");
    assertThat(early.chargePointId()).isEqualTo("CP-BAD");

    cp.bootNotification(T);
    cp.callAndWait(Msgs.stop(999, 10), T);
    assertThat(csms.awaitViolation(RuleViolation.UNKNOWN_TRANSACTION, T).description())
        .contains("999");
    int tx = cp.callAndWait(Msgs.start(1, 0), T).transactionId();
    cp.callAndWait(Msgs.stop(tx, 10), T);
    cp.callAndWait(Msgs.meter(1, tx, 20), T);
    assertThat(csms.awaitViolation(RuleViolation.TRANSACTION_ALREADY_STOPPED, T).action())
        .isEqualTo("MeterValues");
    assertThat(csms.violations()).hasSize(3);
  }

  @Test
  void v201_transactionEventsOutOfOrder_areRecordedAsViolations() {
    MockCsms csms = csms(OcppVersion.V201);
    MockChargingStation cp = station(csms, "CP-201", OcppVersion.V201);
    cp.bootNotification(T);
    cp.callAndWait(Msgs.event(TransactionEventEnum.STARTED, "tx-1", 0), T);
    cp.callAndWait(Msgs.event(TransactionEventEnum.UPDATED, "tx-1", 1), T);
    assertThat(csms.violations()).isEmpty();

    cp.callAndWait(Msgs.event(TransactionEventEnum.UPDATED, "tx-1", 1), T);
    assertThat(csms.awaitViolation(RuleViolation.SEQ_NO_NOT_INCREASING, T).description())
        .contains("seqNo 1");
    cp.callAndWait(Msgs.event(TransactionEventEnum.UPDATED, "tx-unknown", 5), T);
    csms.awaitViolation(RuleViolation.TRANSACTION_NOT_STARTED, T);
    cp.callAndWait(Msgs.event(TransactionEventEnum.ENDED, "tx-1", 2), T);
    cp.callAndWait(Msgs.event(TransactionEventEnum.UPDATED, "tx-1", 3), T);
    csms.awaitViolation(RuleViolation.EVENT_AFTER_ENDED, T);
    cp.callAndWait(Msgs.event(TransactionEventEnum.STARTED, "tx-1", 4), T);
    csms.awaitViolation(RuleViolation.TRANSACTION_ALREADY_STARTED, T);
  }

  @Test
  void triggerMessage_allowsTheRequestedMessageWhilePending() throws Exception {
    MockCsms csms = csms(OcppVersion.V16);
    MockChargingStation cp = station(csms, "CP-P", OcppVersion.V16);
    csms.enqueue(
        V16Actions.BOOT_NOTIFICATION,
        new BootNotificationResponse(RegistrationStatus.PENDING, Instant.now(), 60));
    cp.bootNotification(T);
    csms.call(
            "CP-P",
            new org.evdepot.ocpp.v16.TriggerMessageRequest(
                org.evdepot.ocpp.v16.MessageTrigger.STATUS_NOTIFICATION, 0))
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
    cp.callAndWait(cp.defaultRequest(V16Actions.STATUS_NOTIFICATION), T);
    assertThat(csms.violations()).isEmpty();
    cp.callAndWait(cp.defaultRequest(V16Actions.STATUS_NOTIFICATION), T);
    assertThat(csms.awaitViolation(RuleViolation.MESSAGE_BEFORE_BOOT_ACCEPTED, T).action())
        .isEqualTo("StatusNotification");
  }

  @Test
  void unansweredCall_makesTheStationTimeOut() {
    MockCsms csms = csms(OcppVersion.V16);
    MockChargingStation cp =
        MockChargingStation.builder()
            .serverUri(csms.uri())
            .chargePointId("CP-T")
            .callTimeout(Duration.ofMillis(300))
            .build();
    toClose.add(cp);
    cp.connect(T);
    csms.enqueueNoAnswer(V16Actions.BOOT_NOTIFICATION);
    assertThatThrownBy(() -> cp.bootNotification(T))
        .isInstanceOf(org.evdepot.ocpp.rpc.CallTimeoutException.class);
    assertThat(csms.takeCall(V16Actions.BOOT_NOTIFICATION, T)).isNotNull();
  }

  @Test
  void commandLine_servesWsHostPortChargePointId_forTheGivenVersion() throws Exception {
    int port = Ports.free();
    String javaBin =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p =
        new ProcessBuilder(
                javaBin,
                "-cp",
                System.getProperty("java.class.path"),
                MockCsms.class.getName(),
                "--port",
                Integer.toString(port),
                "--version",
                "2.0.1")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String banner =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30), () -> readLineContaining(out, "MockCsms listening"));
      assertThat(banner).contains("ws://127.0.0.1:" + port).contains("ocpp2.0.1");
      MockChargingStation cp =
          MockChargingStation.builder()
              .serverUri(URI.create("ws://127.0.0.1:" + port))
              .chargePointId("CLI-1")
              .version(OcppVersion.V201)
              .build();
      toClose.add(cp);
      cp.connect(T);
      org.evdepot.ocpp.v201.BootNotificationResponse boot =
          (org.evdepot.ocpp.v201.BootNotificationResponse) cp.bootNotification(T);
      assertThat(boot.status().wireValue()).isEqualTo("Accepted");
      assertThat(
              assertTimeoutPreemptively(
                  Duration.ofSeconds(30), () -> readLineContaining(out, "\"BootNotification\"")))
          .contains("CLI-1");
    } finally {
      p.destroy();
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static String readLineContaining(BufferedReader r, String text) throws Exception {
    String line;
    while ((line = r.readLine()) != null) {
      if (line.contains(text)) {
        return line;
      }
    }
    throw new AssertionError("process output ended without '" + text + "'");
  }

  @Test
  void violationsAreNotThrown_theAnswerIsStillSent() {
    MockCsms csms = csms(OcppVersion.V16);
    MockChargingStation cp = station(csms, "CP-X", OcppVersion.V16);
    assertThat(cp.callAndWait(Msgs.stop(5, 1), T)).isNotNull();
    assertThatThrownBy(() -> csms.awaitViolation("NoSuchRule", Duration.ofMillis(50)))
        .isInstanceOf(MockTimeoutException.class);
    assertThat(csms.violations())
        .extracting(RuleViolation::rule)
        .containsExactly(
            RuleViolation.MESSAGE_BEFORE_BOOT_ACCEPTED, RuleViolation.UNKNOWN_TRANSACTION);
  }
}
