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

  final InMemoryIncidentStore store = new InMemoryIncidentStore();

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
