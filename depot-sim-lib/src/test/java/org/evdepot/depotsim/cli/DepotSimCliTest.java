package org.evdepot.depotsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepotSimCliTest {
  @Test
  void run_writesKpisAndSeries_andPrintsTheSummary(@TempDir Path out) throws Exception {
    ByteArrayOutputStream so = new ByteArrayOutputStream();
    ByteArrayOutputStream se = new ByteArrayOutputStream();
    int code =
        DepotSimCli.run(
            new String[] {
              "run",
              "examples/small-depot-10-buses.json",
              "--strategy",
              "edf",
              "--out",
              out.toString()
            },
            new PrintStream(so, true, StandardCharsets.UTF_8),
            new PrintStream(se, true, StandardCharsets.UTF_8));
    String summary = so.toString(StandardCharsets.UTF_8);
    assertThat(code).as(se.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(summary).contains("strategy            edf").contains("limit violations    0");
    assertThat(out.resolve("kpis.json")).exists();
    assertThat(Files.readString(out.resolve("kpis.json"))).contains("\"peakGridKw\"");
    assertThat(Files.readAllLines(out.resolve("site.csv")).get(0))
        .isEqualTo("time_s,grid_kw,evse_kw,limit_kw");
    // 48 h at 15-minute samples.
    assertThat(Files.readAllLines(out.resolve("site.csv"))).hasSize(1 + 192);
    assertThat(Files.readAllLines(out.resolve("soc.csv")).get(0)).startsWith("time_s,B001,B002");
    assertThat(Files.readAllLines(out.resolve("departures.csv"))).hasSize(1 + 20);
  }

  @Test
  void seriesMinutes_notDividingTheControlInterval_givesARowEverySampleTime(@TempDir Path dir)
      throws Exception {
    Path seven = dir.resolve("seven");
    Path fifteen = dir.resolve("fifteen");
    assertThat(runQuietly("--series-minutes", "7", "--out", seven.toString())).isZero();
    assertThat(runQuietly("--series-minutes", "15", "--out", fifteen.toString())).isZero();
    // One day on a 5-minute control interval, sampled every 7 minutes: t = 0, 420, ..., 86100.
    int rows = (86_400 + 419) / 420;
    for (String csv : new String[] {"site.csv", "chargers.csv", "soc.csv"}) {
      List<String> lines = Files.readAllLines(seven.resolve(csv));
      assertThat(lines).as(csv).hasSize(1 + rows);
      for (int r = 0; r < rows; r++) {
        assertThat(lines.get(1 + r)).as(csv + " row " + r).startsWith((r * 420L) + ",");
      }
    }
    assertThat(Files.readAllLines(fifteen.resolve("site.csv"))).hasSize(1 + 96);
    // Sampling only observes the run: the KPIs are the same.
    assertThat(Files.readString(seven.resolve("kpis.json")))
        .isEqualTo(Files.readString(fifteen.resolve("kpis.json")));
  }

  private static int runQuietly(String... options) {
    String[] args = new String[5 + options.length];
    String[] base = {"run", "examples/small-depot-10-buses.json", "--days", "1", "--quiet"};
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(options, 0, args, base.length, options.length);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    return DepotSimCli.run(
        args,
        new PrintStream(sink, true, StandardCharsets.UTF_8),
        new PrintStream(sink, true, StandardCharsets.UTF_8));
  }

  @Test
  void greedyAlias_andProgressBar_forMultiDayRuns() {
    ByteArrayOutputStream so = new ByteArrayOutputStream();
    ByteArrayOutputStream se = new ByteArrayOutputStream();
    int code =
        DepotSimCli.run(
            new String[] {
              "run", "examples/small-depot-10-buses.json", "--strategy", "greedy", "--days", "3"
            },
            new PrintStream(so, true, StandardCharsets.UTF_8),
            new PrintStream(se, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    assertThat(so.toString(StandardCharsets.UTF_8)).contains("strategy            uncontrolled");
    assertThat(se.toString(StandardCharsets.UTF_8)).contains("100%").contains("[####");
  }

  @Test
  void badArguments_giveUsageAndExitCode2() {
    ByteArrayOutputStream se = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(se, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(DepotSimCli.run(new String[] {"walk"}, out, err)).isEqualTo(2);
    assertThat(DepotSimCli.run(new String[] {"run", "x.json", "--strategy", "fastest"}, out, err))
        .isEqualTo(2);
    assertThat(se.toString(StandardCharsets.UTF_8)).contains("unknown strategy: fastest");
  }

  @Test
  void missingFile_isAnErrorWithExitCode1() {
    ByteArrayOutputStream se = new ByteArrayOutputStream();
    int code =
        DepotSimCli.run(
            new String[] {"run", "does-not-exist.json"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(se, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(se.toString(StandardCharsets.UTF_8)).contains("does-not-exist.json");
  }
}
