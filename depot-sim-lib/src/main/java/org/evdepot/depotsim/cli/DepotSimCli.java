package org.evdepot.depotsim.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evdepot.depotsim.io.ResultWriter;
import org.evdepot.depotsim.io.ScenarioReader;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.sim.RunOptions;
import org.evdepot.depotsim.sim.Simulation;
import org.evdepot.depotsim.sim.SimulationResult;

/**
 * Runs a scenario from the command line and prints a plain KPI summary.
 *
 * <pre>
 * run SCENARIO.json [--strategy uncontrolled|greedy|balanced|edf|llf|optimised] [--out DIR]
 *     [--days N] [--series-minutes M] [--no-replan-on-events] [--quiet]
 * </pre>
 *
 * <p>The scenario may be in this module's format or a SpiceEV scenario (recognised by its shape);
 * for a SpiceEV scenario the importer's notes (what was approximated) go to stderr. {@code --days
 * N} runs only the first N days (a shorter scenario runs whole; timed actions after the cut are
 * dropped). A progress bar goes to stderr for runs longer than two simulated days.
 *
 * <p>Exit codes: 0 success; 1 an unreadable or invalid scenario, an {@code --out} that is not a
 * directory or cannot be written, or an invariant violation; 2 a usage error (unknown option,
 * missing or invalid option value).
 */
public final class DepotSimCli {
  private DepotSimCli() {}

  /**
   * Entry point.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the command.
   *
   * @param args arguments
   * @param out where the summary goes
   * @param err where usage errors and progress go
   * @return exit code: 0 ok, 2 usage error, 1 failure
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 2 || !"run".equals(args[0])) {
      usage(err);
      return 2;
    }
    Path scenarioFile = Path.of(args[1]);
    Strategy strategy = Strategy.OPTIMISED;
    Path outDir = null;
    double days = -1;
    long seriesMinutes = -1;
    boolean replanOnEvents = true;
    boolean quiet = false;
    List<String> rest = new ArrayList<>(List.of(args).subList(2, args.length));
    try {
      for (int i = 0; i < rest.size(); i++) {
        String a = rest.get(i);
        switch (a) {
          case "--strategy":
            strategy = Strategy.parse(value(rest, i++));
            break;
          case "--out":
            outDir = Path.of(value(rest, i++));
            break;
          case "--days":
            days = positiveDays(value(rest, i++));
            break;
          case "--series-minutes":
            seriesMinutes = minutes(value(rest, i++));
            break;
          case "--no-replan-on-events":
            replanOnEvents = false;
            break;
          case "--quiet":
            quiet = true;
            break;
          default:
            err.println("unknown option: " + a);
            usage(err);
            return 2;
        }
      }
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      usage(err);
      return 2;
    }
    if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
      err.println("error: --out must be a directory, but " + outDir + " is a file");
      return 1;
    }
    try {
      ScenarioReader.Loaded loaded = ScenarioReader.load(scenarioFile);
      Scenario sc = loaded.scenario();
      if (loaded.spiceEv()) {
        err.println("SpiceEV scenario imported; approximations:");
        loaded.notes().forEach(n -> err.println("  - " + n));
      }
      if (days > 0) {
        // "Only the first N days": never longer than the scenario itself.
        long limit = Math.max(1, Math.round(days * 86_400));
        if (limit < sc.durationSeconds()) {
          sc = sc.withDuration(limit);
        }
      }
      long series =
          seriesMinutes >= 0
              ? seriesMinutes * 60
              : Math.max(900, sc.controlIntervalSeconds())
                  * (sc.durationSeconds() > 31 * 86_400L ? 4 : 1);
      RunOptions opt = new RunOptions(replanOnEvents, series, true);
      Simulation sim = Simulation.start(sc, strategy.planner(), strategy.cliName(), opt);
      boolean progress = !quiet && sc.durationSeconds() > 2 * 86_400L;
      long total = sc.durationSeconds();
      long chunk = Math.max(sc.controlIntervalSeconds(), total / 100);
      int shown = -1;
      while (!sim.finished()) {
        sim.step(chunk);
        if (progress) {
          int pct = (int) (100 * sim.now() / total);
          if (pct != shown) {
            shown = pct;
            int bars = pct / 2;
            err.print(
                "\r["
                    + "#".repeat(bars)
                    + " ".repeat(50 - bars)
                    + "] "
                    + String.format(Locale.ROOT, "%3d%%", pct));
          }
        }
      }
      if (progress) {
        err.println();
      }
      SimulationResult r = sim.result();
      if (outDir != null) {
        try {
          ResultWriter.write(r, outDir);
        } catch (UncheckedIOException e) {
          err.println("error: cannot write the results to " + outDir + ": " + e.getCause());
          return 1;
        }
      }
      out.print(r.kpis().summary());
      if (!r.violations().isEmpty()) {
        err.println("invariant violations:");
        r.violations().forEach(err::println);
        return 1;
      }
      return 0;
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private static String value(List<String> args, int optionIndex) {
    if (optionIndex + 1 >= args.size()) {
      throw new IllegalArgumentException("option " + args.get(optionIndex) + " needs a value");
    }
    return args.get(optionIndex + 1);
  }

  private static double positiveDays(String v) {
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      d = Double.NaN;
    }
    if (!(d > 0) || !Double.isFinite(d)) {
      throw new IllegalArgumentException("--days needs a number of days > 0: " + v);
    }
    return d;
  }

  private static long minutes(String v) {
    long m;
    try {
      m = Long.parseLong(v);
    } catch (NumberFormatException e) {
      m = -1;
    }
    if (m < 0) {
      throw new IllegalArgumentException("--series-minutes needs a whole number >= 0: " + v);
    }
    return m;
  }

  private static void usage(PrintStream err) {
    err.println(
        "usage: run SCENARIO.json [--strategy uncontrolled|greedy|balanced|edf|llf|optimised]"
            + " [--out DIR] [--days N] [--series-minutes M] [--no-replan-on-events] [--quiet]");
  }
}
