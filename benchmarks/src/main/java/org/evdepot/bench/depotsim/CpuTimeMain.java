package org.evdepot.bench.depotsim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import org.evdepot.depotsim.io.ScenarioReader;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.plan.DepotState;
import org.evdepot.depotsim.plan.Planner;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.sim.RunOptions;
import org.evdepot.depotsim.sim.Simulation;

/**
 * The same work as {@link ReplanBenchmark} and {@link YearSimulationBenchmark}, timed by the
 * thread's CPU time ({@code ThreadMXBean}) next to wall time, so the numbers hold up on a loaded
 * machine. Run from the repository root:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.evdepot.bench.depotsim.CpuTimeMain [replan|year|all] [strategy] [events]
 * </pre>
 *
 * <p>The replan cases are the five strategies and {@code forecast}: the optimising planner with 300
 * expected arrivals ({@link ReplanBenchmark#withForecast}).
 *
 * <p>The replan warm-up and measurement windows are 3 s of thread CPU time each. Run one strategy
 * per JVM for numbers comparable to JMH's forks (a JVM that ran every planner compiles the shared
 * slot loop for all of them and is slower).
 */
public final class CpuTimeMain {
  private CpuTimeMain() {}

  /**
   * Runs the measurements and prints one line per case.
   *
   * @param args {@code replan}, {@code year} or {@code all} (default), then optionally one strategy
   *     and {@code events} (the year in the engine's default mode)
   */
  public static void main(String[] args) {
    String what = args.length > 0 ? args[0] : "all";
    String only = args.length > 1 ? args[1] : null;
    boolean events = args.length > 2 && args[2].equals("events");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    if (!what.equals("year")) {
      for (int slots : new int[] {288, 1}) {
        for (String s :
            new String[] {"uncontrolled", "balanced", "edf", "llf", "optimised", "forecast"}) {
          if (only != null && !only.equals(s)) {
            continue;
          }
          // "forecast": the optimising planner with 300 expected arrivals on top.
          boolean forecast = s.equals("forecast");
          if (forecast && slots == 1) {
            continue;
          }
          Planner p = Strategy.parse(forecast ? "optimised" : s).planner();
          DepotState st = ReplanBenchmark.depot(500, slots, 1);
          if (forecast) {
            st = ReplanBenchmark.withForecast(st, 300, 2);
          }
          // Warm-up and measurement windows are 3 s of this thread's CPU time (not wall time), so
          // a loaded machine does not cut the JIT warm-up short.
          long warm = mx.getCurrentThreadCpuTime() + 3_000_000_000L;
          while (mx.getCurrentThreadCpuTime() < warm) {
            p.plan(st);
          }
          int n = 0;
          long c0 = mx.getCurrentThreadCpuTime();
          long w0 = System.nanoTime();
          long stop = c0 + 3_000_000_000L;
          while (mx.getCurrentThreadCpuTime() < stop) {
            p.plan(st);
            n++;
          }
          double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / n;
          double wall = (System.nanoTime() - w0) / 1e3 / n;
          System.out.printf(
              "replan slots=%d %-12s cpu %9.1f us/op  wall %9.1f us/op  (%d ops)%n",
              slots, s, cpu, wall, n);
        }
      }
    }
    if (!what.equals("replan")) {
      Scenario sc = ScenarioReader.read(Path.of("depot-sim-lib/examples/year-300-buses.json"));
      for (String s : new String[] {"uncontrolled", "balanced", "edf", "llf"}) {
        if (only != null && !only.equals(s)) {
          continue;
        }
        Strategy strat = Strategy.parse(s);
        // The measure: the planner at the 5-minute control interval. With "events" as the
        // third argument, the engine's default mode instead (also on every arrival, plug-in and
        // departure, and a 15-minute series), as the CLI runs without options.
        RunOptions opt = events ? RunOptions.defaults() : new RunOptions(false, 0, true);
        Simulation.start(sc, strat.planner(), s, opt).run();
        for (int i = 0; i < 3; i++) {
          long c0 = mx.getCurrentThreadCpuTime();
          long w0 = System.nanoTime();
          Simulation.start(sc, strat.planner(), s, opt).run();
          System.out.printf(
              "year %-12s%s cpu %7.0f ms  wall %7.0f ms%n",
              s,
              events ? " events" : "",
              (mx.getCurrentThreadCpuTime() - c0) / 1e6,
              (System.nanoTime() - w0) / 1e6);
        }
      }
    }
  }
}
