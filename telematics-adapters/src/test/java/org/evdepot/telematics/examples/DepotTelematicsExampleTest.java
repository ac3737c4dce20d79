package org.evdepot.telematics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DepotTelematicsExampleTest {
  @Test
  void example_runsAnHourAndReportsTheOutageAsStaleData() throws Exception {
    List<String> out = DepotTelematicsExample.run();
    assertThat(out).contains("event: bus-17 SoC 76.54 -> 77.48");
    assertThat(out).contains("event: samsara HEALTHY -> UNAVAILABLE");
    assertThat(out).anyMatch(l -> l.startsWith("event: bus-17 stale"));
    assertThat(out).contains("samsara status: UNAVAILABLE");
    assertThat(out)
        .anyMatch(l -> l.startsWith("truck-9: SoC 41.25 % (FRESH, observed 2026-03-02T05:59:30Z)"));
    assertThat(out).anyMatch(l -> l.startsWith("bus-17: SoC 77.48 % (STALE"));
  }
}
