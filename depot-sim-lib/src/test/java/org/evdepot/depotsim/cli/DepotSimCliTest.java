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
    // The first 3 days of the 365-day scenario: a multi-day run, so the progress bar shows.
    ByteArrayOutputStream so = new ByteArrayOutputStream();
    ByteArrayOutputStream se = new ByteArrayOutputStream();
    int code =
        DepotSimCli.run(
            new String[] {
              "run", "examples/year-300-buses.json", "--strategy", "greedy", "--days", "3"
            },
            new PrintStream(so, true, StandardCharsets.UTF_8),
            new PrintStream(se, true, StandardCharsets.UTF_8));
    assertThat(code).as(se.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(so.toString(StandardCharsets.UTF_8)).contains("strategy            uncontrolled");
    assertThat(se.toString(StandardCharsets.UTF_8)).contains("100%").contains("[####");
  }

  @Test
  void days_runsOnlyTheFirstDays_andNeverExtendsTheScenario(@TempDir Path out) throws Exception {
    ByteArrayOutputStream se = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(se, true, StandardCharsets.UTF_8);
    PrintStream quietOut =
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    String file = "examples/small-depot-10-buses.json";
    // 48 h scenario, --days 3: still 48 h (20 departures, no multi-day progress bar).
    Path three = out.resolve("three");
    assertThat(
            DepotSimCli.run(
                new String[] {"run", file, "--strategy", "edf", "--days", "3", "--out", "" + three},
                quietOut,
                err))
        .isZero();
    assertThat(Files.readAllLines(three.resolve("departures.csv"))).hasSize(1 + 20);
    assertThat(se.toString(StandardCharsets.UTF_8)).doesNotContain("100%");
    // --days 1: only the first day's 10 departures.
    Path one = out.resolve("one");
    assertThat(
            DepotSimCli.run(
                new String[] {"run", file, "--strategy", "edf", "--days", "1", "--out", "" + one},
                quietOut,
                err))
        .isZero();
    assertThat(Files.readAllLines(one.resolve("departures.csv"))).hasSize(1 + 10);
  }

  @Test
  void invalidOptionValues_areUsageErrorsNamingTheOption() {
    for (String[] bad :
        new String[][] {
          {"--days", "-1", "--days needs a number of days > 0: -1"},
          {"--days", "NaN", "--days needs a number of days > 0: NaN"},
          {"--days", "three", "--days needs a number of days > 0: three"},
          {"--series-minutes", "-5", "--series-minutes needs a whole number >= 0: -5"},
          {"--strategy", null, "option --strategy needs a value"},
          {"--days", null, "option --days needs a value"},
          {"--out", null, "option --out needs a value"},
        }) {
      ByteArrayOutputStream se = new ByteArrayOutputStream();
      String[] args =
          bad[1] == null
              ? new String[] {"run", "examples/small-depot-10-buses.json", bad[0]}
              : new String[] {"run", "examples/small-depot-10-buses.json", bad[0], bad[1]};
      int code =
          DepotSimCli.run(
              args,
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(se, true, StandardCharsets.UTF_8));
      assertThat(code).as(String.join(" ", args)).isEqualTo(2);
      assertThat(se.toString(StandardCharsets.UTF_8)).contains(bad[2]).contains("usage:");
    }
  }

  @Test
  void hugeDays_isCappedByTheScenario_notAnOutOfMemoryError() {
    ByteArrayOutputStream se = new ByteArrayOutputStream();
    int code =
        DepotSimCli.run(
            new String[] {
              "run", "examples/small-depot-10-buses.json", "--strategy", "edf", "--days", "1e300"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(se, true, StandardCharsets.UTF_8));
    assertThat(code).as(se.toString(StandardCharsets.UTF_8)).isZero();
  }

  @Test
  void outPointingAtAFile_isAClearErrorWithExitCode1(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("results.txt"), "x");
    ByteArrayOutputStream se = new ByteArrayOutputStream();
    int code =
        DepotSimCli.run(
            new String[] {"run", "examples/small-depot-10-buses.json", "--out", file.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(se, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(se.toString(StandardCharsets.UTF_8))
        .contains("--out must be a directory, but " + file + " is a file")
        .doesNotContain("Exception");
  }

  @Test
  void spiceEvScenario_printsTheImportNotes() {
    ByteArrayOutputStream so = new ByteArrayOutputStream();
    ByteArrayOutputStream se = new ByteArrayOutputStream();
    int code =
        DepotSimCli.run(
            new String[] {
              "run", "src/test/resources/spiceev/small_scenario.json", "--strategy", "edf"
            },
            new PrintStream(so, true, StandardCharsets.UTF_8),
            new PrintStream(se, true, StandardCharsets.UTF_8));
    String err = se.toString(StandardCharsets.UTF_8);
    assertThat(code).as(err).isZero();
    assertThat(err)
        .contains("SpiceEV scenario imported; approximations:")
        .contains("polynomial cost at t=")
        .contains("every vehicle starts at the depot");
    assertThat(so.toString(StandardCharsets.UTF_8)).contains("strategy            edf");
  }

  @Test
  void badScenarioValue_isAFormatErrorNamingThePath(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.json"),
            "{\"start\": \"yesterday\", \"site\": {\"gridLimitKw\": 10},"
                + " \"chargers\": [], \"vehicleTypes\": []}");
    ByteArrayOutputStream se = new ByteArrayOutputStream();
    int code =
        DepotSimCli.run(
            new String[] {"run", file.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(se, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(se.toString(StandardCharsets.UTF_8))
        .contains("error: start must be an ISO-8601 instant")
        .contains("yesterday");
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
