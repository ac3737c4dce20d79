package org.evdepot.bench.ocpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpi.OcpiEnvelope;
import org.evdepot.ocpi.OcpiJson;
import org.evdepot.ocpi.v221.Connector;
import org.evdepot.ocpi.v221.ConnectorFormat;
import org.evdepot.ocpi.v221.ConnectorType;
import org.evdepot.ocpi.v221.Evse;
import org.evdepot.ocpi.v221.GeoLocation;
import org.evdepot.ocpi.v221.Location;
import org.evdepot.ocpi.v221.PowerType;
import org.evdepot.ocpi.v221.Status;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Serialising (and parsing back) one page of 1,000 OCPI 2.2.1 locations inside a response envelope,
 * each with 2 EVSEs of 2 connectors: what a CPO's sender interface does per page.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LocationPageBenchmark -f 1 -wi 2 -i 3
 * -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LocationPageBenchmark {
  private OcpiEnvelope<List<Location>> page;
  private String json;

  /** Builds the page. */
  @Setup
  public void setUp() {
    Instant t = Instant.parse("2026-11-02T08:00:00Z");
    List<Location> locations = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      List<Evse> evses = new ArrayList<>();
      for (int e = 0; e < 2; e++) {
        List<Connector> cs = new ArrayList<>();
        for (int c = 1; c <= 2; c++) {
          cs.add(
              new Connector(
                  Integer.toString(c),
                  ConnectorType.IEC_62196_T2_COMBO,
                  ConnectorFormat.CABLE,
                  PowerType.DC,
                  800,
                  400,
                  300000,
                  List.of("T1"),
                  null,
                  t));
        }
        evses.add(
            new Evse(
                "L" + i + "-E" + e,
                "NL*CPO*E" + i + "x" + e,
                Status.AVAILABLE,
                null,
                null,
                cs,
                null,
                null,
                null,
                null,
                null,
                null,
                t));
      }
      locations.add(
          new Location(
              "NL",
              "CPO",
              "L" + i,
              true,
              null,
              "Depot " + i,
              "Busweg " + i,
              "Utrecht",
              "3511AA",
              null,
              "NLD",
              new GeoLocation("52.090737", "5.121420"),
              null,
              null,
              evses,
              null,
              null,
              null,
              null,
              null,
              "Europe/Amsterdam",
              null,
              null,
              null,
              null,
              t.plusSeconds(i)));
    }
    page = OcpiEnvelope.success(locations, t);
    json = OcpiJson.strict().write(page);
    if (json.length() < 100_000 || BigDecimal.ONE.signum() != 1) {
      throw new IllegalStateException("page too small: " + json.length());
    }
  }

  /**
   * Writes the page.
   *
   * @return the JSON text
   */
  @Benchmark
  public String serialisePage() {
    return OcpiJson.strict().write(page);
  }

  /**
   * Parses the page (strict mode).
   *
   * @return the envelope
   */
  @Benchmark
  public OcpiEnvelope<List<Location>> parsePage() {
    return OcpiJson.strict().readListEnvelope(json, Location.class);
  }
}
