package org.evdepot.depotsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** SpiceEV's own example scenario (MIT), read from the shared folder; runs with -Pshared-data. */
@Tag("shared-data")
class SpiceEvSharedDataTest {
  private static final long END = 97 * 15 * 60;

  private static Path example() {
    String dir = System.getProperty("evdepot.shared.dir");
    assertThat(dir).as("system property evdepot.shared.dir").isNotNull();
    return Path.of(dir, "spiceev", "example_scenario.json");
  }

  @Test
  void spiceEvExampleScenario_importsWithSpiceEvsSemanticsAndRunsClean() {
    Scenario sc = ScenarioReader.read(example());
    assertThat(sc.vehicles()).extracting(v -> v.id()).containsExactly("V1", "V2");
    assertThat(sc.chargers()).hasSize(3);
    // No battery_efficiency in the example: SpiceEV's default 0.95.
    assertThat(sc.chargers()).allMatch(c -> c.efficiency() == 0.95);
    assertThat(sc.site().gridLimitKw().valueAt(0)).isEqualTo(200);
    assertThat(sc.vehicleTypes().get("sprinter").usableKwh()).isEqualTo(70);
    assertThat(sc.durationSeconds()).isEqualTo(END);
    // V1: the trip 08:00-17:00 (soc_delta -0.12), then charging towards the arrival's desired_soc
    // 0.9 until the end (its estimated departure is after the end). V2 has no desired_soc (0).
    assertThat(sc.vehicles().get(0).blocks())
        .containsExactly(
            new Block(8 * 3600, 17 * 3600, 0, 0.12 * 70, 0.9),
            new Block(END, END + 86_400, 0, 0, 0.9));
    assertThat(sc.vehicles().get(1).blocks()).isEmpty();
    // The building load starts at 00:08 on the 2nd, rounded up to step 97: after the end.
    assertThat(sc.site().baseLoadKw().valueAt(END - 1)).isZero();
    // Polynomial [1, 0, 1] at the start (linear term 0), then fixed 42 ct/kWh from 00:15.
    assertThat(sc.tariff().energyPrice().valueAt(0)).isZero();
    assertThat(sc.tariff().energyPrice().valueAt(900)).isCloseTo(0.42, within(1e-12));
    for (Strategy s : Strategy.values()) {
      var k = Checks.run(sc, s.planner()).kpis();
      assertThat(k.departures()).as(s.name()).isEqualTo(1);
      assertThat(k.missedDepartures()).as(s.name()).isZero();
    }
    // EDF: V1 back at SoC 0.88 is charged to 0.9: 1.4 kWh into the battery, 1.4 / 0.95 from the
    // grid, all after 00:15 at 0.42 EUR/kWh.
    var edf = Checks.run(sc, Strategy.EDF.planner()).kpis();
    assertThat(edf.gridEnergyKwh()).isCloseTo(1.4 / 0.95, within(1e-6));
    assertThat(edf.energyCost()).isCloseTo(1.4 / 0.95 * 0.42, within(1e-6));
  }
}
