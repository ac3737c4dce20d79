package org.evdepot.depotsim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** SpiceEV's own example scenario (MIT), read from the shared folder; runs with -Pshared-data. */
@Tag("shared-data")
class SpiceEvSharedDataTest {
  private static Path example() {
    String dir = System.getProperty("evdepot.shared.dir");
    assertThat(dir).as("system property evdepot.shared.dir").isNotNull();
    return Path.of(dir, "spiceev", "example_scenario.json");
  }

  @Test
  void spiceEvExampleScenario_importsAndRunsCleanWithEveryStrategy() {
    Scenario sc = ScenarioReader.read(example());
    assertThat(sc.vehicles()).extracting(v -> v.id()).containsExactly("V1", "V2");
    assertThat(sc.chargers()).hasSize(3);
    assertThat(sc.site().gridLimitKw().valueAt(0)).isEqualTo(200);
    assertThat(sc.vehicleTypes().get("sprinter").usableKwh()).isEqualTo(70);
    assertThat(sc.vehicles().get(0).blocks()).hasSize(1);
    assertThat(sc.vehicles().get(0).blocks().get(0).energyKwh())
        .isCloseTo(0.12 * 70, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(sc.durationSeconds()).isEqualTo(97 * 15 * 60);
    for (Strategy s : Strategy.values()) {
      var r = Checks.run(sc, s.planner());
      assertThat(r.kpis().departures()).isEqualTo(1);
    }
  }
}
