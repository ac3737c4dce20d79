package org.evdepot.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.incidents.rules.RuleLoader;
import org.evdepot.incidents.rules.RuleSet;
import org.evdepot.incidents.store.InMemoryIncidentStore;
import org.evdepot.incidents.store.IncidentQuery;
import org.evdepot.incidents.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A store that outlives the engine: a new engine (after a restart) takes over the active incidents
 * of its rules, so their resolving events, quiet periods and windows resolve them.
 */
class EngineRestartTest {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final Source DEPOT = Source.depot("north");

  final InMemoryIncidentStore store = new InMemoryIncidentStore();
  final MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(1)));
  final List<String> changes = new ArrayList<>();
  final AtomicInteger ids = new AtomicInteger();

  IncidentEngine engine(RuleSet rules, String name) {
    return IncidentEngine.builder()
        .store(store)
        .clock(clock)
        .allowedLateness(Duration.ZERO)
        .rules(rules)
        .idGenerator(() -> "inc-" + ids.incrementAndGet())
        .listener((i, c) -> changes.add(name + " " + c + " " + i.ruleId()))
        .build();
  }

  static RuleSet packWithout(String ruleId) {
    RuleSet pack = RuleLoader.depotPack();
    return new RuleSet(
        pack.rules().stream().filter(r -> !r.id().equals(ruleId)).toList(), pack.inhibitRules());
  }

  static RuleSet packOnly(String ruleId) {
    RuleSet pack = RuleLoader.depotPack();
    return new RuleSet(
        pack.rules().stream().filter(r -> r.id().equals(ruleId)).toList(), List.of());
  }

  static Instant t(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  /** Rule id to "status firstSeen resolvedAt" (HH:mm). */
  Map<String, String> byRule() {
    Map<String, String> out = new TreeMap<>();
    for (Incident i : store.list(IncidentQuery.all())) {
      out.put(
          i.ruleId(),
          i.status()
              + " "
              + i.firstSeen().toString().substring(11, 16)
              + " "
              + (i.resolvedAt() == null ? "-" : i.resolvedAt().toString().substring(11, 16)));
    }
    return out;
  }

  @Test
  void afterARestart_resolvingEventsQuietPeriodsWindowsAndEnergy_resolveIncidentsOpenedBefore() {
    RuleSet rules = packWithout("charger-offline"); // keep silent chargers out of this test
    Source cp1 = DEPOT.charger("CP-1");
    Source cp3 = DEPOT.charger("CP-3");
    Source c41 = DEPOT.charger("CP-4").connector("1");
    Source c42 = DEPOT.charger("CP-4").connector("2");

    IncidentEngine before = engine(rules, "before");
    before.submit(Event.of("BootNotification", t(0), cp1, "status", "Rejected"));
    before.submit(Event.of("MeterValues", t(0), c42, "energyWh", 5000));
    before.submit(Event.of("StatusNotification", t(0), c41, "status", "Preparing"));
    before.submit(Event.of("BootNotification", t(0), cp3, "status", "Accepted"));
    before.submit(Event.of("MeterValues", t(1), c42, "energyWh", 1000));
    for (int m : new int[] {10, 20}) {
      before.submit(Event.of("BootNotification", t(m), cp3, "status", "Accepted"));
    }
    before.advanceTo(t(25));
    assertThat(before.stats().late()).isZero();
    assertThat(byRule())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "boot-rejected", "OPEN 08:00 -",
                "repeated-reboots", "OPEN 08:20 -",
                "energy-meter-backwards", "OPEN 08:01 -",
                "session-failed-to-start", "OPEN 08:10 -"));

    // Restart: a new engine on the same store; the old one is gone.
    IncidentEngine after = engine(rules, "after");
    after.submit(Event.of("BootNotification", t(30), cp1, "status", "Accepted"));
    after.submit(Event.of("MeterValues", t(30), c41, "energyWh", 100));
    after.submit(Event.of("MeterValues", t(35), c41, "energyWh", 300));
    after.advanceTo(t(90));

    assertThat(byRule())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "boot-rejected", "RESOLVED 08:00 08:30", // resolving event
                "session-failed-to-start", "RESOLVED 08:10 08:35", // energy flows
                "energy-meter-backwards", "RESOLVED 08:01 09:01", // 1 h without occurrence
                "repeated-reboots", "RESOLVED 08:20 09:20")); // window after the last boot
    assertThat(store.list(IncidentQuery.all())).as("no duplicate incidents").hasSize(4);
    assertThat(changes.stream().filter(c -> c.startsWith("after ")))
        .containsExactlyInAnyOrder(
            "after RESOLVED boot-rejected",
            "after RESOLVED session-failed-to-start",
            "after RESOLVED energy-meter-backwards",
            "after RESOLVED repeated-reboots");
  }

  @Test
  void afterARestart_anOfflineCharger_staysOffline_untilItsNextMessage() {
    RuleSet rules = packOnly("charger-offline");
    Source cp2 = DEPOT.charger("CP-2");
    IncidentEngine before = engine(rules, "before");
    before.submit(Event.of("Heartbeat", t(0), cp2));
    before.advanceTo(t(11));
    assertThat(byRule()).containsEntry("charger-offline", "OPEN 08:10 -");

    IncidentEngine after = engine(rules, "after");
    after.advanceTo(t(30));
    assertThat(byRule()).containsEntry("charger-offline", "OPEN 08:10 -");
    after.submit(Event.of("Heartbeat", t(31), cp2));
    after.advanceTo(t(32));
    assertThat(byRule()).containsEntry("charger-offline", "RESOLVED 08:10 08:31");
    assertThat(store.list(IncidentQuery.all())).hasSize(1);
  }
}
