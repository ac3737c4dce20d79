package org.evdepot.depotsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.sim.Kpis;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Test;

/**
 * Our own small scenarios in SpiceEV's shape (src/test/resources/spiceev, each with a description
 * of the case), read with SpiceEV's semantics; expected values are computed by hand.
 */
class SpiceEvImporterTest {
  private static final long H = 3600;
  private static final long AFTER_END = 24 * H + 86_400;

  static Path fixture() throws URISyntaxException {
    return fixture("small_scenario.json");
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(SpiceEvImporterTest.class.getResource("/spiceev/" + name).toURI());
  }

  private static SpiceEvImporter.Result load(String name) throws URISyntaxException {
    return SpiceEvImporter.importFile(fixture(name));
  }

  /** EDF charges each vehicle to its block's required SoC and no further. */
  private static Kpis runEdf(Scenario sc) {
    return Checks.run(sc, Strategy.EDF.planner()).kpis();
  }

  @Test
  void spiceEvShape_isRecognisedAndMapped() throws Exception {
    Scenario sc = ScenarioReader.read(fixture());
    assertThat(sc.durationSeconds()).isEqualTo(96 * 900);
    assertThat(sc.controlIntervalSeconds()).isEqualTo(900);
    assertThat(sc.chargers()).hasSize(2);
    assertThat(sc.chargers().get(0).minKw()).isEqualTo(2);
    // The charger efficiency is the vehicle type's battery_efficiency.
    assertThat(sc.chargers()).allMatch(c -> c.efficiency() == 0.9);
    var type = sc.vehicleTypes().get("van");
    assertThat(type.usableKwh()).isEqualTo(80);
    // SpiceEV's curve is station-side (max_charging_power is not read): battery side is 0.9 of it.
    assertThat(type.curve().maxKw(0.1)).isCloseTo(45, within(1e-9));
    assertThat(type.curve().maxKw(1.0)).isCloseTo(9, within(1e-9));
    assertThat(type.consumptionKwhPerKm()).isEqualTo(0.25);
    var a = sc.vehicles().get(0);
    assertThat(a.initialSoc()).isEqualTo(0.3);
    assertThat(a.blocks())
        .containsExactly(
            new Block(7 * H, 15 * H, 0, 0.4 * 80, 0.8), new Block(24 * H, AFTER_END, 0, 0, 0.9));
    assertThat(sc.vehicles().get(1).blocks())
        .containsExactly(new Block(24 * H, AFTER_END, 0, 0, 0.5));
    assertThat(sc.site().gridLimitKw().valueAt(0)).isEqualTo(60);
    assertThat(sc.site().gridLimitKw().valueAt(17 * H)).isEqualTo(30);
    assertThat(sc.site().baseLoadKw().valueAt(7 * H + 10)).isEqualTo(10);
    assertThat(sc.site().baseLoadKw().valueAt(10 * H)).isEqualTo(10);
    assertThat(sc.tariff().energyPrice().valueAt(H)).isCloseTo(0.15, within(1e-12));
    assertThat(sc.tariff().energyPrice().valueAt(17 * H)).isCloseTo(0.30, within(1e-12));
  }

  @Test
  void importNotes_sayWhatWasApproximated() throws Exception {
    SpiceEvImporter.Result r = SpiceEvImporter.importFile(fixture());
    assertThat(r.notes()).anyMatch(n -> n.contains("constant term 1.0 ct per step not kept"));
    assertThat(r.notes()).anyMatch(n -> n.contains("degree 2 and higher dropped"));
    assertThat(r.notes()).anyMatch(n -> n.contains("max_charging_power is not read"));
  }

  @Test
  void importedScenario_runsCleanWithEveryStrategy() throws Exception {
    Scenario sc = ScenarioReader.read(fixture());
    for (Strategy s : Strategy.values()) {
      var r = Checks.run(sc, s.planner());
      // The blocks at the end of the run only set the charging target; they are not departures.
      assertThat(r.kpis().departures()).isEqualTo(1);
      assertThat(r.kpis().missedDepartures()).as(s.name()).isZero();
    }
  }

  @Test
  void leadingArrival_isATripFromTheStartUsingItsSocDelta() throws Exception {
    SpiceEvImporter.Result r = load("away_at_start.json");
    var v = r.scenario().vehicles().get(0);
    assertThat(v.initialSoc()).isEqualTo(0.9);
    assertThat(v.blocks())
        .containsExactly(new Block(0, 10 * H, 0, 40, 0), new Block(24 * H, AFTER_END, 0, 0, 0.9));
    // SoC 0.9 - 0.4 = 0.5 on arrival, charged back to 0.9: 40 kWh at 0.20 EUR/kWh.
    Kpis k = runEdf(r.scenario());
    assertThat(k.gridEnergyKwh()).isCloseTo(40, within(1e-6));
    assertThat(k.energyCost()).isCloseTo(8.0, within(1e-6));
    assertThat(k.missedDepartures()).isZero();
  }

  @Test
  void lastArrival_chargesTowardsItsDesiredSocUntilItsDepartureOrTheEnd() throws Exception {
    SpiceEvImporter.Result r = load("after_last_arrival.json");
    var v1 = r.scenario().vehicles().get(0);
    var v2 = r.scenario().vehicles().get(1);
    assertThat(v1.blocks())
        .containsExactly(
            new Block(6 * H, 10 * H, 0, 30, 0.5), new Block(20 * H, AFTER_END, 0, 0, 0.8));
    assertThat(v2.blocks())
        .containsExactly(
            new Block(6 * H, 10 * H, 0, 30, 0.5), new Block(24 * H, AFTER_END, 0, 0, 0.8));
    assertThat(r.notes())
        .anyMatch(n -> n.startsWith("V2: charges towards desired_soc 0.8 until the end"));
    // Each: SoC 0.5 - 0.3 = 0.2 at 10:00, charged to 0.8 = 60 kWh; 120 kWh at 0.20 EUR/kWh.
    Kpis k = runEdf(r.scenario());
    assertThat(k.gridEnergyKwh()).isCloseTo(120, within(1e-6));
    assertThat(k.energyCost()).isCloseTo(24.0, within(1e-6));
    // Two trips and V1's departure at 20:00; V2's block at the end is not counted.
    assertThat(k.departures()).isEqualTo(3);
    assertThat(k.missedDepartures()).isZero();
  }

  @Test
  void batteryEfficiency_isTheChargerEfficiencyAndScalesTheStationSideCurve() throws Exception {
    Scenario sc = load("battery_efficiency.json").scenario();
    assertThat(sc.chargers().get(0).efficiency()).isEqualTo(0.8);
    assertThat(sc.vehicleTypes().get("van").curve().maxKw(0.5)).isCloseTo(16, within(1e-9));
    assertThat(sc.vehicles().get(0).blocks())
        .containsExactly(new Block(10 * H, AFTER_END, 0, 0, 0.6));
    // 0.4 x 100 kWh into the battery = 50 kWh from the grid, at 0.20 EUR/kWh.
    Kpis k = runEdf(sc);
    assertThat(k.gridEnergyKwh()).isCloseTo(50, within(1e-6));
    assertThat(k.energyCost()).isCloseTo(10.0, within(1e-6));
    assertThat(k.peakGridKw()).isLessThanOrEqualTo(20 + 1e-9);
    assertThat(k.missedDepartures()).isZero();
  }

  @Test
  void prices_comeFromTheConnectorAndSignalsInCtPerKwh() throws Exception {
    SpiceEvImporter.Result r = load("prices.json");
    var price = r.scenario().tariff().energyPrice();
    assertThat(price.valueAt(0)).isCloseTo(0.25, within(1e-12));
    assertThat(price.valueAt(12 * H)).isCloseTo(0.30, within(1e-12));
    // Polynomial [5, 10, 0.5]: the linear term 10 ct/kWh.
    assertThat(price.valueAt(18 * H)).isCloseTo(0.10, within(1e-12));
    assertThat(r.notes())
        .anyMatch(n -> n.contains("constant term 5.0 ct per step not kept"))
        .anyMatch(n -> n.contains("degree 2 and higher dropped"))
        .anyMatch(n -> n.contains("ct/kWh to EUR/kWh"));
    // 20 kWh before 05:00 at 0.25 EUR/kWh.
    Kpis k = runEdf(r.scenario());
    assertThat(k.gridEnergyKwh()).isCloseTo(20, within(1e-6));
    assertThat(k.energyCost()).isCloseTo(5.0, within(1e-6));
  }

  @Test
  void signalsAreCappedPerConnector_andLoadProfilesHoldTheirLastValue() throws Exception {
    SpiceEvImporter.Result r = load("signals_and_loads.json");
    var site = r.scenario().site();
    assertThat(site.gridLimitKw().valueAt(0)).isEqualTo(80);
    assertThat(site.gridLimitKw().valueAt(6 * H)).isEqualTo(80);
    assertThat(site.gridLimitKw().valueAt(12 * H)).isEqualTo(60);
    assertThat(site.baseLoadKw().valueAt(0)).isEqualTo(10);
    assertThat(site.baseLoadKw().valueAt(H)).isEqualTo(20);
    assertThat(site.baseLoadKw().valueAt(23 * H)).isEqualTo(20);
    assertThat(site.pvKw().valueAt(H + 1800)).isEqualTo(0);
    assertThat(site.pvKw().valueAt(2 * H)).isEqualTo(3);
    assertThat(site.pvKw().valueAt(23 * H)).isEqualTo(3);
    assertThat(r.notes()).anyMatch(n -> n.contains("events.fixed_load ignored"));
  }

  @Test
  void eventsTakeEffectAtTheNextStep_andAtOrAfterTheEndAreDropped_withSpiceEvsDefaults()
      throws Exception {
    SpiceEvImporter.Result r = load("event_steps.json");
    Scenario sc = r.scenario();
    var v1 = sc.vehicles().get(0);
    assertThat(v1.initialSoc()).isEqualTo(0.3);
    assertThat(v1.blocks())
        .containsExactly(new Block(7 * H, 10 * H, 0, 20, 0), new Block(16 * H, AFTER_END, 0, 0, 0));
    var v2 = sc.vehicles().get(1);
    assertThat(v2.initialSoc()).isZero();
    assertThat(v2.blocks()).isEmpty();
    assertThat(sc.tariff().energyPrice().valueAt(23 * H + 1800)).isCloseTo(0.20, within(1e-12));
    assertThat(r.notes())
        .anyMatch(n -> n.contains("1 vehicle events at or after the end dropped"))
        .anyMatch(n -> n.contains("1 grid operator signals at or after the end dropped"));
    // Desired SoC 0 everywhere: nothing is charged and nothing is missed.
    Kpis k = runEdf(sc);
    assertThat(k.gridEnergyKwh()).isZero();
    assertThat(k.departures()).isEqualTo(2);
    assertThat(k.missedDepartures()).isZero();
  }

  @Test
  void naiveTimesAndTheLegacyConstantsKey_areRead() throws Exception {
    SpiceEvImporter.Result r = load("legacy_keys.json");
    Scenario sc = r.scenario();
    assertThat(sc.start()).isEqualTo(Instant.parse("2025-03-03T00:00:00Z"));
    assertThat(sc.vehicles().get(0).blocks())
        .containsExactly(
            new Block(6 * H, 10 * H, 0, 25, 0.5), new Block(24 * H, AFTER_END, 0, 0, 0.5));
    assertThat(r.notes())
        .anyMatch(n -> n.contains("legacy key constants"))
        .anyMatch(n -> n.contains("read as UTC"))
        .anyMatch(n -> n.contains("constants.batteries (1) not imported"))
        .anyMatch(n -> n.contains("min_charging_power not kept"));
    // SoC 0.25 on return, charged to 0.5: 25 kWh into the battery, 25 / 0.95 from the grid.
    Kpis k = runEdf(sc);
    assertThat(k.gridEnergyKwh()).isCloseTo(25 / 0.95, within(1e-6));
    assertThat(k.energyCost()).isCloseTo(25 / 0.95 * 0.20, within(1e-6));
  }

  @Test
  void typesWithDifferentBatteryEfficiency_giveEveryChargerTheLowest() throws Exception {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = (ObjectNode) m.readTree(Files.readString(fixture()));
    ObjectNode types = (ObjectNode) root.path("components").path("vehicle_types");
    ObjectNode truck = ((ObjectNode) types.get("van")).deepCopy();
    truck.put("battery_efficiency", 0.85);
    types.set("truck", truck);
    ((ObjectNode) root.path("components").path("vehicles").get("van-b"))
        .put("vehicle_type", "truck");
    SpiceEvImporter.Result r = SpiceEvImporter.convert(root, "mixed");
    assertThat(r.scenario().chargers()).allMatch(c -> c.efficiency() == 0.85);
    // Each type keeps its own battery-side curve.
    assertThat(r.scenario().vehicleTypes().get("truck").curve().maxKw(0.1))
        .isCloseTo(50 * 0.85, within(1e-9));
    assertThat(r.notes()).anyMatch(n -> n.contains("differ in battery_efficiency"));
  }

  @Test
  void lateDepartureAndUnconnectedArrival_areNoted() throws Exception {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = (ObjectNode) m.readTree(Files.readString(fixture()));
    ObjectNode dep = (ObjectNode) root.path("events").path("vehicle_events").get(0);
    // Signalled at 07:00 but due two days before the start: applied at the start, late.
    dep.put("start_time", "2025-03-01T07:00:00+01:00");
    dep.put("signal_time", "2025-03-01T07:00:00+01:00");
    ObjectNode arr = (ObjectNode) root.path("events").path("vehicle_events").get(1);
    ((ObjectNode) arr.get("update")).putNull("connected_charging_station");
    SpiceEvImporter.Result r = SpiceEvImporter.convert(root, "late");
    assertThat(r.scenario().vehicles().get(0).blocks().get(0))
        .isEqualTo(new Block(0, 15 * H, 0, 32, 0.8));
    assertThat(r.notes())
        .anyMatch(n -> n.contains("van-a: departure at t=0 s is more than a step late"))
        .anyMatch(n -> n.contains("van-a: arrival at t=" + 15 * H + " s names no connected"));
  }
}
