package org.evdepot.incidents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The example runs and shows what it says: a fault muted by its charger going offline. */
class DepotIncidentsExampleTest {

  @Test
  void example_reportsChargerOffline_andMutesTheConnectorFaultOfThatCharger() throws Exception {
    StringBuilder out = new StringBuilder();
    var bodies = DepotIncidentsExample.run(out);
    assertThat(out.toString())
        .contains("OPEN critical Charger CP-2 offline")
        .contains("OPEN warning Connector 2 of charger CP-2 faulted");
    assertThat(bodies)
        .singleElement()
        .satisfies(
            b ->
                assertThat(b)
                    .contains("\"rule\":\"charger-offline\"")
                    .doesNotContain("connector-faulted"));
  }
}
