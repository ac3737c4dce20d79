package org.evdepot.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.evdepot.incidents.store.InMemoryIncidentStore;
import org.evdepot.incidents.store.IncidentQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad rule file is rejected and the engine keeps its last good rules. */
class EngineReloadTest {

  @TempDir Path dir;

  @Test
  void reload_badFile_keepsLastGoodRules_andReportsFileRuleAndField() throws Exception {
    Path file = dir.resolve("depot.yaml");
    Files.writeString(
        file,
        """
        rules:
          - id: boot-rejected
            kind: match
            when: {type: BootNotification, where: {status: Rejected}}
        """);
    InMemoryIncidentStore store = new InMemoryIncidentStore();
    IncidentEngine engine = IncidentEngine.builder().store(store).build();
    assertThat(engine.reload(List.of(file)).applied()).isTrue();

    Files.writeString(
        file,
        """
        rules:
          - id: boot-rejected
            kind: match
            when: {type: BootNotification, where: {status: Rejected}}
            resolveAfter: soon
        """);
    ReloadResult result = engine.reload(List.of(file));
    assertThat(result.applied()).isFalse();
    assertThat(result.ruleCount()).isEqualTo(1);
    assertThat(result.failure().orElseThrow().getMessage())
        .isEqualTo(
            file
                + ": rule 'boot-rejected': field 'resolveAfter': bad duration 'soon'"
                + " (use e.g. 500ms, 30s, 10m, 2h, 1d, 1h30m or PT10M)");

    // The old rule still works.
    Instant t = Instant.parse("2026-03-02T08:00:00Z");
    engine.submit(
        Event.of(
            "BootNotification", t, Source.of(SourceKind.CHARGER, "CP-9"), "status", "Rejected"));
    engine.advanceTo(t.plusSeconds(60));
    assertThat(store.list(IncidentQuery.all()))
        .extracting(Incident::ruleId)
        .containsExactly("boot-rejected");
  }

  @Test
  void reload_unchangedRule_keepsItsState() {
    InMemoryIncidentStore store = new InMemoryIncidentStore();
    IncidentEngine engine =
        IncidentEngine.builder()
            .store(store)
            .allowedLateness(java.time.Duration.ZERO)
            .rules(org.evdepot.incidents.rules.RuleLoader.depotPack())
            .build();
    Instant t = Instant.parse("2026-03-02T08:00:00Z");
    Source c = Source.depot("north").charger("CP-1").connector("1");
    engine.submit(Event.of("StatusNotification", t, c, "status", "Faulted"));
    engine.replaceRules(org.evdepot.incidents.rules.RuleLoader.depotPack());
    engine.submit(Event.of("Heartbeat", t.plusSeconds(180), c.parent()));
    engine.advanceTo(t.plusSeconds(200));
    assertThat(store.list(IncidentQuery.all()))
        .extracting(Incident::ruleId)
        .containsExactly("connector-faulted");
  }

  @Test
  void removedRule_resolvesItsActiveIncidents_withReasonRuleRemoved_andOthersStayOpen() {
    InMemoryIncidentStore store = new InMemoryIncidentStore();
    List<String> changes = new java.util.ArrayList<>();
    IncidentEngine engine =
        IncidentEngine.builder()
            .store(store)
            .allowedLateness(java.time.Duration.ZERO)
            .rules(org.evdepot.incidents.rules.RuleLoader.depotPack())
            .listener((i, c) -> changes.add(i.ruleId() + " " + c))
            .build();
    Instant t = Instant.parse("2026-03-02T08:00:00Z");
    Source cp = Source.depot("north").charger("CP-1");
    engine.submit(Event.of("BootNotification", t, cp, "status", "Rejected"));
    engine.submit(Event.of("StatusNotification", t, cp.connector("1"), "status", "Faulted"));
    engine.advanceTo(t.plusSeconds(180));
    assertThat(store.list(IncidentQuery.active()))
        .extracting(Incident::ruleId)
        .containsExactlyInAnyOrder("boot-rejected", "connector-faulted");

    org.evdepot.incidents.rules.RuleSet pack = org.evdepot.incidents.rules.RuleLoader.depotPack();
    engine.replaceRules(
        new org.evdepot.incidents.rules.RuleSet(
            pack.rules().stream().filter(r -> !r.id().equals("boot-rejected")).toList(),
            pack.inhibitRules()));

    Incident removed = store.list(IncidentQuery.all().withLabel("rule", "boot-rejected")).get(0);
    assertThat(removed.status()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(removed.timeline().get(removed.timeline().size() - 1))
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.RESOLVED);
              assertThat(e.actor()).isEqualTo("engine");
              assertThat(e.detail()).isEqualTo(IncidentEngine.RULE_REMOVED);
            });
    assertThat(changes).containsOnlyOnce("boot-rejected RESOLVED");
    assertThat(store.list(IncidentQuery.active()))
        .extracting(Incident::ruleId)
        .containsExactly("connector-faulted");

    // Putting the rule back does not reopen anything by itself; a new occurrence opens a new
    // incident linked to the resolved one.
    engine.replaceRules(pack);
    engine.submit(Event.of("BootNotification", t.plusSeconds(300), cp, "status", "Rejected"));
    engine.advanceTo(t.plusSeconds(301));
    assertThat(store.findActive("boot-rejected/" + cp).orElseThrow().previousId())
        .isEqualTo(removed.id());
  }

  @Test
  void acknowledgeAndResolve_holdTheEngineLock_likeEveryOtherChange() {
    InMemoryIncidentStore store = new InMemoryIncidentStore();
    List<String> lockHeld = new java.util.ArrayList<>();
    IncidentEngine[] self = new IncidentEngine[1];
    IncidentEngine engine =
        IncidentEngine.builder()
            .store(store)
            .allowedLateness(java.time.Duration.ZERO)
            .rules(org.evdepot.incidents.rules.RuleLoader.depotPack())
            .listener((i, c) -> lockHeld.add(c + " " + Thread.holdsLock(self[0])))
            .build();
    self[0] = engine;
    Instant t = Instant.parse("2026-03-02T08:00:00Z");
    Source cp = Source.depot("north").charger("CP-1");
    engine.submit(Event.of("BootNotification", t, cp, "status", "Rejected"));
    engine.advanceTo(t.plusSeconds(1));
    String id = store.list(IncidentQuery.active()).get(0).id();
    engine.acknowledge(id, "alice");
    engine.resolve(id, "alice", "re-registered");
    assertThat(lockHeld).containsExactly("OPENED true", "ACKNOWLEDGED true", "RESOLVED true");
  }
}
