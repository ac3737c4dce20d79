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
}
