package org.evdepot.incidents.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evdepot.incidents.Event;
import org.evdepot.incidents.Incident;
import org.evdepot.incidents.IncidentEngine;
import org.evdepot.incidents.IncidentStatus;
import org.evdepot.incidents.rules.RuleLoader;
import org.evdepot.incidents.store.InMemoryIncidentStore;
import org.evdepot.incidents.store.IncidentQuery;
import org.junit.jupiter.api.Test;

/** The built-in depot pack over a recorded day of depot events (arrival order, out of order). */
class DepotPackRecordedDayTest {

  @Test
  void builtInPack_findsExactlyTheInjectedSituations_withTheirTimes() {
    InMemoryIncidentStore store = new InMemoryIncidentStore();
    IncidentEngine engine =
        IncidentEngine.builder()
            .store(store)
            .allowedLateness(Duration.ofMinutes(2))
            .rules(RuleLoader.depotPack())
            .build();

    List<Event> events = RecordedDay.events();
    assertThat(events).hasSizeGreaterThan(2000);
    int outOfOrder = 0;
    for (int i = 0; i < events.size(); i++) {
      if (i > 0 && events.get(i).time().isBefore(events.get(i - 1).time())) {
        outOfOrder++;
      }
      assertThat(engine.submit(events.get(i))).isEqualTo(IncidentEngine.SubmitResult.ACCEPTED);
    }
    assertThat(outOfOrder).as("the recording holds out-of-order arrivals").isGreaterThan(100);
    engine.advanceTo(Instant.parse("2026-03-03T00:00:00Z"));

    List<String> actual = new ArrayList<>();
    for (Incident i : store.list(IncidentQuery.all())) {
      assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
      actual.add(i.ruleId() + " " + i.dedupKey() + " " + i.firstSeen() + " " + i.resolvedAt());
    }
    List<String> expected = new ArrayList<>();
    for (JsonNode e : RecordedDay.expected().get("incidents")) {
      expected.add(
          e.get("rule").asText()
              + " "
              + e.get("dedupKey").asText()
              + " "
              + e.get("firstSeen").asText()
              + " "
              + e.get("resolvedAt").asText());
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(engine.stats().late()).isZero();
  }

  @Test
  void builtInPack_rendersReadableSummaries() {
    InMemoryIncidentStore store = new InMemoryIncidentStore();
    IncidentEngine engine =
        IncidentEngine.builder()
            .store(store)
            .allowedLateness(Duration.ofMinutes(2))
            .rules(RuleLoader.depotPack())
            .build();
    RecordedDay.events().forEach(engine::submit);
    engine.advanceTo(Instant.parse("2026-03-03T00:00:00Z"));
    assertThat(store.list(IncidentQuery.all()))
        .extracting(Incident::summary)
        .contains(
            "Charger CP-02 offline",
            "Connector 2 of charger CP-03 faulted",
            "Charger CP-01 rebooted 3 times in 1h",
            "Energy meter of CP-01/1 went backwards",
            "Vehicle BUS-2 predicted to miss its departure target",
            "Site power above the limit at north");
    assertThat(store.list(IncidentQuery.all().withLabel("rule", "energy-meter-backwards")))
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.description())
                    .isEqualTo(
                        "Energy register of depot:north/charger:CP-01/connector:1 fell from"
                            + " 35000 Wh to 1000 Wh."));
  }
}
