package org.evdepot.depotsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Bad SpiceEV input, made by breaking one value of our fixture, fails with a {@link
 * ScenarioFormatException} naming the JSON path, not with a raw Java error.
 */
class SpiceEvImporterValidationTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String fixtureWith(Consumer<ObjectNode> change) throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readString(SpiceEvImporterTest.fixture()));
    change.accept(root);
    return root.toString();
  }

  private static ObjectNode at(ObjectNode root, String... path) {
    ObjectNode n = root;
    for (String p : path) {
      n = (ObjectNode) n.get(p);
    }
    return n;
  }

  @Test
  void fixture_isValidAndKeepsSpiceEvsExtraFields() throws Exception {
    // connected_charging_station, grid_operator, voltage_level... are not ours and are tolerated.
    assertThat(ScenarioReader.parse(fixtureWith(r -> {})).vehicles()).hasSize(2);
  }

  @Test
  void malformedChargingCurve_namesItsPath() throws Exception {
    String json =
        fixtureWith(
            r ->
                at(r, "components", "vehicle_types", "van")
                    .set("charging_curve", MAPPER.createArrayNode().add(0).add(150)));
    assertThatThrownBy(() -> ScenarioReader.parse(json))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining(
            "components.vehicle_types.van.charging_curve[0] must be a pair of numbers");
  }

  @Test
  void scalarPolynomialCost_namesItsPath() throws Exception {
    String json =
        fixtureWith(
            r -> {
              ObjectNode cost =
                  (ObjectNode) r.get("events").get("grid_operator_signals").get(1).get("cost");
              cost.put("value", 0.3);
            });
    assertThatThrownBy(() -> ScenarioReader.parse(json))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("events.grid_operator_signals[1].cost.value must be an array");
  }

  @Test
  void missingOrBadStartTime_namesTheField() throws Exception {
    String missing = fixtureWith(r -> at(r, "scenario").remove("start_time"));
    assertThatThrownBy(() -> ScenarioReader.parse(missing))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("scenario.start_time is missing");
    String bad = fixtureWith(r -> at(r, "scenario").put("start_time", "yesterday"));
    assertThatThrownBy(() -> ScenarioReader.parse(bad))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("scenario.start_time must be an ISO-8601 time")
        .hasMessageContaining("yesterday");
    String badEvent =
        fixtureWith(
            r ->
                ((ObjectNode) r.get("events").get("vehicle_events").get(1))
                    .put("start_time", "3pm"));
    assertThatThrownBy(() -> ScenarioReader.parse(badEvent))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("events.vehicle_events[1].start_time")
        .hasMessageContaining("3pm");
  }

  @Test
  void textWhereANumberBelongs_isRejected() throws Exception {
    String json =
        fixtureWith(r -> at(r, "components", "vehicle_types", "van").put("capacity", "80 kWh"));
    assertThatThrownBy(() -> ScenarioReader.parse(json))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("components.vehicle_types.van.capacity must be a number");
  }

  @Test
  void signalForAnUnknownConnector_namesItsPath() throws Exception {
    String json =
        fixtureWith(
            r ->
                ((ObjectNode) r.get("events").get("grid_operator_signals").get(0))
                    .put("grid_connector_id", "GC9"));
    assertThatThrownBy(() -> ScenarioReader.parse(json))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("events.grid_operator_signals[0].grid_connector_id")
        .hasMessageContaining("GC9");
  }

  @Test
  void costTypeSpiceEvCannotPrice_isRejected() throws Exception {
    String json =
        fixtureWith(
            r ->
                ((ObjectNode) r.get("events").get("grid_operator_signals").get(0).get("cost"))
                    .put("type", "tiered"));
    assertThatThrownBy(() -> ScenarioReader.parse(json))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining(
            "events.grid_operator_signals[0].cost.type must be fixed or polynomial");
  }

  @Test
  void batteryEfficiencyOutsideZeroToOne_isRejected() throws Exception {
    String json =
        fixtureWith(
            r -> at(r, "components", "vehicle_types", "van").put("battery_efficiency", 1.5));
    assertThatThrownBy(() -> ScenarioReader.parse(json))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("components.vehicle_types.van.battery_efficiency must be in (0, 1]");
  }
}
