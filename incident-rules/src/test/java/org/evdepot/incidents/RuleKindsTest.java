package org.evdepot.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.incidents.rules.AttributeMatcher;
import org.evdepot.incidents.rules.Condition;
import org.evdepot.incidents.rules.Rule;
import org.evdepot.incidents.rules.RuleKind;
import org.evdepot.incidents.rules.RuleSet;
import org.evdepot.incidents.store.InMemoryIncidentStore;
import org.evdepot.incidents.store.IncidentQuery;
import org.evdepot.incidents.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** Each rule kind on a virtual clock, with late and out-of-order events. */
class RuleKindsTest {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final Source CP1 = Source.depot("north").charger("CP-1");
  static final Source C1 = CP1.connector("1");

  InMemoryIncidentStore store = new InMemoryIncidentStore();

  /**
   * Time is driven by event times and advanceTo; the clock starts a day later so the events are in
   * its past (events ahead of the clock would wait for it). The absence test sets it explicitly.
   */
  final MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(1)));

  IncidentEngine engine(Rule... rules) {
    AtomicInteger n = new AtomicInteger();
    return IncidentEngine.builder()
        .store(store)
        .clock(clock)
        .allowedLateness(Duration.ofMinutes(1))
        .rules(RuleSet.of(List.of(rules)))
        .idGenerator(() -> "inc-" + n.incrementAndGet())
        .build();
  }

  static Instant t(int minutes, int seconds) {
    return T0.plusSeconds(minutes * 60L + seconds);
  }

  List<Incident> incidents() {
    return store.list(IncidentQuery.all());
  }

  // ------------------------------------------------------------------------------------ match

  @Test
  void match_firesOnMatchingEvent_andResolvesOnResolvingEvent_evenWhenTheyArriveReversed() {
    IncidentEngine engine =
        engine(
            Rule.builder("boot-rejected", RuleKind.MATCH)
                .scope(SourceKind.CHARGER)
                .when(Condition.type("BootNotification").where("status", "Rejected"))
                .resolveWhen(Condition.type("BootNotification").where("status", "Accepted"))
                .summary("{{subject.id}} rejected")
                .build());

    // The accepting boot (later) arrives before the rejected one (earlier), within lateness.
    engine.submit(Event.of("BootNotification", t(0, 30), CP1, "status", "Accepted"));
    engine.submit(Event.of("BootNotification", t(0, 0), CP1, "status", "Rejected"));
    engine.advanceTo(t(5, 0));

    assertThat(incidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.summary()).isEqualTo("CP-1 rejected");
              assertThat(i.firstSeen()).isEqualTo(t(0, 0));
              assertThat(i.resolvedAt()).isEqualTo(t(0, 30));
              assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
              assertThat(i.labels())
                  .containsEntry("charger", "CP-1")
                  .containsEntry("depot", "north")
                  .containsEntry("rule", "boot-rejected")
                  .containsEntry("severity", "warning");
            });
  }

  @Test
  void match_repeatedEvents_countAsOccurrencesOfOneIncident_andQuietPeriodResolves() {
    IncidentEngine engine =
        engine(
            Rule.builder("rejected-id-tag", RuleKind.MATCH)
                .when(Condition.type("Authorize").where("result", "Invalid"))
                .resolveAfter(Duration.ofMinutes(10))
                .build());
    engine.submit(Event.of("Authorize", t(0, 0), C1, "result", "Invalid"));
    engine.submit(Event.of("Authorize", t(2, 0), C1, "result", "Invalid"));
    engine.submit(Event.of("Authorize", t(1, 0), C1, "result", "Invalid"));
    engine.advanceTo(t(30, 0));

    assertThat(incidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.occurrences()).isEqualTo(3);
              assertThat(i.firstSeen()).isEqualTo(t(0, 0));
              assertThat(i.lastSeen()).isEqualTo(t(2, 0));
              assertThat(i.resolvedAt()).isEqualTo(t(12, 0));
            });
  }

  // ------------------------------------------------------------------------------------ state

  Rule faulted() {
    return Rule.builder("connector-faulted", RuleKind.STATE)
        .scope(SourceKind.CONNECTOR)
        .when(Condition.type("StatusNotification").where("status", "Faulted"))
        .holdFor(Duration.ofMinutes(2))
        .summary("{{subject}} faulted ({{attr.errorCode}})")
        .build();
  }

  @Test
  void state_heldForTheDuration_firesAtEnteringTimePlusDuration_andResolvesWhenCleared() {
    IncidentEngine engine = engine(faulted());
    engine.submit(
        Event.of(
            "StatusNotification", t(0, 0), C1, "status", "Faulted", "errorCode", "GroundFailure"));
    engine.submit(Event.of("StatusNotification", t(5, 0), C1, "status", "Available"));
    engine.advanceTo(t(10, 0));

    assertThat(incidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.summary()).isEqualTo(C1 + " faulted (GroundFailure)");
              assertThat(i.firstSeen()).isEqualTo(t(2, 0));
              assertThat(i.resolvedAt()).isEqualTo(t(5, 0));
            });
  }

  @Test
  void state_clearedBeforeTheDuration_byAnEventThatArrivedFirst_opensNothing() {
    IncidentEngine engine = engine(faulted());
    // Available at 1:00 arrives before Faulted at 0:00 (out of order, within lateness).
    engine.submit(Event.of("StatusNotification", t(1, 0), C1, "status", "Available"));
    engine.submit(Event.of("StatusNotification", t(0, 0), C1, "status", "Faulted"));
    engine.advanceTo(t(10, 0));
    assertThat(incidents()).isEmpty();
  }

  @Test
  void state_eventOlderThanTheWatermark_isRejectedAsLate_andChangesNothing() {
    IncidentEngine engine = engine(faulted());
    engine.submit(Event.of("StatusNotification", t(0, 0), C1, "status", "Faulted"));
    engine.submit(Event.of("Heartbeat", t(4, 0), CP1));
    // Watermark is now 3:00; a clearing event at 1:00 is too late to prevent the incident.
    assertThat(engine.submit(Event.of("StatusNotification", t(1, 0), C1, "status", "Available")))
        .isEqualTo(IncidentEngine.SubmitResult.LATE);
    engine.advanceTo(t(10, 0));
    assertThat(incidents())
        .singleElement()
        .satisfies(i -> assertThat(i.status()).isEqualTo(IncidentStatus.OPEN));
    assertThat(engine.stats().late()).isEqualTo(1);
  }

  @Test
  void state_clearingEventExactlyAtTheDeadline_winsOverTheTimer() {
    IncidentEngine engine = engine(faulted());
    engine.submit(Event.of("StatusNotification", t(0, 0), C1, "status", "Faulted"));
    engine.submit(Event.of("StatusNotification", t(2, 0), C1, "status", "Available"));
    engine.advanceTo(t(10, 0));
    assertThat(incidents()).isEmpty();
  }

  // ---------------------------------------------------------------------------------- absence

  Rule offline() {
    return Rule.builder("charger-offline", RuleKind.ABSENCE)
        .scope(SourceKind.CHARGER)
        .severity(Severity.CRITICAL)
        .when(Condition.anyEvent())
        .holdFor(Duration.ofMinutes(10))
        .summary("{{subject.id}} offline")
        .build();
  }

  @Test
  void absence_firesWhenTheClockPassesLastSeenPlusDurationPlusLateness_andResolvesOnNextMessage() {
    IncidentEngine engine = engine(offline());
    engine.submit(Event.of("Heartbeat", t(0, 0), CP1));
    // A connector event counts as a message from its charger.
    engine.submit(Event.of("StatusNotification", t(3, 0), C1, "status", "Available"));

    clock.set(t(13, 59)); // 3:00 + 10 min + 1 min lateness not yet passed
    engine.tick();
    assertThat(incidents()).isEmpty();

    clock.set(t(14, 1));
    engine.tick();
    assertThat(incidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.firstSeen()).isEqualTo(t(13, 0));
              assertThat(i.severity()).isEqualTo(Severity.CRITICAL);
            });

    clock.set(t(20, 0));
    engine.submit(Event.of("Heartbeat", t(20, 0), CP1));
    engine.advanceTo(t(21, 0));
    assertThat(incidents())
        .singleElement()
        .satisfies(i -> assertThat(i.resolvedAt()).isEqualTo(t(20, 0)));
  }

  @Test
  void absence_lateButAcceptedHeartbeat_preventsTheIncident() {
    IncidentEngine engine = engine(offline());
    engine.submit(Event.of("Heartbeat", t(0, 0), CP1));
    engine.submit(Event.of("Heartbeat", t(10, 30), CP1)); // watermark 9:30
    engine.submit(Event.of("Heartbeat", t(9, 45), CP1)); // out of order, still accepted
    engine.advanceTo(t(19, 0));
    assertThat(incidents()).isEmpty();
  }

  // ------------------------------------------------------------------------------------ count

  @Test
  void count_firesOnTheNthEventInTheWindow_andResolvesWhenTheWindowHoldsFewer() {
    IncidentEngine engine =
        engine(
            Rule.builder("repeated-reboots", RuleKind.COUNT)
                .scope(SourceKind.CHARGER)
                .when(Condition.type("BootNotification"))
                .count(3)
                .window(Duration.ofHours(1))
                .summary("{{count}} boots in {{window}}")
                .build());
    // Arrival order 0:40, 0:00, 0:20 (seconds), all within the 1 min lateness.
    engine.submit(Event.of("BootNotification", t(0, 40), CP1, "status", "Accepted"));
    engine.submit(Event.of("BootNotification", t(0, 0), CP1, "status", "Accepted"));
    engine.submit(Event.of("BootNotification", t(0, 20), CP1, "status", "Accepted"));
    engine.advanceTo(t(200, 0));

    assertThat(incidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.summary()).isEqualTo("3 boots in 1h");
              assertThat(i.firstSeen()).isEqualTo(t(0, 40));
              assertThat(i.resolvedAt()).isEqualTo(t(60, 0));
            });
  }

  @Test
  void count_eventsSpreadWiderThanTheWindow_doNotFire() {
    IncidentEngine engine =
        engine(
            Rule.builder("repeated-reboots", RuleKind.COUNT)
                .when(Condition.type("BootNotification"))
                .count(3)
                .window(Duration.ofHours(1))
                .build());
    engine.submit(Event.of("BootNotification", t(0, 0), CP1));
    engine.submit(Event.of("BootNotification", t(30, 0), CP1));
    engine.submit(Event.of("BootNotification", t(60, 0), CP1)); // 0:00 left the (0:00, 1:00] window
    engine.advanceTo(t(200, 0));
    assertThat(incidents()).isEmpty();
  }

  // -------------------------------------------------------------------------------- threshold

  @Test
  void threshold_relativeToAnotherAttribute_heldForDuration_firesAndResolves() {
    Source meter = Source.depot("north").meter("grid");
    IncidentEngine engine =
        engine(
            Rule.builder("site-power-near-limit", RuleKind.THRESHOLD)
                .when(Condition.type("SitePower"))
                .metric("powerKw")
                .threshold(AttributeMatcher.Op.GT, 0.95)
                .relativeTo("limitKw")
                .holdFor(Duration.ofMinutes(5))
                .summary("{{value}} kW > {{threshold}} kW")
                .build());
    for (int m = 0; m <= 12; m++) {
      double p = m < 2 ? 900 : m < 9 ? 960 : 700;
      engine.submit(Event.of("SitePower", t(m, 0), meter, "powerKw", p, "limitKw", 1000));
    }
    engine.advanceTo(t(30, 0));
    assertThat(incidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.summary()).isEqualTo("960 kW > 950 kW");
              assertThat(i.firstSeen()).isEqualTo(t(7, 0));
              assertThat(i.resolvedAt()).isEqualTo(t(9, 0));
              assertThat(i.labels()).containsEntry("meter", "grid");
            });
  }

  @Test
  void threshold_dipBelowTheLimitRestartsTheHoldTime() {
    Source meter = Source.depot("north").meter("grid");
    IncidentEngine engine =
        engine(
            Rule.builder("hot", RuleKind.THRESHOLD)
                .when(Condition.type("SitePower"))
                .metric("powerKw")
                .threshold(AttributeMatcher.Op.GTE, 100)
                .holdFor(Duration.ofMinutes(3))
                .build());
    double[] samples = {120, 120, 90, 120, 120, 120, 120, 80};
    for (int m = 0; m < samples.length; m++) {
      engine.submit(Event.of("SitePower", t(m, 0), meter, "powerKw", samples[m]));
    }
    engine.advanceTo(t(30, 0));
    assertThat(incidents())
        .singleElement()
        .satisfies(
            i -> {
              // Entered again at 3:00 after the dip at 2:00: fires at 6:00, not at 3:00.
              assertThat(i.firstSeen()).isEqualTo(t(6, 0));
              assertThat(i.resolvedAt()).isEqualTo(t(7, 0));
            });
  }

  @Test
  void threshold_lateAndOutOfOrderSamples_giveTheSameIncidentAsInOrder_andLateOnesAreIgnored() {
    Source meter = Source.depot("north").meter("grid");
    Rule rule =
        Rule.builder("hot", RuleKind.THRESHOLD)
            .when(Condition.type("SitePower"))
            .metric("powerKw")
            .threshold(AttributeMatcher.Op.GT, 100)
            .holdFor(Duration.ofMinutes(2))
            .summary("{{value}} > {{threshold}}")
            .build();
    double[] kw = {50, 120, 130, 125, 90, 60};
    // In order.
    IncidentEngine inOrder = engine(rule);
    for (int m = 0; m < kw.length; m++) {
      inOrder.submit(Event.of("SitePower", t(m, 0), meter, "powerKw", kw[m]));
    }
    inOrder.advanceTo(t(30, 0));
    List<String> expected = summaries();
    assertThat(expected).containsExactly("RESOLVED 08:03 08:04 125 > 100");

    // Out of order within the 1 min lateness: 2:00 arrives after 3:00. Then a 10 kW sample at 2:30,
    // which would break the hold, arrives after 4:00 moved the watermark to 3:00: rejected as
    // late, it changes nothing.
    store = new InMemoryIncidentStore();
    IncidentEngine shuffled = engine(rule);
    int[] order = {0, 1, 3, 2, 4};
    for (int m : order) {
      shuffled.submit(Event.of("SitePower", t(m, 0), meter, "powerKw", kw[m]));
    }
    assertThat(shuffled.submit(Event.of("SitePower", t(2, 30), meter, "powerKw", 10.0)))
        .isEqualTo(IncidentEngine.SubmitResult.LATE);
    shuffled.submit(Event.of("SitePower", t(5, 0), meter, "powerKw", kw[5]));
    shuffled.advanceTo(t(30, 0));
    assertThat(summaries()).isEqualTo(expected);
    assertThat(shuffled.stats().late()).isEqualTo(1);
  }

  /** Status, first seen, resolved (HH:mm) and summary of every incident. */
  List<String> summaries() {
    List<String> out = new java.util.ArrayList<>();
    for (Incident i : incidents()) {
      out.add(
          i.status()
              + " "
              + i.firstSeen().toString().substring(11, 16)
              + " "
              + (i.resolvedAt() == null ? "-" : i.resolvedAt().toString().substring(11, 16))
              + " "
              + i.summary());
    }
    return out;
  }

  // --------------------------------------------------------------------------------- progress

  /** The pack's session-failed-to-start shape: plugged in, energy register must rise in 10 min. */
  Rule sessionFailedToStart() {
    return Rule.builder("session-failed-to-start", RuleKind.PROGRESS)
        .scope(SourceKind.CONNECTOR)
        .when(
            Condition.type("StatusNotification")
                .where(
                    new AttributeMatcher(
                        "status",
                        AttributeMatcher.Op.IN,
                        List.of("Preparing", "SuspendedEV", "SuspendedEVSE", "Charging"))))
        .samples(Condition.type("MeterValues"))
        .metric("energyWh")
        .holdFor(Duration.ofMinutes(10))
        .summary("{{subject}} stuck at {{value}} Wh")
        .build();
  }

  Event status(int m, int s, String status) {
    return Event.of("StatusNotification", t(m, s), C1, "status", status);
  }

  Event meter(int m, int s, double wh) {
    return Event.of("MeterValues", t(m, s), C1, "energyWh", wh);
  }

  @Test
  void progress_pluggedButRegisterFlat_firesAfterTheDuration_andResolvesWhenEnergyFlows() {
    IncidentEngine engine = engine(sessionFailedToStart());
    // Arrival order differs from event order (all within the 1 min lateness).
    engine.submit(meter(0, 0, 1000)); // before plug-in: the baseline
    engine.submit(status(1, 0, "Charging"));
    engine.submit(status(0, 30, "Preparing"));
    engine.submit(meter(5, 0, 1000));
    engine.submit(meter(10, 0, 1000));
    engine.submit(meter(12, 0, 1800));
    engine.submit(meter(11, 0, 1000)); // out of order
    engine.advanceTo(t(30, 0));

    assertThat(incidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.firstSeen()).isEqualTo(t(10, 30));
              assertThat(i.summary()).isEqualTo(C1 + " stuck at 1000 Wh");
              assertThat(i.resolvedAt()).isEqualTo(t(12, 0));
              assertThat(i.timeline().get(i.timeline().size() - 1).detail())
                  .isEqualTo("energyWh rose from 1000 to 1800");
            });
  }

  @Test
  void progress_energyRisingBeforeTheDeadline_evenIfItArrivesLast_opensNothing() {
    IncidentEngine engine = engine(sessionFailedToStart());
    engine.submit(status(0, 0, "Preparing"));
    engine.submit(meter(9, 30, 1500)); // arrives before the earlier sample
    engine.submit(meter(9, 0, 1000)); // first sample after plug-in: the baseline
    engine.submit(status(9, 40, "Charging"));
    // Later the vehicle is full: SuspendedEV with a flat register is not a failed start.
    engine.submit(status(20, 0, "SuspendedEV"));
    engine.submit(meter(25, 0, 1500));
    engine.submit(meter(40, 0, 1500));
    engine.advanceTo(t(60, 0));
    assertThat(incidents()).isEmpty();
  }

  @Test
  void progress_unpluggedWithoutEnergy_resolves_andAStatusOutsideThePlugStateNeverFires() {
    IncidentEngine engine = engine(sessionFailedToStart());
    engine.submit(status(0, 0, "Preparing"));
    engine.submit(status(3, 0, "SuspendedEVSE")); // still plugged: keeps the 0:00 start
    engine.submit(status(25, 0, "Available")); // unplugged
    engine.submit(status(26, 0, "Available"));
    engine.submit(status(30, 0, "Faulted")); // not plugged: never fires
    engine.advanceTo(t(60, 0));
    assertThat(incidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.firstSeen()).isEqualTo(t(10, 0));
              assertThat(i.resolvedAt()).isEqualTo(t(25, 0));
              assertThat(i.summary()).isEqualTo(C1 + " stuck at  Wh"); // no meter value known
            });
  }

  @Test
  void progress_registerResetWhilePlugged_becomesTheNewBaseline_andPlugInAgainRestarts() {
    IncidentEngine engine = engine(sessionFailedToStart());
    engine.submit(meter(0, 0, 5000));
    engine.submit(status(1, 0, "Preparing"));
    engine.submit(meter(2, 0, 0)); // register reset: not energy
    engine.submit(meter(8, 0, 0));
    engine.submit(status(20, 0, "Available"));
    // Second session: plugged at 30:00, energy at 35:00.
    engine.submit(status(30, 0, "Preparing"));
    engine.submit(meter(35, 0, 400));
    engine.advanceTo(t(60, 0));
    assertThat(incidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.firstSeen()).isEqualTo(t(11, 0));
              assertThat(i.resolvedAt()).isEqualTo(t(20, 0));
            });
  }

  @Test
  void progress_lateMeterSample_isRejected_andCannotPreventTheIncident() {
    IncidentEngine engine = engine(sessionFailedToStart());
    engine.submit(meter(0, 0, 100));
    engine.submit(status(0, 0, "Preparing"));
    engine.submit(status(12, 0, "Charging")); // watermark 11:00: the 10:00 timer has fired
    assertThat(engine.submit(meter(9, 0, 900))).isEqualTo(IncidentEngine.SubmitResult.LATE);
    engine.advanceTo(t(13, 0));
    assertThat(incidents())
        .singleElement()
        .satisfies(i -> assertThat(i.status()).isEqualTo(IncidentStatus.OPEN));
  }

  @Test
  void progress_plugCyclesKeepOnePendingTimerPerConnector_andTheLastPlugInCounts() {
    IncidentEngine engine = engine(sessionFailedToStart());
    for (int i = 0; i < 100; i++) {
      engine.submit(status(0, 2 * i, "Preparing"));
      engine.submit(status(0, 2 * i + 1, "Available"));
    }
    engine.submit(status(5, 0, "Preparing")); // the one that stays plugged
    engine.advanceTo(t(5, 1));
    assertThat(engine.stats().pendingTimers()).isEqualTo(1);
    engine.advanceTo(t(14, 59));
    assertThat(incidents()).as("the 0:00 timer moved on to 15:00").isEmpty();
    engine.advanceTo(t(15, 1));
    assertThat(incidents())
        .singleElement()
        .satisfies(i -> assertThat(i.firstSeen()).isEqualTo(t(15, 0)));
  }

  // --------------------------------------------------------------------------------- decrease

  @Test
  void decrease_meterGoingBackwards_opensAnIncidentWithBothValues() {
    IncidentEngine engine =
        engine(
            Rule.builder("energy-meter-backwards", RuleKind.DECREASE)
                .when(Condition.type("MeterValues"))
                .metric("energyWh")
                .summary("{{threshold}} -> {{value}}")
                .build());
    engine.submit(Event.of("MeterValues", t(0, 0), C1, "energyWh", 1000));
    engine.submit(Event.of("MeterValues", t(2, 0), C1, "energyWh", 500));
    engine.submit(Event.of("MeterValues", t(1, 0), C1, "energyWh", 2000)); // out of order
    engine.advanceTo(t(10, 0));
    assertThat(incidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.summary()).isEqualTo("2000 -> 500");
              assertThat(i.firstSeen()).isEqualTo(t(2, 0));
            });
  }
}
