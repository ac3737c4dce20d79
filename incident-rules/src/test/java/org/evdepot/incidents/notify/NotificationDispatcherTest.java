package org.evdepot.incidents.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.incidents.Event;
import org.evdepot.incidents.Incident;
import org.evdepot.incidents.IncidentEngine;
import org.evdepot.incidents.Source;
import org.evdepot.incidents.TimelineEntry;
import org.evdepot.incidents.rules.LabelMatcher;
import org.evdepot.incidents.rules.RuleLoader;
import org.evdepot.incidents.store.InMemoryIncidentStore;
import org.evdepot.incidents.store.IncidentQuery;
import org.evdepot.incidents.testing.Await;
import org.evdepot.incidents.testing.MutableClock;
import org.evdepot.incidents.testing.RecordingNotifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Routing, grouping and throttling on a virtual clock. The pack's rules make the incidents; the
 * dispatcher's clock is moved by hand and {@link NotificationDispatcher#tick()} says what is sent.
 */
class NotificationDispatcherTest {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final Source CP1 = Source.depot("north").charger("CP-1");
  static final Source CP2 = Source.depot("north").charger("CP-2");

  final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
  final InMemoryIncidentStore store = new InMemoryIncidentStore();
  final MutableClock clock = new MutableClock(T0);
  final AtomicInteger ids = new AtomicInteger();
  final IncidentEngine engine =
      IncidentEngine.builder()
          .store(store)
          .clock(clock)
          .allowedLateness(Duration.ZERO)
          .rules(RuleLoader.depotPack())
          .idGenerator(() -> "inc-" + ids.incrementAndGet())
          .build();
  final RecordingNotifier ops = new RecordingNotifier("ops-webhook");
  final RecordingNotifier pager = new RecordingNotifier("pager-webhook");

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  NotificationDispatcher dispatcher(Route route) {
    return dispatcher(route, engine, ops);
  }

  NotificationDispatcher dispatcher(Route route, IncidentEngine on, RecordingNotifier opsNotifier) {
    NotificationDispatcher d =
        NotificationDispatcher.builder()
            .route(route)
            .receiver(Receiver.of("ops", opsNotifier))
            .receiver(Receiver.of("pager", pager))
            .clock(clock)
            .executor(executor)
            .store(store)
            .inhibitRules(on::inhibitRules)
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), 2, Duration.ofMillis(50)))
            .build();
    on.addListener(d);
    return d;
  }

  /** A second engine on the same store and clock: the process after a restart. */
  IncidentEngine restartedEngine() {
    AtomicInteger n = new AtomicInteger();
    return IncidentEngine.builder()
        .store(store)
        .clock(clock)
        .allowedLateness(Duration.ZERO)
        .rules(RuleLoader.depotPack())
        .idGenerator(() -> "after-restart-" + n.incrementAndGet())
        .build();
  }

  static Route opsRoute() {
    return Route.root(
        "ops",
        List.of("charger"),
        Duration.ofSeconds(30),
        Duration.ofMinutes(5),
        Duration.ofHours(1));
  }

  /** Event time of the next test event: the clock's time, but never before an earlier event. */
  Instant cursor = T0;

  Instant eventTime() {
    cursor = clock.instant().isAfter(cursor) ? clock.instant() : cursor.plusMillis(1);
    return cursor;
  }

  void submit(String type, Source source, Object... attributes) {
    engine.submit(Event.of(type, eventTime(), source, attributes));
    engine.advanceTo(cursor.plusMillis(1));
  }

  /** Opens a boot-rejected incident for the charger (a match rule: fires at once). */
  void rejectBoot(Source charger) {
    submit("BootNotification", charger, "status", "Rejected");
  }

  void acceptBoot(Source charger) {
    submit("BootNotification", charger, "status", "Accepted");
  }

  /** Opens a connector-faulted incident (Faulted held for 3 minutes of event time). */
  void faultConnector(Source charger, String connector) {
    Source c = charger.connector(connector);
    Instant t = eventTime();
    engine.submit(Event.of("StatusNotification", t, c, "status", "Faulted"));
    cursor = t.plusSeconds(180);
    engine.submit(Event.of("StatusNotification", cursor, c, "status", "Faulted"));
    engine.advanceTo(cursor.plusMillis(1));
  }

  @Test
  void groupWait_batchesIncidentsThatStartTogether_intoOneNotification() {
    NotificationDispatcher d = dispatcher(opsRoute());
    rejectBoot(CP1);
    clock.advance(Duration.ofSeconds(10));
    submit("Heartbeat", CP1); // keeps CP-1 online
    faultConnector(CP1, "1");

    clock.advance(Duration.ofSeconds(10));
    assertThat(d.tick()).as("still within group wait").isEmpty();
    clock.advance(Duration.ofSeconds(15));
    List<Notification> sent = d.tick();
    assertThat(sent)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.receiver()).isEqualTo("ops");
              assertThat(n.groupLabels()).containsEntry("charger", "CP-1");
              assertThat(n.firing())
                  .extracting(Incident::ruleId)
                  .containsExactlyInAnyOrder("boot-rejected", "connector-faulted");
              assertThat(n.title()).isEqualTo("[firing] 2 firing, 0 resolved");
            });
    Await.until("delivery", Duration.ofSeconds(10), () -> ops.received().size() == 1);
  }

  @Test
  void groupInterval_spacesChanges_repeatInterval_repeatsUnacknowledged_andAckStopsIt() {
    NotificationDispatcher d = dispatcher(opsRoute());
    rejectBoot(CP1);
    clock.advance(Duration.ofSeconds(30));
    assertThat(d.tick()).hasSize(1);

    // A new incident in the same group waits for the group interval.
    submit("Heartbeat", CP1);
    faultConnector(CP1, "2");
    clock.advance(Duration.ofMinutes(4));
    assertThat(d.tick()).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    assertThat(d.tick()).singleElement().satisfies(n -> assertThat(n.firing()).hasSize(2));

    // Nothing changes: nothing until the repeat interval.
    clock.advance(Duration.ofMinutes(30));
    assertThat(d.tick()).isEmpty();
    clock.advance(Duration.ofMinutes(30));
    assertThat(d.tick()).singleElement().satisfies(n -> assertThat(n.firing()).hasSize(2));

    // Acknowledged incidents are not repeated.
    String bootIncident =
        store.list(IncidentQuery.all().withLabel("rule", "boot-rejected")).get(0).id();
    engine.acknowledge(bootIncident, "alice");
    clock.advance(Duration.ofHours(1));
    assertThat(d.tick())
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.firing())
                    .extracting(Incident::ruleId)
                    .containsExactly("connector-faulted"));
    store.list(IncidentQuery.active()).forEach(i -> engine.acknowledge(i.id(), "alice"));
    clock.advance(Duration.ofHours(5));
    assertThat(d.tick()).isEmpty();
  }

  @Test
  void resolvedIncident_isNotifiedExactlyOnce() {
    NotificationDispatcher d = dispatcher(opsRoute());
    rejectBoot(CP1);
    clock.advance(Duration.ofSeconds(30));
    assertThat(d.tick()).hasSize(1);

    clock.advance(Duration.ofMinutes(1));
    acceptBoot(CP1);
    clock.advance(Duration.ofMinutes(5));
    assertThat(d.tick())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.status()).isEqualTo("resolved");
              assertThat(n.resolved())
                  .extracting(Incident::ruleId)
                  .containsExactly("boot-rejected");
              assertThat(n.firing()).isEmpty();
            });
    for (int h = 0; h < 5; h++) {
      clock.advance(Duration.ofHours(1));
      assertThat(d.tick()).isEmpty();
    }
    Await.until("two deliveries", Duration.ofSeconds(10), () -> ops.received().size() == 2);
    Incident resolved = store.list(IncidentQuery.all()).get(0);
    Await.until(
        "timeline entries",
        Duration.ofSeconds(10),
        () ->
            store.find(resolved.id()).orElseThrow().timeline().stream()
                    .filter(e -> e.kind() == TimelineEntry.Kind.NOTIFIED)
                    .count()
                == 2);
  }

  @Test
  void resolvedWithinGroupWait_isSentOnceAsResolved() {
    NotificationDispatcher d = dispatcher(opsRoute());
    rejectBoot(CP1);
    clock.advance(Duration.ofSeconds(5));
    acceptBoot(CP1);
    clock.advance(Duration.ofSeconds(30));
    assertThat(d.tick())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.firing()).isEmpty();
              assertThat(n.resolved()).hasSize(1);
            });
    clock.advance(Duration.ofHours(2));
    assertThat(d.tick()).isEmpty();
  }

  @Test
  void routingTree_sendsCriticalToPager_andContinueAlsoToOps() {
    Route route =
        opsRoute()
            .withChild(Route.child("pager", LabelMatcher.eq("severity", "critical")).continuing())
            .withChild(Route.child("ops", LabelMatcher.regex("severity", "critical|warning")));
    NotificationDispatcher d = dispatcher(route);
    rejectBoot(CP1); // critical
    submit("Heartbeat", CP2);
    faultConnector(CP2, "1"); // warning
    clock.advance(Duration.ofSeconds(30));
    List<Notification> sent = d.tick();
    assertThat(sent)
        .extracting(n -> n.receiver() + ":" + n.firing().get(0).ruleId())
        .containsExactlyInAnyOrder(
            "pager:boot-rejected", "ops:boot-rejected", "ops:connector-faulted");
  }

  @Test
  void silenceAndMaintenanceWindow_muteMatchingIncidentsOnlyWhileActive() {
    NotificationDispatcher d = dispatcher(opsRoute());
    d.addSilence(
        new Silence(
            "s-1",
            Silence.Kind.MAINTENANCE,
            List.of(LabelMatcher.eq("charger", "CP-1")),
            T0,
            T0.plus(Duration.ofHours(1)),
            "bob",
            "firmware update"));
    rejectBoot(CP1);
    rejectBoot(CP2);
    clock.advance(Duration.ofSeconds(30));
    assertThat(d.tick())
        .singleElement()
        .satisfies(n -> assertThat(n.groupLabels()).containsEntry("charger", "CP-2"));
    Incident muted = store.list(IncidentQuery.all().withLabel("charger", "CP-1")).get(0);
    assertThat(muted.timeline())
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.SUPPRESSED);
              assertThat(e.detail()).isEqualTo("maintenance s-1");
            });

    // When the window ends, CP-1 is notified for the first time (CP-2's repeat is not due yet).
    clock.set(T0.plus(Duration.ofHours(1)));
    assertThat(d.tick()).extracting(n -> n.groupLabels().get("charger")).containsExactly("CP-1");
  }

  @Test
  void chargerOffline_inhibitsConnectorFaultsOnThatChargerOnly() {
    NotificationDispatcher d =
        dispatcher(
            Route.root(
                "ops",
                List.of("rule", "charger"),
                Duration.ZERO,
                Duration.ofMinutes(5),
                Duration.ofHours(1)));
    // CP-1 goes silent after a connector fault; CP-2 keeps talking and also has a fault.
    faultConnector(CP1, "1");
    submit("Heartbeat", CP2);
    faultConnector(CP2, "1");
    Instant start = cursor;
    for (int m = 1; m <= 15; m++) {
      clock.set(start.plusSeconds(m * 60L));
      engine.submit(Event.of("Heartbeat", clock.instant(), CP2));
    }
    engine.advanceTo(start.plusSeconds(15 * 60));
    assertThat(store.list(IncidentQuery.active()).stream().map(Incident::ruleId))
        .contains("charger-offline");

    List<Notification> sent = d.tick();
    assertThat(sent)
        .extracting(
            n -> n.firing().get(0).ruleId() + "@" + n.firing().get(0).labels().get("charger"))
        .containsExactlyInAnyOrder("charger-offline@CP-1", "connector-faulted@CP-2");
    Incident inhibited =
        store
            .list(
                IncidentQuery.all()
                    .withLabel("charger", "CP-1")
                    .withLabel("rule", "connector-faulted"))
            .get(0);
    assertThat(inhibited.timeline())
        .anySatisfy(
            e ->
                assertThat(e.detail())
                    .startsWith("inhibited by")
                    .contains("charger-offline-mutes-its-connectors"));
  }

  @Test
  void failingChannel_isRetriedWithBackoff_andDoesNotBlockTheEngine() throws Exception {
    RecordingNotifier flaky = new RecordingNotifier("flaky", 2);
    CountDownLatch release = new CountDownLatch(1);
    Notifier stuck =
        new Notifier() {
          @Override
          public String name() {
            return "stuck";
          }

          @Override
          public void send(Notification n) {
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    NotificationDispatcher d =
        NotificationDispatcher.builder()
            .route(
                Route.root(
                    "ops", List.of(), Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1)))
            .receiver(new Receiver("ops", List.of(stuck, flaky), NotificationTemplates.defaults()))
            .clock(clock)
            .executor(executor)
            .store(store)
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), 2, Duration.ofMillis(50)))
            .build();
    engine.addListener(d);
    try {
      rejectBoot(CP1);
      assertThat(d.tick()).hasSize(1);
      Await.until(
          "flaky delivered on its third attempt",
          Duration.ofSeconds(10),
          () -> flaky.received().size() == 1);
      assertThat(flaky.attempts()).isEqualTo(3);

      // The stuck channel still holds an executor thread; the engine goes on regardless.
      for (int i = 0; i < 100; i++) {
        rejectBoot(Source.depot("north").charger("X-" + i));
      }
      assertThat(store.list(IncidentQuery.active())).hasSize(101);
    } finally {
      release.countDown();
    }
  }

  @Test
  void channelFailingEveryAttempt_isRecordedAsFailedInTheTimeline() {
    RecordingNotifier dead = new RecordingNotifier("dead", Integer.MAX_VALUE);
    NotificationDispatcher d =
        NotificationDispatcher.builder()
            .route(
                Route.root(
                    "ops", List.of(), Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1)))
            .receiver(Receiver.of("ops", dead))
            .clock(clock)
            .executor(executor)
            .store(store)
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), 2, Duration.ofMillis(20)))
            .build();
    engine.addListener(d);
    rejectBoot(CP1);
    d.tick();
    Await.until("failure recorded", Duration.ofSeconds(10), () -> d.failedCount() == 1);
    assertThat(dead.attempts()).isEqualTo(3);
    Incident i = store.list(IncidentQuery.all()).get(0);
    Await.until(
        "timeline",
        Duration.ofSeconds(10),
        () ->
            store.find(i.id()).orElseThrow().timeline().stream()
                .anyMatch(e -> e.kind() == TimelineEntry.Kind.NOTIFICATION_FAILED));
  }

  @Test
  void builder_unknownReceiverInRoute_isRejectedNamingIt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                NotificationDispatcher.builder()
                    .route(opsRoute().withChild(Route.child("nobody")))
                    .receiver(Receiver.of("ops", ops))
                    .executor(executor)
                    .store(store)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nobody'");
  }

  // ------------------------------------------------------------------------------ restart

  @Test
  void afterARestart_activeIncidentsFromTheStore_getRepeats_andExactlyOneResolvedNotification() {
    NotificationDispatcher before = dispatcher(opsRoute());
    faultConnector(CP1, "1");
    clock.advance(Duration.ofSeconds(30));
    assertThat(before.tick()).hasSize(1);
    Incident faulted = store.list(IncidentQuery.active()).get(0);
    Await.until(
        "the first notification is in the timeline",
        Duration.ofSeconds(10),
        () -> notifiedCount(faulted.id()) == 1);
    Instant firstSent = clock.instant();

    // Restart: new engine and dispatcher, same store. The store outlives both.
    IncidentEngine after = restartedEngine();
    RecordingNotifier opsAfter = new RecordingNotifier("ops-webhook-after-restart");
    NotificationDispatcher restarted = dispatcher(opsRoute(), after, opsAfter);
    assertThat(restarted.restore()).isEqualTo(1);
    assertThat(restarted.restore()).as("restoring again adds nothing").isZero();

    // Already notified before the restart: nothing new within the repeat interval.
    clock.advance(Duration.ofMinutes(10));
    assertThat(restarted.tick()).isEmpty();
    // The repeat interval runs on from the notification before the restart.
    clock.set(firstSent.plus(Duration.ofHours(1)));
    assertThat(restarted.tick())
        .singleElement()
        .satisfies(
            n -> assertThat(n.firing()).extracting(Incident::id).containsExactly(faulted.id()));

    // The new engine sees the fault again and then the connector recover: the old incident
    // resolves, and the dispatcher sends its one "resolved" notification.
    Source c1 = CP1.connector("1");
    after.submit(Event.of("StatusNotification", clock.instant(), c1, "status", "Faulted"));
    clock.advance(Duration.ofMinutes(3));
    after.submit(Event.of("StatusNotification", clock.instant(), c1, "status", "Faulted"));
    clock.advance(Duration.ofMinutes(1));
    after.submit(Event.of("StatusNotification", clock.instant(), c1, "status", "Available"));
    after.advanceTo(clock.instant().plusMillis(1));
    assertThat(store.find(faulted.id()).orElseThrow().status())
        .isEqualTo(org.evdepot.incidents.IncidentStatus.RESOLVED);

    clock.advance(Duration.ofMinutes(1)); // group interval (5 min) since the repeat
    assertThat(restarted.tick())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.status()).isEqualTo("resolved");
              assertThat(n.resolved()).extracting(Incident::id).containsExactly(faulted.id());
            });
    clock.advance(Duration.ofHours(3));
    assertThat(restarted.tick()).isEmpty();
    Await.until(
        "repeat and resolved delivered",
        Duration.ofSeconds(10),
        () -> opsAfter.received().size() == 2);
  }

  @Test
  void afterARestart_anIncidentNeverNotified_isSentOnceAfterTheGroupWait_whenStarted() {
    rejectBoot(CP1); // opened, but the process stops before any notification
    IncidentEngine after = restartedEngine();
    NotificationDispatcher restarted = dispatcher(opsRoute(), after, ops);
    restarted.start(Duration.ofHours(1)); // restores; the periodic tick does not run in this test
    try {
      clock.advance(Duration.ofSeconds(29));
      assertThat(restarted.tick()).isEmpty();
      clock.advance(Duration.ofSeconds(1));
      assertThat(restarted.tick())
          .singleElement()
          .satisfies(
              n ->
                  assertThat(n.firing())
                      .extracting(Incident::ruleId)
                      .containsExactly("boot-rejected"));
      // Acknowledged through the new engine: no repeats.
      after.acknowledge(store.list(IncidentQuery.active()).get(0).id(), "alice");
      clock.advance(Duration.ofHours(5));
      assertThat(restarted.tick()).isEmpty();
    } finally {
      restarted.close();
    }
  }

  long notifiedCount(String incidentId) {
    return store.find(incidentId).orElseThrow().timeline().stream()
        .filter(e -> e.kind() == TimelineEntry.Kind.NOTIFIED)
        .count();
  }

  // ----------------------------------------------------------------- inhibition, silences

  @Test
  void sitePowerAboveLimit_mutesNearLimitOnTheSameMeter_untilItResolves() {
    NotificationDispatcher d =
        dispatcher(
            Route.root(
                "ops", List.of("rule"), Duration.ZERO, Duration.ofMinutes(5), Duration.ofHours(1)));
    Source grid = Source.depot("north").meter("grid");
    // 960 kW (> 95 % of 1000) from 0:00, 1020 kW (> 100 %) from 6:00: near-limit fires at 5:00,
    // above-limit at 7:00.
    for (int m = 0; m <= 8; m++) {
      clock.set(T0.plusSeconds(60L * m));
      submit("SitePower", grid, "powerKw", m < 6 ? 960.0 : 1020.0, "limitKw", 1000.0);
    }
    assertThat(store.list(IncidentQuery.active()))
        .extracting(Incident::ruleId)
        .containsExactlyInAnyOrder("site-power-near-limit", "site-power-above-limit");

    assertThat(d.tick())
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.firing())
                    .extracting(Incident::ruleId)
                    .containsExactly("site-power-above-limit"));
    Incident near =
        store.list(IncidentQuery.active().withLabel("rule", "site-power-near-limit")).get(0);
    assertThat(near.timeline())
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.SUPPRESSED);
              assertThat(e.detail()).contains("above-limit-mutes-near-limit");
            });

    // Back to 970 kW: above the 95 % mark only. Above-limit resolves; near-limit is no longer
    // muted and is sent.
    clock.set(T0.plusSeconds(9 * 60L));
    submit("SitePower", grid, "powerKw", 970.0, "limitKw", 1000.0);
    clock.advance(Duration.ofMinutes(5));
    assertThat(d.tick())
        .extracting(n -> n.status() + " " + n.groupLabels().get("rule"))
        .containsExactlyInAnyOrder(
            "resolved site-power-above-limit", "firing site-power-near-limit");
  }

  @Test
  void adHocSilence_mutesMatchingIncidentsUntilItEnds_andCanBeRemoved() {
    NotificationDispatcher d = dispatcher(opsRoute());
    Silence onIt =
        new Silence(
            "s-2",
            Silence.Kind.SILENCE,
            List.of(LabelMatcher.eq("rule", "boot-rejected"), LabelMatcher.eq("charger", "CP-1")),
            T0,
            T0.plus(Duration.ofMinutes(20)),
            "alice",
            "re-registering CP-1");
    d.addSilence(onIt);
    Silence unrelated =
        new Silence(
            "s-3",
            Silence.Kind.SILENCE,
            List.of(LabelMatcher.eq("charger", "CP-2")),
            T0,
            T0.plus(Duration.ofHours(1)),
            "bob",
            "to be removed");
    d.addSilence(unrelated);
    assertThat(d.removeSilence("s-3")).isTrue();
    assertThat(d.removeSilence("s-3")).isFalse();
    assertThat(d.silences()).containsExactly(onIt);

    rejectBoot(CP1);
    rejectBoot(CP2); // s-3 was removed: not muted
    clock.advance(Duration.ofSeconds(30));
    assertThat(d.tick()).extracting(n -> n.groupLabels().get("charger")).containsExactly("CP-2");
    Incident muted = store.list(IncidentQuery.all().withLabel("charger", "CP-1")).get(0);
    assertThat(d.isMuted(muted)).isTrue();
    assertThat(muted.timeline())
        .filteredOn(e -> e.kind() == TimelineEntry.Kind.SUPPRESSED)
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).isEqualTo("silence s-2"));

    clock.set(T0.plus(Duration.ofMinutes(19)));
    assertThat(d.tick()).isEmpty();
    clock.set(T0.plus(Duration.ofMinutes(20))); // endsAt is exclusive
    assertThat(d.isMuted(muted)).isFalse();
    assertThat(d.tick()).extracting(n -> n.groupLabels().get("charger")).containsExactly("CP-1");
  }

  // --------------------------------------------------------------------------- templates

  @Test
  void customTemplates_renderGroupLabels_counts_andOneLinePerIncident() {
    NotificationTemplates templates =
        NotificationTemplates.of(
            "{{status}} on {{group.charger}}: {{firing.count}} firing, {{resolved.count}} resolved"
                + " ({{receiver}}){{group.depot}}",
            "Depot alert\n{{incidents}}",
            "- {{status}} {{severity}} {{rule}} at {{label.charger}}/{{label.connector}}"
                + " x{{occurrences}}");
    NotificationDispatcher d =
        NotificationDispatcher.builder()
            .route(opsRoute())
            .receiver(new Receiver("ops", List.of(ops), templates))
            .clock(clock)
            .executor(executor)
            .store(store)
            .build();
    engine.addListener(d);
    rejectBoot(CP1);
    faultConnector(CP1, "1");
    clock.advance(Duration.ofSeconds(30));
    assertThat(d.tick())
        .singleElement()
        .satisfies(
            n -> {
              // group.depot is not a group-by label: it renders empty.
              assertThat(n.title()).isEqualTo("firing on CP-1: 2 firing, 0 resolved (ops)");
              assertThat(n.body())
                  .isEqualTo(
                      "Depot alert\n"
                          + "- open critical boot-rejected at CP-1/ x1\n"
                          + "- open warning connector-faulted at CP-1/1 x2");
            });

    acceptBoot(CP1);
    clock.advance(Duration.ofMinutes(5));
    assertThat(d.tick())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.title()).isEqualTo("firing on CP-1: 1 firing, 1 resolved (ops)");
              assertThat(n.body()).endsWith("- resolved critical boot-rejected at CP-1/ x1");
            });
  }

  @Test
  void customTemplates_withUnknownVariables_areRejectedNamingTheVariable() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> NotificationTemplates.of("{{status}} {{nope}}", "{{incidents}}", "{{id}}"))
        .isInstanceOf(org.evdepot.incidents.rules.TemplateException.class)
        .hasMessageContaining("unknown variable 'nope'");
    // Line variables are not group variables and vice versa.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> NotificationTemplates.of("{{label.charger}}", "{{incidents}}", "{{id}}"))
        .hasMessageContaining("unknown variable 'label.charger'");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> NotificationTemplates.of("{{status}}", "{{incidents}}", "{{group.charger}}"))
        .hasMessageContaining("unknown variable 'group.charger'");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> NotificationTemplates.of("{{group.}}", "{{incidents}}", "{{id}}"))
        .hasMessageContaining("unknown variable 'group.'");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> NotificationTemplates.of("{{status}", "{{incidents}}", "{{id}}"))
        .hasMessageContaining("'{{' without '}}'");
  }
}
