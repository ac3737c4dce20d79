package org.evdepot.ocpp.station.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.rpc.RpcErrorCode;
import org.evdepot.ocpp.station.OcppStationClient;
import org.evdepot.ocpp.testing.ManualScheduler;
import org.evdepot.ocpp.testing.Msgs;
import org.evdepot.ocpp.testing.MutableClock;
import org.evdepot.ocpp.testing.Poll;
import org.evdepot.ocpp.testkit.MockCsms;
import org.evdepot.ocpp.testkit.RecordedCall;
import org.evdepot.ocpp.testkit.RuleViolation;
import org.evdepot.ocpp.v16.BootNotificationResponse;
import org.evdepot.ocpp.v16.HeartbeatRequest;
import org.evdepot.ocpp.v16.MeterValuesRequest;
import org.evdepot.ocpp.v16.RegistrationStatus;
import org.evdepot.ocpp.v16.StartTransactionResponse;
import org.evdepot.ocpp.v16.StopTransactionRequest;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.TransactionEventEnum;
import org.evdepot.ocpp.v201.TransactionEventRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reliable station against {@link MockCsms} over loopback WebSockets: boot retries in virtual
 * time, the offline queue across a CSMS outage and across a restart of the station's process, and
 * the retry policy. The mock's rule checks are asserted empty, so the station also proves it sends
 * nothing before boot, no transaction message for an unknown id and no seqNo out of order.
 */
class ReliableStationIT {
  private static final Duration T = Duration.ofSeconds(10);
  private final List<AutoCloseable> toClose = new ArrayList<>();
  @TempDir Path dir;

  @AfterEach
  void tearDown() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  private MockCsms csms(OcppVersion version, MutableClock clock) {
    MockCsms.Builder b = MockCsms.builder().version(version);
    if (clock != null) {
      b.clock(clock);
    }
    MockCsms csms = b.build().start();
    toClose.add(csms);
    return csms;
  }

  private ReliableStation.Builder station(MockCsms csms, String id, OcppVersion version) {
    return ReliableStation.builder()
        .client(
            OcppStationClient.builder()
                .serverUri(csms.uri())
                .chargePointId(id)
                .catalog(version.catalog())
                .reconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
                .handshakeTimeout(Duration.ofSeconds(1)))
        .bootNotification(version == OcppVersion.V16 ? Msgs.boot16() : Msgs.boot201());
  }

  private ReliableStation started(ReliableStation.Builder b) {
    ReliableStation s = b.build();
    toClose.add(s);
    s.start();
    return s;
  }

  private static <T> T get(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static List<RecordedCall<?>> transactionCalls(MockCsms csms) {
    List<RecordedCall<?>> out = new ArrayList<>();
    for (RecordedCall<?> c : csms.calls()) {
      if (ReliableStation.isTransactionRelated(c.request())) {
        out.add(c);
      }
    }
    return out;
  }

  @Test
  void boot_pendingThenRejected_isRetriedAfterEachIntervalAndNothingElseIsSentBeforeAccepted()
      throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    ManualScheduler scheduler = new ManualScheduler(clock);
    MockCsms csms = csms(OcppVersion.V16, clock);
    csms.enqueue(
        V16Actions.BOOT_NOTIFICATION,
        new BootNotificationResponse(RegistrationStatus.PENDING, clock.instant(), 7));
    csms.enqueue(
        V16Actions.BOOT_NOTIFICATION,
        new BootNotificationResponse(RegistrationStatus.REJECTED, clock.instant(), 3));
    ReliableStation station =
        started(station(csms, "CP-BOOT", OcppVersion.V16).scheduler(scheduler));

    csms.takeCall(V16Actions.BOOT_NOTIFICATION, T);
    assertThatThrownBy(() -> get(station.call(new HeartbeatRequest())))
        .hasCauseInstanceOf(BootNotAcceptedException.class);
    PendingStart start = station.startTransaction(Msgs.start(1, 0));

    assertThat(scheduler.runNext(T)).isEqualTo(Duration.ofSeconds(7));
    csms.takeCall(V16Actions.BOOT_NOTIFICATION, T);
    assertThat(scheduler.runNext(T)).isEqualTo(Duration.ofSeconds(3));
    csms.takeCall(V16Actions.BOOT_NOTIFICATION, T);
    assertThat(((BootNotificationResponse) get(station.whenAccepted())).status())
        .isEqualTo(RegistrationStatus.ACCEPTED);

    StartTransactionResponse started = get(start.response());
    assertThat(station.transactionId(start.localTransactionId())).contains(started.transactionId());
    assertThat(get(station.call(new HeartbeatRequest())).currentTime()).isNotNull();
    assertThat(csms.calls())
        .extracting(c -> c.action().name())
        .startsWith("BootNotification", "BootNotification", "BootNotification", "StartTransaction");
    assertThat(csms.violations()).isEmpty();
  }

  @Test
  void boot_retriedBeforeTheInterval_isFlaggedByTheMock() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    MockCsms csms = csms(OcppVersion.V16, clock);
    csms.enqueue(
        V16Actions.BOOT_NOTIFICATION,
        new BootNotificationResponse(RegistrationStatus.PENDING, clock.instant(), 60));
    // A scheduler that runs the retry at once, without waiting the interval: a broken station.
    ReliableStation station =
        started(
            station(csms, "CP-HASTY", OcppVersion.V16)
                .scheduler(
                    (delay, task) -> {
                      CompletableFuture.runAsync(task);
                      return new CompletableFuture<>();
                    }));
    assertThat(csms.awaitViolation(RuleViolation.BOOT_RETRY_TOO_EARLY, T).chargePointId())
        .isEqualTo("CP-HASTY");
    assertThat(station.whenAccepted().toCompletableFuture().join()).isNotNull();
  }

  @Test
  void csmsStopsMidTransaction_queuedMessagesAreDeliveredExactlyOnceInOrderAfterItRestarts()
      throws Exception {
    MockCsms csms = csms(OcppVersion.V16, null);
    InMemoryMessageStore store = new InMemoryMessageStore();
    ReliableStation station = started(station(csms, "CP-Q", OcppVersion.V16).store(store));
    get(station.whenAccepted());
    int a = get(station.startTransaction(Msgs.start(1, 0)).response()).transactionId();
    get(station.call(Msgs.meter(1, a, 100)));

    csms.stop();
    Poll.until(T, "station disconnected", () -> !station.client().isOpen());
    List<CompletableFuture<? extends OcppResponse>> offline = new ArrayList<>();
    offline.add(station.call(Msgs.meter(1, a, 200)).toCompletableFuture());
    offline.add(station.call(Msgs.meter(1, a, 300)).toCompletableFuture());
    offline.add(station.call(Msgs.stop(a, 400)).toCompletableFuture());
    PendingStart second = station.startTransaction(Msgs.start(2, 0));
    offline.add(second.response().toCompletableFuture());
    int local = second.localTransactionId();
    offline.add(station.call(Msgs.meter(2, local, 50)).toCompletableFuture());
    offline.add(station.call(Msgs.stop(local, 60)).toCompletableFuture());
    // Acknowledged in the store before the caller hears of it.
    AtomicInteger pendingWhenStopAnswered = new AtomicInteger(-1);
    offline.get(2).thenRun(() -> pendingWhenStopAnswered.set(store.pending().size()));
    assertThat(station.queuedMessages()).isEqualTo(6);
    assertThat(offline).noneMatch(CompletableFuture::isDone);
    assertThatThrownBy(() -> get(station.call(new HeartbeatRequest())))
        .hasCauseInstanceOf(org.evdepot.ocpp.rpc.ConnectionClosedException.class);

    csms.start();
    CompletableFuture.allOf(offline.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.SECONDS);
    int b = ((StartTransactionResponse) offline.get(3).get()).transactionId();
    assertThat(station.transactionId(local)).contains(b);
    assertThat(pendingWhenStopAnswered.get()).isEqualTo(3);
    assertThat(station.queuedMessages()).isZero();
    assertThat(store.pending()).isEmpty();

    List<String> sent = new ArrayList<>();
    for (RecordedCall<?> c : transactionCalls(csms)) {
      Object r = c.request();
      if (r instanceof MeterValuesRequest) {
        MeterValuesRequest m = (MeterValuesRequest) r;
        sent.add(
            "MV " + m.transactionId() + " " + m.meterValue().get(0).sampledValue().get(0).value());
      } else if (r instanceof StopTransactionRequest) {
        sent.add("Stop " + ((StopTransactionRequest) r).transactionId());
      } else {
        sent.add("Start " + ((org.evdepot.ocpp.v16.StartTransactionRequest) r).connectorId());
      }
    }
    assertThat(sent)
        .containsExactly(
            "Start 1",
            "MV " + a + " 100",
            "MV " + a + " 200",
            "MV " + a + " 300",
            "Stop " + a,
            "Start 2",
            "MV " + b + " 50",
            "Stop " + b);
    assertThat(csms.violations()).isEmpty();
  }

  @Test
  void v201_transactionEventsQueuedOffline_areDeliveredInOrderWithIncreasingSeqNo()
      throws Exception {
    MockCsms csms = csms(OcppVersion.V201, null);
    ReliableStation station = started(station(csms, "CP-201", OcppVersion.V201));
    get(station.whenAccepted());
    get(station.call(Msgs.event(TransactionEventEnum.STARTED, "tx-9", 0)));
    csms.stop();
    Poll.until(T, "station disconnected", () -> !station.client().isOpen());
    List<CompletableFuture<?>> offline = new ArrayList<>();
    for (int seq = 1; seq <= 5; seq++) {
      offline.add(
          station
              .call(Msgs.event(TransactionEventEnum.UPDATED, "tx-9", seq))
              .toCompletableFuture());
    }
    offline.add(
        station.call(Msgs.event(TransactionEventEnum.ENDED, "tx-9", 6)).toCompletableFuture());
    csms.start();
    CompletableFuture.allOf(offline.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.SECONDS);
    assertThat(transactionCalls(csms))
        .extracting(c -> ((TransactionEventRequest) c.request()).seqNo())
        .containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(csms.violations()).isEmpty();
  }

  @Test
  void failedTries_areRepeatedAfterIntervalTimesTryNumber_andDroppedAfterTheLast()
      throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    ManualScheduler scheduler = new ManualScheduler(clock);
    MockCsms csms = csms(OcppVersion.V16, null);
    List<Long> dropped = new CopyOnWriteArrayList<>();
    ReliableStation station =
        started(
            station(csms, "CP-RETRY", OcppVersion.V16)
                .scheduler(scheduler)
                .retryPolicy(new RetryPolicy(3, Duration.ofSeconds(10)))
                .deliveryListener(
                    new DeliveryListener() {
                      @Override
                      public void onDropped(StoredMessage m, MessageDroppedException reason) {
                        dropped.add(m.sequence());
                      }
                    }));
    get(station.whenAccepted());
    int tx = get(station.startTransaction(Msgs.start(1, 0)).response()).transactionId();

    csms.enqueueError(V16Actions.METER_VALUES, RpcErrorCode.INTERNAL_ERROR, "try 1");
    csms.enqueueError(V16Actions.METER_VALUES, RpcErrorCode.INTERNAL_ERROR, "try 2");
    CompletionStage<?> meter = station.call(Msgs.meter(1, tx, 10));
    assertThat(scheduler.runNext(T)).isEqualTo(Duration.ofSeconds(10));
    assertThat(scheduler.runNext(T)).isEqualTo(Duration.ofSeconds(20));
    get(meter);

    for (int i = 0; i < 3; i++) {
      csms.enqueueError(V16Actions.METER_VALUES, RpcErrorCode.INTERNAL_ERROR, "always");
    }
    CompletionStage<?> doomed = station.call(Msgs.meter(1, tx, 20));
    CompletionStage<?> after = station.call(Msgs.stop(tx, 30));
    scheduler.runNext(T);
    scheduler.runNext(T);
    assertThatThrownBy(() -> get(doomed))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(MessageDroppedException.class);
    get(after);
    assertThat(dropped).hasSize(1);
    assertThat(transactionCalls(csms))
        .extracting(c -> c.action().name())
        .containsExactly(
            "StartTransaction",
            "MeterValues",
            "MeterValues",
            "MeterValues",
            "MeterValues",
            "MeterValues",
            "MeterValues",
            "StopTransaction");
  }

  @Test
  void processRestart_withFileStore_newStationDeliversWhatTheOldOneQueued_andNothingTwice()
      throws Exception {
    Path journal = dir.resolve("cp-file.journal");
    MockCsms csms = csms(OcppVersion.V16, null);
    FileMessageStore storeA = FileMessageStore.open(journal);
    ReliableStation stationA = station(csms, "CP-FILE", OcppVersion.V16).store(storeA).build();
    stationA.start();
    get(stationA.whenAccepted());
    int a = get(stationA.startTransaction(Msgs.start(1, 0)).response()).transactionId();
    csms.stop();
    Poll.until(T, "station disconnected", () -> !stationA.client().isOpen());
    stationA.call(Msgs.meter(1, a, 111));
    stationA.call(Msgs.stop(a, 222));
    int local = stationA.startTransaction(Msgs.start(2, 0)).localTransactionId();
    stationA.call(Msgs.meter(2, local, 333));
    // The process dies: the station and its store go away with four messages queued.
    stationA.close();
    storeA.close();
    int callsBeforeRestart = transactionCalls(csms).size();

    csms.start();
    FileMessageStore storeB = FileMessageStore.open(journal);
    toClose.add(storeB);
    List<OcppRequest<?>> delivered = new CopyOnWriteArrayList<>();
    ReliableStation stationB =
        station(csms, "CP-FILE", OcppVersion.V16)
            .store(storeB)
            .deliveryListener(
                new DeliveryListener() {
                  @Override
                  public void onDelivered(StoredMessage m, OcppRequest<?> sent, OcppResponse r) {
                    delivered.add(sent);
                  }
                })
            .build();
    assertThat(stationB.queuedMessages()).isEqualTo(4);
    stationB.start();
    Poll.until(T, "queue drained", () -> stationB.queuedMessages() == 0);
    int b = stationB.transactionId(local).orElseThrow();
    // The application still holds the local id after its restart: it is mapped from the journal.
    get(stationB.call(Msgs.stop(local, 444)));
    stationB.close();
    storeB.close();

    List<RecordedCall<?>> after =
        transactionCalls(csms).subList(callsBeforeRestart, transactionCalls(csms).size());
    assertThat(after)
        .extracting(c -> c.action().name())
        .containsExactly(
            "MeterValues", "StopTransaction", "StartTransaction", "MeterValues", "StopTransaction");
    assertThat(((MeterValuesRequest) after.get(0).request()).transactionId()).isEqualTo(a);
    assertThat(((MeterValuesRequest) after.get(3).request()).transactionId()).isEqualTo(b);
    assertThat(((StopTransactionRequest) after.get(4).request()).transactionId()).isEqualTo(b);
    assertThat(delivered).hasSize(5);
    assertThat(csms.violations()).isEmpty();

    // A third run over the same journal has nothing left to send.
    try (FileMessageStore storeC = FileMessageStore.open(journal)) {
      assertThat(storeC.pending()).isEmpty();
      assertThat(storeC.transactionMappings()).containsEntry(local, b);
    }
  }
}
