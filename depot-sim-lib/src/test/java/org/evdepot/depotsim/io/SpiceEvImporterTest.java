package org.evdepot.depotsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Test;

/** Our own small scenario in SpiceEV's shape (src/test/resources/spiceev). */
class SpiceEvImporterTest {
  static Path fixture() throws URISyntaxException {
    return Path.of(SpiceEvImporterTest.class.getResource("/spiceev/small_scenario.json").toURI());
  }

  @Test
  void spiceEvShape_isRecognisedAndMapped() throws Exception {
    Scenario sc = ScenarioReader.read(fixture());
    assertThat(sc.durationSeconds()).isEqualTo(96 * 900);
    assertThat(sc.controlIntervalSeconds()).isEqualTo(900);
    assertThat(sc.chargers()).hasSize(2);
    assertThat(sc.chargers().get(0).minKw()).isEqualTo(2);
    assertThat(sc.chargers().get(1).efficiency()).isEqualTo(0.9);
    var type = sc.vehicleTypes().get("van");
    assertThat(type.usableKwh()).isEqualTo(80);
    // Curve capped by max_charging_power; mileage 25 kWh/100 km.
    assertThat(type.curve().maxKw(0.1)).isEqualTo(40);
    assertThat(type.curve().maxKw(1.0)).isEqualTo(10);
    assertThat(type.consumptionKwhPerKm()).isEqualTo(0.25);
    var a = sc.vehicles().get(0);
    assertThat(a.initialSoc()).isEqualTo(0.3);
    assertThat(a.blocks()).hasSize(1);
    Block b = a.blocks().get(0);
    assertThat(b.departure()).isEqualTo(7 * 3600);
    assertThat(b.returnAt()).isEqualTo(15 * 3600);
    assertThat(b.energyKwh()).isCloseTo(0.4 * 80, within(1e-9));
    assertThat(b.requiredSoc()).isEqualTo(0.8);
    assertThat(sc.vehicles().get(1).blocks()).isEmpty();
    assertThat(sc.site().gridLimitKw().valueAt(0)).isEqualTo(60);
    assertThat(sc.site().gridLimitKw().valueAt(17 * 3600)).isEqualTo(30);
    assertThat(sc.site().baseLoadKw().valueAt(7 * 3600 + 10)).isEqualTo(10);
    assertThat(sc.site().baseLoadKw().valueAt(10 * 3600)).isEqualTo(0);
    assertThat(sc.tariff().energyPrice().valueAt(3600)).isEqualTo(0.15);
    assertThat(sc.tariff().energyPrice().valueAt(17 * 3600)).isEqualTo(0.3);
  }

  @Test
  void importNotes_sayWhatWasApproximated() throws Exception {
    SpiceEvImporter.Result r = SpiceEvImporter.importFile(fixture());
    assertThat(r.notes()).anyMatch(n -> n.contains("polynomial"));
  }

  @Test
  void importedScenario_runsCleanWithEveryStrategy() throws Exception {
    Scenario sc = ScenarioReader.read(fixture());
    for (Strategy s : Strategy.values()) {
      var r = Checks.run(sc, s.planner());
      assertThat(r.kpis().departures()).isEqualTo(1);
      assertThat(r.kpis().missedDepartures()).as(s.name()).isZero();
    }
  }
}
