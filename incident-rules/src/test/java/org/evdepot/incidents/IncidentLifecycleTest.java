package org.evdepot.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.incidents.rules.Condition;
import org.evdepot.incidents.rules.Rule;
import org.evdepot.incidents.rules.RuleKind;
import org.evdepot.incidents.rules.RuleSet;
import org.evdepot.incidents.store.InMemoryIncidentStore;
import org.evdepot.incidents.store.IncidentQuery;
import org.evdepot.incidents.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** Open, acknowledged, resolved; timeline, counts, and linking a recurrence to its predecessor. */
class IncidentLifecycleTest {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final Source C1 = Source.depot("north").charger("CP-1").connector("1");

  final InMemoryIncidentStore store = new InMemoryIncidentStore();
  final MutableClock clock = new MutableClock(T0.plusSeconds(3600));
  final List<String> changes = new ArrayList<>();
  final AtomicInteger ids = new AtomicInteger();
  final IncidentEngine engine =
      IncidentEngine.builder()
          .store(store)
          .clock(clock)
          .allowedLateness(Duration.ZERO)
          .maxClockSkew(Duration.ofDays(1)) // event times run ahead of the acknowledgement clock
          .idGenerator(() -> "inc-" + ids.incrementAndGet())
          .listener((i, c) -> changes.add(i.id() + " " + c))
          .rules(
              RuleSet.of(
                  List.of(
                      Rule.builder("connector-faulted", RuleKind.STATE)
                          .when(Condition.type("StatusNotification").where("status", "Faulted"))
                          .holdFor(Duration.ofMinutes(2))
                          .build())))
          .build();

  void status(int minute, String status) {
    engine.submit(
        Event.of("StatusNotification", T0.plusSeconds(minute * 60L), C1, "status", status));
  }

  @Test
  void fullLifecycle_openAcknowledgeResolve_isRecordedInTheTimeline() {
    status(0, "Faulted");
    status(3, "Faulted");
    status(4, "Faulted");
    status(5, "Heartbeat-ish"); // StatusNotification with another status clears the state
    engine.advanceTo(T0.plusSeconds(300));

    Incident open = store.list(IncidentQuery.all()).get(0);
    assertThat(open.status()).isEqualTo(IncidentStatus.OPEN);
    assertThat(open.firstSeen()).isEqualTo(T0.plusSeconds(120));
    assertThat(open.lastSeen()).isEqualTo(T0.plusSeconds(240));
    assertThat(open.occurrences()).isEqualTo(3);

    Incident acked = engine.acknowledge(open.id(), "alice");
    assertThat(acked.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
    assertThat(acked.acknowledgedAt()).isEqualTo(clock.instant());

    engine.advanceTo(T0.plusSeconds(301));
    Incident resolved = store.find(open.id()).orElseThrow();
    assertThat(resolved.status()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(resolved.resolvedAt()).isEqualTo(T0.plusSeconds(300));
    assertThat(resolved.acknowledgedBy()).isEqualTo("alice");
    assertThat(resolved.timeline())
        .extracting(TimelineEntry::kind)
        .containsExactly(
            TimelineEntry.Kind.OPENED,
            TimelineEntry.Kind.OCCURRED,
            TimelineEntry.Kind.OCCURRED,
            TimelineEntry.Kind.ACKNOWLEDGED,
            TimelineEntry.Kind.RESOLVED);
    assertThat(resolved.timeline().get(3).actor()).isEqualTo("alice");
    assertThat(changes)
        .containsExactly(
            "inc-1 OPENED",
            "inc-1 OCCURRED",
            "inc-1 OCCURRED",
            "inc-1 ACKNOWLEDGED",
            "inc-1 RESOLVED");
  }

  @Test
  void recurrenceAfterResolution_opensANewIncidentLinkedToThePreviousOne() {
    status(0, "Faulted");
    status(5, "Available");
    status(10, "Faulted");
    status(20, "Available");
    engine.advanceTo(T0.plusSeconds(3600));

    List<Incident> all = store.list(IncidentQuery.all());
    assertThat(all).hasSize(2);
    assertThat(all.get(0).previousId()).isNull();
    assertThat(all.get(1).previous()).contains(all.get(0).id());
    assertThat(all.get(1).dedupKey()).isEqualTo(all.get(0).dedupKey());
    assertThat(all).allSatisfy(i -> assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED));
  }

  @Test
  void acknowledgingAResolvedIncident_isRefused() {
    status(0, "Faulted");
    status(5, "Available");
    engine.advanceTo(T0.plusSeconds(600));
    String id = store.list(IncidentQuery.all()).get(0).id();
    assertThatThrownBy(() -> engine.acknowledge(id, "bob"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("resolved");
  }

  @Test
  void manualResolution_isRecordedWithWhoAndWhy() {
    status(0, "Faulted");
    engine.advanceTo(T0.plusSeconds(600));
    String id = store.list(IncidentQuery.all()).get(0).id();
    Incident r = engine.resolve(id, "carol", "replaced the cable");
    assertThat(r.timeline().get(r.timeline().size() - 1))
        .isEqualTo(
            new TimelineEntry(
                clock.instant(), TimelineEntry.Kind.RESOLVED, "carol", "replaced the cable"));
  }

  @Test
  void timeline_isCappedButOccurrencesKeepCounting() {
    status(0, "Faulted");
    for (int m = 3; m < 200; m++) {
      status(m, "Faulted");
    }
    engine.advanceTo(T0.plusSeconds(200 * 60));
    Incident i = store.list(IncidentQuery.all()).get(0);
    assertThat(i.occurrences()).isEqualTo(198);
    assertThat(i.timeline()).hasSize(Incident.TIMELINE_LIMIT);
  }
}
