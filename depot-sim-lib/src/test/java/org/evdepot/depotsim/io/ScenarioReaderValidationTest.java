package org.evdepot.depotsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * Bad input in this module's format fails with a {@link ScenarioFormatException} whose message
 * names the JSON path of the bad value, never with a raw Java error or a silent default.
 */
class ScenarioReaderValidationTest {
  /** A valid scenario with {@code %s} spliced in at the top level (a leading comma included). */
  private static final String BASE =
      """
      {"durationHours": 10,
       "site": {"gridLimitKw": 100},
       "chargers": [{"id": "C", "maxKw": 50}],
       "vehicleTypes": [{"id": "van", "usableKwh": 60, "curve": [[0, 50], [1, 10]]}],
       "vehicles": [{"id": "V", "type": "van",
                     "blocks": [{"departHours": 6, "returnHours": 8, "energyKwh": 20}]}]
       %s}
      """;

  private static AbstractThrowableAssert<?, ? extends Throwable> rejects(String json) {
    return assertThatThrownBy(() -> ScenarioReader.parse(json))
        .isInstanceOf(ScenarioFormatException.class);
  }

  private static String replacing(String from, String to) {
    String json = BASE.formatted("");
    assertThat(json).contains(from);
    return json.replace(from, to);
  }

  @Test
  void baseScenario_isValid() {
    assertThat(ScenarioReader.parse(BASE.formatted("")).vehicles()).hasSize(1);
  }

  @Test
  void malformedCurvePairs_nameTheirPath() {
    rejects(replacing("[[0, 50], [1, 10]]", "[0, 150]"))
        .hasMessageContaining("vehicleTypes[0].curve[0] must be a pair of numbers");
    rejects(replacing("[[0, 50], [1, 10]]", "[[0]]"))
        .hasMessageContaining("vehicleTypes[0].curve[0] must be a pair of numbers");
  }

  @Test
  void malformedSeriesSteps_nameTheirPath_andTextIsNotANumber() {
    rejects(replacing("\"gridLimitKw\": 100", "\"gridLimitKw\": {\"steps\": [5]}"))
        .hasMessageContaining("site.gridLimitKw.steps[0] must be a pair of numbers");
    rejects(replacing("\"gridLimitKw\": 100", "\"gridLimitKw\": {\"steps\": [[0, \"abc\"]]}"))
        .hasMessageContaining("site.gridLimitKw.steps[0]")
        .hasMessageContaining("abc");
    rejects(replacing("\"maxKw\": 50", "\"maxKw\": \"50\""))
        .hasMessageContaining("chargers[0].maxKw must be a number");
  }

  @Test
  void unparsableDates_nameTheField() {
    rejects(BASE.formatted(", \"start\": \"yesterday\""))
        .hasMessageContaining("start must be an ISO-8601 instant")
        .hasMessageContaining("yesterday");
    rejects(
            BASE.formatted(
                ", \"fleets\": [{\"type\": \"van\", \"blocks\": [{\"depart\": \"6am\","
                    + " \"return\": \"14:00\"}]}]"))
        .hasMessageContaining("fleets[0].blocks[0].depart must be a time of day")
        .hasMessageContaining("6am");
  }

  @Test
  void unknownCurrentType_listsTheAllowedValues() {
    rejects(replacing("\"maxKw\": 50", "\"maxKw\": 50, \"type\": \"XX\""))
        .hasMessageContaining("chargers[0].type must be one of [AC, DC]")
        .hasMessageContaining("XX");
  }

  @Test
  void unknownFields_areRejectedWithThePathAndTheKnownFields() {
    rejects(
            BASE.formatted(
                ", \"actions\": [{\"atHours\": 1, \"type\": \"setSiteLimit\", \"kW\": 10}]"))
        .hasMessageContaining("actions[0].kW is not a known field")
        .hasMessageContaining("known fields: atHours, type, kw");
    rejects(replacing("\"energyKwh\": 20", "\"energyKWh\": 500"))
        .hasMessageContaining("vehicles[0].blocks[0].energyKWh is not a known field")
        .hasMessageContaining("energyKwh");
    rejects(replacing("\"maxKw\": 50", "\"maxKw\": 50, \"power\": 3"))
        .hasMessageContaining("chargers[0].power is not a known field");
    rejects(replacing("\"gridLimitKw\": 100", "\"gridLimitKw\": 100, \"pv\": 3"))
        .hasMessageContaining("site.pv is not a known field");
    rejects(replacing("\"type\": \"van\"", "\"type\": \"van\", \"soc\": 0.2"))
        .hasMessageContaining("vehicles[0].soc is not a known field");
    rejects(BASE.formatted(", \"durationHour\": 5"))
        .hasMessageContaining("durationHour is not a known field");
  }

  @Test
  void negativeCounts_andNonArrayLists_areRejected() {
    rejects(replacing("\"maxKw\": 50", "\"maxKw\": 50, \"count\": -3"))
        .hasMessageContaining("chargers[0].count must be >= 1: -3");
    rejects(replacing("\"maxKw\": 50", "\"maxKw\": 50, \"count\": 2.5"))
        .hasMessageContaining("chargers[0].count must be a whole number");
    rejects(
            replacing(
                "\"blocks\": [{\"departHours\": 6, \"returnHours\": 8, \"energyKwh\": 20}]",
                "\"blocks\": 5"))
        .hasMessageContaining("vehicles[0].blocks must be an array: 5");
  }

  @Test
  void negativeSiteValues_areRejected() {
    rejects(replacing("\"gridLimitKw\": 100", "\"gridLimitKw\": -100"))
        .hasMessageContaining("site")
        .hasMessageContaining("gridLimitKw must be >= 0");
    rejects(replacing("\"gridLimitKw\": 100", "\"gridLimitKw\": 100, \"pvKw\": -1"))
        .hasMessageContaining("pvKw must be >= 0");
    rejects(
            replacing(
                "\"gridLimitKw\": 100",
                "\"gridLimitKw\": 100, \"baseLoadKw\": {\"steps\": [[0, 5], [3, -2]]}"))
        .hasMessageContaining("baseLoadKw must be >= 0 at every time; it takes -2");
  }

  @Test
  void actionsWithoutIds_orWithANegativeDelay_orAfterTheEnd_areRejectedAtLoad() {
    rejects(BASE.formatted(", \"actions\": [{\"atHours\": 1, \"type\": \"plugIn\"}]"))
        .hasMessageContaining("actions[0].vehicle");
    rejects(BASE.formatted(", \"actions\": [{\"atHours\": 1, \"type\": \"chargerFault\"}]"))
        .hasMessageContaining("actions[0].charger");
    rejects(
            BASE.formatted(
                ", \"actions\": [{\"atHours\": 1, \"type\": \"delayPlugIn\", \"vehicle\": \"V\","
                    + " \"minutes\": -5}]"))
        .hasMessageContaining("actions[0]: plug-in delay must be >= 0: -300 s");
    rejects(
            BASE.formatted(
                ", \"actions\": [{\"atHours\": 11, \"type\": \"unplug\", \"vehicle\": \"V\"}]"))
        .hasMessageContaining("after the scenario's end");
    rejects(BASE.formatted(", \"actions\": [{\"type\": \"unplug\", \"vehicle\": \"V\"}]"))
        .hasMessageContaining("actions[0].atHours");
  }

  @Test
  void absurdDurations_areRejectedAtLoad() {
    rejects(BASE.formatted("").replace("\"durationHours\": 10", "\"durationHours\": 1e18"))
        .hasMessageContaining("durationHours must be > 0 and at most 878400");
    rejects(BASE.formatted("").replace("\"durationHours\": 10", "\"durationHours\": 0"))
        .hasMessageContaining("durationHours");
  }

  @Test
  void horizonsAndFleetsTooLargeToHoldInMemory_areRejectedAtLoad() {
    // 20,000 five-minute slots are accepted, one more is not.
    assertThat(
            ScenarioReader.parse(BASE.formatted(", \"horizonHours\": " + 20_000 * 5 / 60.0))
                .horizonSeconds())
        .isEqualTo(6_000_000);
    rejects(BASE.formatted(", \"horizonHours\": " + 20_001 * 5 / 60.0))
        .hasMessageContaining("at most 20000 control intervals");
    rejects(
            BASE.formatted(
                ", \"fleets\": [{\"count\": 100000, \"type\": \"van\", \"days\": 100,"
                    + " \"blocks\": [{\"depart\": \"06:00\", \"return\": \"08:00\"}]}]"))
        .hasMessageContaining("fleets[0] would make 10000000 blocks");
  }
}
