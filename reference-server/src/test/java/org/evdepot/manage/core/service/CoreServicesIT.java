package org.evdepot.manage.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.evdepot.manage.connect.CoreLink;
import org.evdepot.manage.connect.DataTransferResult;
import org.evdepot.manage.core.event.DomainEvent;
import org.evdepot.manage.core.event.EventBus;
import org.evdepot.manage.core.event.EventType;
import org.evdepot.manage.core.event.IdempotentConsumer;
import org.evdepot.manage.core.event.OutboxRelay;
import org.evdepot.manage.core.model.ConnectionState;
import org.evdepot.manage.core.model.IdTokenStatus;
import org.evdepot.manage.core.model.IdTokenType;
import org.evdepot.manage.core.model.MeterValue;
import org.evdepot.manage.core.model.RegistrationStatus;
import org.evdepot.manage.core.model.Transaction;
import org.evdepot.manage.core.model.TransactionState;
import org.evdepot.manage.testing.TestDatabase;
import org.evdepot.manage.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The core services through {@link CoreLink}, as the OCPP handlers will call them. */
class CoreServicesIT {

  private static TestServer server;
  private static CoreLink core;
  private static CorePolicy policy;
  private static TransactionService transactions;
  private static ChargerService chargers;
  private static OutboxRelay relay;

  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  private AutoCloseable subscription;
  private final Instant t0 = Instant.parse("2026-03-01T08:00:00Z");

  @BeforeAll
  static void startServer() {
    server = TestServer.start(CoreServicesIT.class, Map.of());
    core = server.bean(CoreLink.class);
    policy = server.bean(CorePolicy.class);
    transactions = server.bean(TransactionService.class);
    chargers = server.bean(ChargerService.class);
    relay = server.bean(OutboxRelay.class);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void subscribe() {
    policy.setUnknownCharger(CorePolicy.UnknownCharger.AUTO_REGISTER);
    policy.setUnknownToken(CorePolicy.UnknownToken.ACCEPT_AND_RECORD);
    relay.drain();
    subscription =
        server.bean(EventBus.class).subscribe(new IdempotentConsumer(events::add, 10_000));
  }

  @AfterEach
  void unsubscribe() throws Exception {
    subscription.close();
  }

  private static BootRequest boot(String id) {
    return new BootRequest(id, "1.6", "ACME", "DC150", "SN-" + id, "1.0.0", null);
  }

  private List<EventType> eventTypesFor(String chargerId) {
    relay.drain();
    return events.stream()
        .filter(e -> chargerId.equals(e.chargerId()))
        .map(DomainEvent::type)
        .toList();
  }

  @Test
  void boot_unknownCharger_autoRegisterPolicy_isAcceptedAndRecorded() {
    BootResult result = core.boot(boot("AUTO-1"));

    assertThat(result.status()).isEqualTo(RegistrationStatus.ACCEPTED);
    assertThat(result.intervalSeconds()).isEqualTo(300);
    assertThat(chargers.get("AUTO-1").autoRegistered()).isTrue();
    assertThat(chargers.get("AUTO-1").model()).isEqualTo("DC150");
    assertThat(eventTypesFor("AUTO-1")).containsExactly(EventType.CHARGER_BOOTED);
  }

  @Test
  void boot_unknownCharger_pendingPolicy_isPendingUntilAnOperatorAccepts() {
    policy.setUnknownCharger(CorePolicy.UnknownCharger.PENDING);

    assertThat(core.boot(boot("PEND-1")).status()).isEqualTo(RegistrationStatus.PENDING);
    assertThat(core.boot(boot("PEND-1")).status()).isEqualTo(RegistrationStatus.PENDING);
    chargers.update(
        "PEND-1", new ChargerInput(null, RegistrationStatus.ACCEPTED, null, null, null));

    assertThat(core.boot(boot("PEND-1")).status()).isEqualTo(RegistrationStatus.ACCEPTED);
  }

  @Test
  void boot_unknownCharger_rejectPolicy_isRejectedButRecordedForTheOperator() {
    policy.setUnknownCharger(CorePolicy.UnknownCharger.REJECT);

    assertThat(core.boot(boot("REJ-1")).status()).isEqualTo(RegistrationStatus.REJECTED);
    assertThat(chargers.get("REJ-1").registrationStatus()).isEqualTo(RegistrationStatus.REJECTED);
  }

  @Test
  void boot_knownCharger_keepsItsStatusWhateverThePolicy() {
    chargers.create(
        "KNOWN-1", new ChargerInput(null, RegistrationStatus.ACCEPTED, null, null, null));
    policy.setUnknownCharger(CorePolicy.UnknownCharger.REJECT);

    assertThat(core.boot(boot("KNOWN-1")).status()).isEqualTo(RegistrationStatus.ACCEPTED);
  }

  @Test
  void reconnect_lateCloseOfTheOldSession_doesNotDisconnectTheNewOne() {
    core.onConnected("RECON-1", "2.0.1", "session-a");
    core.onConnected("RECON-1", "2.0.1", "session-b");
    core.onDisconnected("RECON-1", "session-a");

    assertThat(chargers.get("RECON-1").connectionState()).isEqualTo(ConnectionState.CONNECTED);
    core.onDisconnected("RECON-1", "session-b");
    assertThat(chargers.get("RECON-1").connectionState()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(eventTypesFor("RECON-1"))
        .containsExactly(
            EventType.CHARGER_CONNECTED,
            EventType.CHARGER_CONNECTED,
            EventType.CHARGER_DISCONNECTED);
  }

  @Test
  void statusNotification_olderStatusArrivingLate_isHistoryButNotLiveStatus() {
    core.boot(boot("STAT-1"));
    core.statusNotification(
        new StatusReport("STAT-1", 1, 1, "Charging", "NoError", null, null, t0.plusSeconds(60)));
    core.statusNotification(
        new StatusReport("STAT-1", 1, 1, "Preparing", "NoError", null, null, t0));

    assertThat(chargers.connectors("STAT-1"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.status()).isEqualTo("Charging");
              assertThat(c.statusTime()).isEqualTo(t0.plusSeconds(60));
            });
    assertThat(eventTypesFor("STAT-1"))
        .containsExactly(EventType.CHARGER_BOOTED, EventType.CONNECTOR_STATUS_CHANGED);
  }

  @Test
  void authorize_storedTokens_answerTheirStatusAndExpiry() {
    IdTokenService tokens = server.bean(IdTokenService.class);
    tokens.save(
        "BLOCKED-1", new IdTokenInput(IdTokenType.RFID, IdTokenStatus.BLOCKED, null, null), true);
    tokens.save(
        "OLD-1",
        new IdTokenInput(
            IdTokenType.RFID, IdTokenStatus.ACCEPTED, Instant.parse("2020-01-01T00:00:00Z"), null),
        true);
    tokens.save("GOOD-1", new IdTokenInput(IdTokenType.APP, null, null, "FLEET"), true);

    assertThat(core.authorize("C", "BLOCKED-1", null).status()).isEqualTo(IdTokenStatus.BLOCKED);
    assertThat(core.authorize("C", "OLD-1", null).status()).isEqualTo(IdTokenStatus.EXPIRED);
    assertThat(core.authorize("C", "GOOD-1", null))
        .isEqualTo(new AuthorizationResult(IdTokenStatus.ACCEPTED, null, "FLEET"));
  }

  @Test
  void authorize_unknownToken_isRecordedOrRejectedPerPolicy() {
    IdTokenService tokens = server.bean(IdTokenService.class);

    assertThat(core.authorize("C", "NEW-TAG-1", "ISO14443").status())
        .isEqualTo(IdTokenStatus.ACCEPTED);
    assertThat(tokens.get("NEW-TAG-1").autoRecorded()).isTrue();

    policy.setUnknownToken(CorePolicy.UnknownToken.REJECT);
    assertThat(core.authorize("C", "NEW-TAG-2", null).status()).isEqualTo(IdTokenStatus.INVALID);
    assertThat(tokens.list()).noneMatch(t -> t.token().equals("NEW-TAG-2"));
  }

  @Test
  void startTransaction_repeatedWithTheSameFields_returnsTheSameTransaction() {
    core.boot(boot("TX16-1"));
    var start = new StartTransactionRequest("TX16-1", 1, "TAG-16", 1000, t0, null);

    StartTransactionResult first = core.startTransaction(start);
    StartTransactionResult again = core.startTransaction(start);
    StartTransactionResult other =
        core.startTransaction(
            new StartTransactionRequest("TX16-1", 1, "TAG-16", 1000, t0.plusSeconds(1), null));

    assertThat(first.duplicate()).isFalse();
    assertThat(again.duplicate()).isTrue();
    assertThat(again.transactionId()).isEqualTo(first.transactionId());
    assertThat(other.transactionId()).isNotEqualTo(first.transactionId());
    assertThat(eventTypesFor("TX16-1"))
        .containsExactly(
            EventType.CHARGER_BOOTED, EventType.TRANSACTION_STARTED, EventType.TRANSACTION_STARTED);
  }

  @Test
  void stopTransaction16_withAMeterBelowItsStart_isStoredAndFlagged() {
    core.boot(boot("TX16-BACK"));
    int id =
        core.startTransaction(new StartTransactionRequest("TX16-BACK", 1, "TAG-A", 5000, t0, null))
            .transactionId();
    StopTransactionResult stop =
        core.stopTransaction(
            new StopTransactionRequest(
                "TX16-BACK", id, "TAG-A", 4000, t0.plusSeconds(600), "Local", List.of()));
    assertThat(stop.outcome()).isEqualTo(StopTransactionResult.Outcome.STOPPED);
    assertThat(transactions.find16("TX16-BACK", id).orElseThrow().meterStopWh())
        .isEqualByComparingTo("4000");
    assertThat(transactions.stopAnomalies("TX16-BACK", TransactionService.METER_BELOW_START))
        .isEqualTo(1);
  }

  @Test
  void meterValues16_forAnUnknownTransaction_areKeptAndFlagged() {
    core.boot(boot("TX16-ORPHAN"));
    MeterValuesResult mv =
        core.meterValues(
            new MeterValuesRequest(
                "TX16-ORPHAN",
                1,
                424242,
                List.of(
                    MeterSample.energyWh(t0.plusSeconds(60), 6000),
                    MeterSample.energyWh(t0.plusSeconds(120), 6500))));
    assertThat(mv).isEqualTo(new MeterValuesResult(2, 2));
    MeterValuesResult unnamed =
        core.meterValues(
            new MeterValuesRequest(
                "TX16-ORPHAN", 1, null, List.of(MeterSample.energyWh(t0.plusSeconds(60), 6000))));
    assertThat(unnamed).isEqualTo(new MeterValuesResult(1, 0));
  }

  @Test
  void fullTransaction16_withMeterValues_isStoredWithEnergyAndFlags() {
    core.boot(boot("TX16-2"));
    int id =
        core.startTransaction(new StartTransactionRequest("TX16-2", 1, "TAG-A", 5000, t0, null))
            .transactionId();
    MeterValuesResult mv =
        core.meterValues(
            new MeterValuesRequest(
                "TX16-2",
                1,
                id,
                List.of(
                    MeterSample.energyWh(t0.plusSeconds(60), 6000),
                    new MeterSample(
                        t0.plusSeconds(60),
                        "SoC",
                        null,
                        "EV",
                        new BigDecimal("41"),
                        "Percent",
                        null),
                    MeterSample.energyWh(t0.plusSeconds(120), 5500), // backwards
                    MeterSample.energyWh(t0.minusSeconds(60), 4000)))); // before the start
    StopTransactionResult stop =
        core.stopTransaction(
            new StopTransactionRequest(
                "TX16-2",
                id,
                "TAG-A",
                9000,
                t0.plusSeconds(600),
                "EVDisconnected",
                List.of(MeterSample.energyWh(t0.plusSeconds(900), 9100)))); // after the stop

    assertThat(mv).isEqualTo(new MeterValuesResult(4, 2));
    assertThat(stop.outcome()).isEqualTo(StopTransactionResult.Outcome.STOPPED);
    Transaction tx = transactions.find16("TX16-2", id).orElseThrow();
    assertThat(tx.state()).isEqualTo(TransactionState.ENDED);
    assertThat(tx.meterStopWh()).isEqualByComparingTo("9000");
    assertThat(tx.stopReason()).isEqualTo("EVDisconnected");
    assertThat(tx.lastSocPercent()).isEqualByComparingTo("41");
    List<MeterValue> values = transactions.meterValues(tx.id());
    assertThat(values).hasSize(5);
    assertThat(values.stream().filter(MeterValue::backwards).map(v -> v.value().intValue()))
        .containsExactly(5500);
    assertThat(values.stream().filter(MeterValue::outsideWindow).map(v -> v.value().intValue()))
        .containsExactlyInAnyOrder(4000, 9100);
    assertThat(eventTypesFor("TX16-2"))
        .containsExactly(
            EventType.CHARGER_BOOTED,
            EventType.TRANSACTION_STARTED,
            EventType.METER_VALUES_RECEIVED,
            EventType.TRANSACTION_ENDED);
  }

  @Test
  void stopTransaction_unknownId_isAnsweredAndRecorded() {
    core.boot(boot("TX16-3"));

    StopTransactionResult result =
        core.stopTransaction(
            new StopTransactionRequest("TX16-3", 987654, "TAG-X", 100, t0, null, List.of()));

    assertThat(result.outcome()).isEqualTo(StopTransactionResult.Outcome.UNKNOWN_TRANSACTION);
    assertThat(result.idTagInfo().status()).isEqualTo(IdTokenStatus.ACCEPTED);
    assertThat(
            transactions.stopAnomalies("TX16-3", StopTransactionResult.Outcome.UNKNOWN_TRANSACTION))
        .isEqualTo(1);
  }

  @Test
  void stopTransaction_alreadyStopped_isAnsweredAndRecordedWithoutChangingIt() {
    core.boot(boot("TX16-4"));
    int id =
        core.startTransaction(new StartTransactionRequest("TX16-4", 2, "TAG-B", 0, t0, null))
            .transactionId();
    var stop =
        new StopTransactionRequest("TX16-4", id, null, 2000, t0.plusSeconds(300), null, List.of());
    core.stopTransaction(stop);

    StopTransactionResult again =
        core.stopTransaction(
            new StopTransactionRequest(
                "TX16-4", id, null, 2500, t0.plusSeconds(400), null, List.of()));

    assertThat(again.outcome()).isEqualTo(StopTransactionResult.Outcome.ALREADY_STOPPED);
    assertThat(transactions.find16("TX16-4", id).orElseThrow().meterStopWh())
        .isEqualByComparingTo("2000");
    assertThat(transactions.stopAnomalies("TX16-4", StopTransactionResult.Outcome.ALREADY_STOPPED))
        .isEqualTo(1);
  }

  private static TransactionEventRequest event(
      String charger,
      TransactionEventRequest.EventType type,
      int seqNo,
      Instant at,
      List<MeterSample> samples) {
    return new TransactionEventRequest(
        charger,
        type,
        at,
        "Trigger",
        seqNo,
        false,
        "tx-" + charger,
        "Charging",
        type == TransactionEventRequest.EventType.ENDED ? "EVDisconnected" : null,
        null,
        1,
        1,
        "TAG-201",
        "ISO14443",
        samples);
  }

  @Test
  void transactionEvent_repeatedSeqNo_isNotStoredTwice() {
    core.boot(boot("TX201-1"));
    var started =
        event(
            "TX201-1",
            TransactionEventRequest.EventType.STARTED,
            0,
            t0,
            List.of(MeterSample.energyWh(t0, 100)));

    TransactionEventResult first = core.transactionEvent(started);
    TransactionEventResult again = core.transactionEvent(started);

    assertThat(first.duplicate()).isFalse();
    assertThat(again.duplicate()).isTrue();
    assertThat(again.transactionDbId()).isEqualTo(first.transactionDbId());
    assertThat(again.idTokenInfo().status()).isEqualTo(IdTokenStatus.ACCEPTED);
    assertThat(transactions.meterValues(first.transactionDbId())).hasSize(1);
    assertThat(eventTypesFor("TX201-1"))
        .containsExactly(EventType.CHARGER_BOOTED, EventType.TRANSACTION_STARTED);
  }

  @Test
  void transactionEvent_outOfOrder_buildsOneTransactionWithTheRightWindow() {
    core.boot(boot("TX201-2"));
    core.transactionEvent(
        event(
            "TX201-2",
            TransactionEventRequest.EventType.UPDATED,
            1,
            t0.plusSeconds(60),
            List.of(MeterSample.energyWh(t0.plusSeconds(60), 1500))));
    core.transactionEvent(
        event(
            "TX201-2",
            TransactionEventRequest.EventType.ENDED,
            2,
            t0.plusSeconds(120),
            List.of(MeterSample.energyWh(t0.plusSeconds(120), 2000))));
    core.transactionEvent(
        event(
            "TX201-2",
            TransactionEventRequest.EventType.STARTED,
            0,
            t0,
            List.of(MeterSample.energyWh(t0, 1000))));

    Transaction tx = transactions.findByRef("TX201-2", "tx-TX201-2").orElseThrow();
    assertThat(tx.state()).isEqualTo(TransactionState.ENDED);
    assertThat(tx.startedAt()).isEqualTo(t0);
    assertThat(tx.stoppedAt()).isEqualTo(t0.plusSeconds(120));
    assertThat(tx.meterStartWh()).isEqualByComparingTo("1000");
    assertThat(tx.meterStopWh()).isEqualByComparingTo("2000");
    assertThat(tx.lastSeqNo()).isEqualTo(2);
    assertThat(transactions.meterValues(tx.id())).hasSize(3).noneMatch(MeterValue::outsideWindow);
    assertThat(transactions.list(new TransactionQuery(null, "TX201-2", null, null, 0, 10)).total())
        .isEqualTo(1);
  }

  @Test
  void outbox_eventsOfAFailedTransaction_areNeverPublished() throws Exception {
    core.boot(boot("OUTBOX-1"));
    relay.drain();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("set search_path to " + server.schema());
      c.setAutoCommit(false);
      s.execute(
          "insert into outbox (event_id, event_type, charger_id, occurred_at, payload)"
              + " values (gen_random_uuid(), 'CHARGER_BOOTED', 'OUTBOX-1', now(), '{}')");
      c.rollback();
    }

    assertThat(relay.drain()).isZero();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from " + server.schema() + ".outbox where published_at is null")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }

  @Test
  void bootStorm_500ChargersBootingInParallel_allAcceptedWithoutError() throws Exception {
    int n = 500;
    ExecutorService pool = Executors.newFixedThreadPool(64);
    try {
      List<Future<RegistrationStatus>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String id = "STORM-" + i;
        results.add(
            pool.submit(
                () -> {
                  core.onConnected(id, "1.6", "s-" + id);
                  RegistrationStatus s = core.boot(boot(id)).status();
                  core.statusNotification(
                      new StatusReport(id, 1, 1, "Available", "NoError", null, null, t0));
                  core.heartbeat(id);
                  return s;
                }));
      }
      for (Future<RegistrationStatus> f : results) {
        assertThat(f.get()).isEqualTo(RegistrationStatus.ACCEPTED);
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    }

    assertThat(chargers.list(null).stream().filter(c -> c.id().startsWith("STORM-"))).hasSize(n);
    relay.drain();
    assertThat(
            events.stream()
                .filter(
                    e ->
                        e.type() == EventType.CHARGER_BOOTED && e.chargerId().startsWith("STORM-")))
        .hasSize(n);
  }

  @Test
  void chargerEvents_securityFirmwareAndReports_areRecorded() {
    core.boot(boot("EVT-1"));
    core.securityEvent("EVT-1", "TamperDetectionActivated", t0, "lid open");
    core.firmwareStatus("EVT-1", "Installed", 7);
    core.notifyReport("EVT-1", 1, 0, false, t0, "[{\"component\":{\"name\":\"EVSE\"}}]");
    DataTransferResult dt = core.dataTransfer("EVT-1", "com.acme", "ping", "{}");

    assertThat(chargers.get("EVT-1").firmwareStatus()).isEqualTo("Installed");
    assertThat(chargers.events("EVT-1", "SECURITY_EVENT", 10))
        .singleElement()
        .asString()
        .contains("lid open");
    assertThat(chargers.events("EVT-1", "NOTIFY_REPORT", 10))
        .singleElement()
        .asString()
        .contains("EVSE");
    assertThat(dt.status()).isEqualTo(DataTransferResult.Status.UNKNOWN_VENDOR_ID);
    assertThat(eventTypesFor("EVT-1"))
        .containsExactly(EventType.CHARGER_BOOTED, EventType.SECURITY_EVENT);
  }

  @Test
  void relay_publishesOnItsOwnThread_afterCommit() {
    core.boot(boot("RELAY-1"));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (events.stream().noneMatch(e -> "RELAY-1".equals(e.chargerId()))
        && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
    assertThat(events)
        .anyMatch(e -> "RELAY-1".equals(e.chargerId()) && e.type() == EventType.CHARGER_BOOTED);
  }

  @Test
  void chargingProfiles_sentAndAnswered_areRecorded() {
    core.boot(boot("PROF-1"));
    ChargingProfileService profiles = server.bean(ChargingProfileService.class);

    long id = profiles.sent("PROF-1", 1, 7, 0, "TxDefaultProfile", "{\"chargingProfileId\":7}");
    profiles.answered(id, ChargingProfileService.Status.ACCEPTED);

    assertThat(profiles.list("PROF-1", 10))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo("ACCEPTED");
              assertThat(p.profileJson()).contains("chargingProfileId");
              assertThat(p.answeredAt()).isNotNull();
            });
  }

  @Test
  void outbox_publishedEventsPastRetention_arePurged() throws Exception {
    core.boot(boot("PURGE-1"));
    relay.drain(); // waits for a batch the relay thread is publishing, then drains the rest
    assertThat(outboxRows("charger_id = 'PURGE-1' and published_at is null"))
        .as("events still unpublished after drain")
        .isZero();

    assertThat(relay.purgePublishedBefore(Instant.now().minusSeconds(3600))).isZero();
    assertThat(relay.purgePublishedBefore(Instant.now().plusSeconds(3600))).isPositive();

    assertThat(outboxRows("charger_id = 'PURGE-1'")).isZero();
  }

  private static long outboxRows(String condition) throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from " + server.schema() + ".outbox where " + condition)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
