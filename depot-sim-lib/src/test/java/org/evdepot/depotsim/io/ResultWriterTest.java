package org.evdepot.depotsim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evdepot.depotsim.model.Block;
import org.evdepot.depotsim.model.Charger;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.model.CurrentType;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.model.Site;
import org.evdepot.depotsim.model.Vehicle;
import org.evdepot.depotsim.model.VehicleType;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.sim.RunOptions;
import org.evdepot.depotsim.sim.SimulationResult;
import org.evdepot.depotsim.testsupport.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultWriterTest {
  @Test
  void csvFields_areQuotedPerRfc4180_andLinesEndWithLf(@TempDir Path out) throws Exception {
    Scenario sc =
        Scenario.builder()
            .durationSeconds(12 * 3600)
            .site(Site.ofLimit(100))
            .charger(new Charger("North, bay 1", 50, 0, 1, 1, CurrentType.DC))
            .charger(new Charger("C2", 50, 0, 1, 1, CurrentType.DC))
            .vehicleType(new VehicleType("van", 60, ChargingCurve.constant(50), 0.2, 22))
            .vehicle(
                new Vehicle(
                    "Van \"A\"", "van", 0.5, 0, List.of(new Block(6 * 3600, 8 * 3600, 0, 10, 0.8))))
            .build();
    SimulationResult r =
        Checks.run(sc, Strategy.EDF.planner(), RunOptions.defaults().withSeriesInterval(3600));
    ResultWriter.write(r, out);

    assertThat(Files.readAllLines(out.resolve("chargers.csv")).get(0))
        .isEqualTo("time_s,\"North, bay 1\",C2");
    assertThat(Files.readAllLines(out.resolve("soc.csv")).get(0))
        .isEqualTo("time_s,\"Van \"\"A\"\"\"");
    assertThat(Files.readAllLines(out.resolve("departures.csv")).get(1))
        .startsWith("\"Van \"\"A\"\"\",21600,");
    for (String f : List.of("site.csv", "chargers.csv", "soc.csv", "departures.csv")) {
      assertThat(Files.readString(out.resolve(f))).as(f).doesNotContain("\r").endsWith("\n");
    }
  }

  @Test
  void plainFields_areNotQuoted() {
    assertThat(ResultWriter.csv("B001")).isEqualTo("B001");
    assertThat(ResultWriter.csv("a\nb")).isEqualTo("\"a\nb\"");
  }
}
