package org.evdepot.depotsim.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.evdepot.depotsim.sim.DepartureRecord;
import org.evdepot.depotsim.sim.SeriesTable;
import org.evdepot.depotsim.sim.SimulationResult;

/**
 * Writes a result into a folder: {@code kpis.json}, {@code summary.txt}, {@code departures.csv},
 * and when series were sampled {@code site.csv} (time, grid kW, EVSE kW, limit kW), {@code
 * chargers.csv} (kW per charger) and {@code soc.csv} (SoC per vehicle). Times are seconds since the
 * scenario start. Lines end with {@code \n}; ids that hold a comma, quote or line break are quoted
 * as RFC 4180 says.
 */
public final class ResultWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultWriter() {}

  /**
   * Writes every file.
   *
   * @param r the result
   * @param dir the folder (created if missing)
   * @throws UncheckedIOException if writing fails
   */
  public static void write(SimulationResult r, Path dir) {
    try {
      Files.createDirectories(dir);
      MAPPER.writeValue(dir.resolve("kpis.json").toFile(), r.kpis());
      Files.writeString(dir.resolve("summary.txt"), r.kpis().summary(), StandardCharsets.UTF_8);
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("departures.csv"))) {
        w.write("vehicle,time_s,soc,required_soc,shortfall_kwh,missed,not_returned\n");
        for (DepartureRecord d : r.departures()) {
          w.write(
              String.format(
                  Locale.ROOT,
                  "%s,%d,%.6f,%.6f,%.6f,%b,%b\n",
                  csv(d.vehicleId()),
                  d.time(),
                  d.soc(),
                  d.requiredSoc(),
                  d.shortfallKwh(),
                  d.missed(),
                  d.notReturned()));
        }
      }
      if (r.series().isPresent()) {
        writeSeries(r.series().get(), dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String header(List<String> ids) {
    StringBuilder b = new StringBuilder("time_s");
    for (String id : ids) {
      b.append(',').append(csv(id));
    }
    return b.append('\n').toString();
  }

  /**
   * A CSV field per RFC 4180: quoted (with inner quotes doubled) when it holds a comma, a quote, a
   * carriage return or a line feed, as is otherwise.
   */
  static String csv(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\r') < 0
        && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  private static void writeSeries(SeriesTable t, Path dir) throws IOException {
    try (BufferedWriter site = Files.newBufferedWriter(dir.resolve("site.csv"));
        BufferedWriter ch = Files.newBufferedWriter(dir.resolve("chargers.csv"));
        BufferedWriter soc = Files.newBufferedWriter(dir.resolve("soc.csv"))) {
      site.write("time_s,grid_kw,evse_kw,limit_kw\n");
      ch.write(header(t.chargerIds()));
      soc.write(header(t.vehicleIds()));
      StringBuilder b = new StringBuilder();
      for (int r = 0; r < t.rows(); r++) {
        site.write(
            String.format(
                Locale.ROOT,
                "%d,%.3f,%.3f,%.3f\n",
                t.time(r),
                t.gridKw(r),
                t.evKw(r),
                t.limitKw(r)));
        b.setLength(0);
        b.append(t.time(r));
        for (int c = 0; c < t.chargerIds().size(); c++) {
          b.append(',').append(String.format(Locale.ROOT, "%.3f", t.chargerKw(r, c)));
        }
        ch.write(b.append('\n').toString());
        b.setLength(0);
        b.append(t.time(r));
        for (int v = 0; v < t.vehicleIds().size(); v++) {
          b.append(',').append(String.format(Locale.ROOT, "%.4f", t.soc(r, v)));
        }
        soc.write(b.append('\n').toString());
      }
    }
  }
}
