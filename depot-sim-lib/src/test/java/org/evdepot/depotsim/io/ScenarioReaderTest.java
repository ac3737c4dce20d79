package org.evdepot.depotsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.CurrentType;
import org.evdepot.depotsim.model.Scenario;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {
  @Test
  void shippedSmallExample_expandsFleetAndChargerRules() {
    Scenario sc = ScenarioReader.read(Path.of("examples/small-depot-10-buses.json"));
    assertThat(sc.vehicles()).hasSize(10);
    assertThat(sc.chargers()).hasSize(10);
    assertThat(sc.chargers().get(0).id()).isEqualTo("DC-001");
    assertThat(sc.vehicles().get(1).id()).isEqualTo("B002");
    Block first = sc.vehicles().get(1).blocks().get(0);
    // 06:00 plus one 5-minute stagger; back at 20:00 plus the stagger.
    assertThat(first.departure()).isEqualTo(6 * 3600 + 300);
    assertThat(first.returnAt()).isEqualTo(20 * 3600 + 300);
    assertThat(first.energyFor(sc.typeOf(sc.vehicles().get(1)))).isEqualTo(220 * 1.1);
    assertThat(sc.site().baseLoadKw().valueAt(7 * 3600)).isEqualTo(45);
    assertThat(sc.tariff().energyPrice().valueAt(86_400 + 23 * 3600)).isEqualTo(0.12);
    assertThat(sc.controlIntervalSeconds()).isEqualTo(300);
  }

  @Test
  void shippedLargeAndYearExamples_read() {
    Scenario large = ScenarioReader.read(Path.of("examples/large-depot-300-buses.json"));
    assertThat(large.vehicles()).hasSize(300);
    assertThat(large.chargers()).hasSize(150).allMatch(c -> c.evses() == 2);
    Scenario year = ScenarioReader.read(Path.of("examples/year-300-buses.json"));
    assertThat(year.durationSeconds()).isEqualTo(8760L * 3600);
    assertThat(year.vehicles().get(0).blocks()).hasSize(366);
    assertThat(year.actions()).hasSize(4);
  }

  @Test
  void explicitVehiclesAndActions_read() {
    String json =
        """
        {"name": "x", "durationHours": 10,
         "site": {"gridLimitKw": {"steps": [[0, 100], [5, 50]]}},
         "chargers": [{"id": "AC1", "maxKw": 22, "type": "ac"}],
         "vehicleTypes": [{"id": "van", "usableKwh": 60, "curve": [[0, 50], [1, 10]]}],
         "vehicles": [{"id": "V", "type": "van", "initialSoc": 0.3, "requiredSoc": 0.7,
                       "blocks": [{"departHours": 6, "returnHours": 8, "energyKwh": 20}]}],
         "actions": [{"atHours": 1, "type": "chargerFault", "charger": "AC1"}]}
        """;
    Scenario sc = ScenarioReader.parse(json);
    assertThat(sc.chargers().get(0).type()).isEqualTo(CurrentType.AC);
    assertThat(sc.site().gridLimitKw().valueAt(6 * 3600)).isEqualTo(50);
    assertThat(sc.vehicles().get(0).blocks().get(0).requiredSoc()).isEqualTo(0.7);
    assertThat(sc.actions().get(0).at()).isEqualTo(3600);
  }

  @Test
  void invalidValues_areNamedInTheError() {
    assertThatThrownBy(
            () ->
                ScenarioReader.parse(
                    """
                    {"site": {"gridLimitKw": 100},
                     "chargers": [{"id": "C", "maxKw": -5}],
                     "vehicleTypes": []}
                    """))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("charger C maxKw")
        .hasMessageContaining("-5");
    assertThatThrownBy(
            () ->
                ScenarioReader.parse(
                    """
                    {"site": {"gridLimitKw": 100},
                     "chargers": [{"id": "C", "maxKw": 50}],
                     "vehicleTypes": [],
                     "actions": [{"atHours": 1, "type": "chargerFault", "charger": "C9"}]}
                    """))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("unknown charger: C9");
    assertThatThrownBy(() -> ScenarioReader.parse("{\"chargers\": []}"))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("site");
  }
}
