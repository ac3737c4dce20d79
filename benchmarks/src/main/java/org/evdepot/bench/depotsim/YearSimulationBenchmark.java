package org.evdepot.bench.depotsim;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.evdepot.depotsim.io.ScenarioReader;
import org.evdepot.depotsim.model.Scenario;
import org.evdepot.depotsim.plan.Strategy;
import org.evdepot.depotsim.sim.Kpis;
import org.evdepot.depotsim.sim.RunOptions;
import org.evdepot.depotsim.sim.Simulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One simulated year of the shipped 300-bus depot ({@code
 * depot-sim-lib/examples/year-300-buses.json}: 300 buses, 150 dual-EVSE chargers, daily blocks,
 * random delays and energy use, a fault and a curtailment) at a 5-minute control interval,
 * invariants checked, no time series, planner at every control interval (not on every event). Run
 * from the repository root:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar YearSimulationBenchmark -f 1 -wi 1 -i 2
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(1)
public class YearSimulationBenchmark {
  @Param({"uncontrolled", "balanced", "edf", "llf"})
  public String strategy;

  @Param({"depot-sim-lib/examples/year-300-buses.json"})
  public String scenario;

  private Scenario sc;

  /** Reads the scenario. */
  @Setup
  public void setup() {
    sc = ScenarioReader.read(Path.of(scenario));
  }

  /**
   * Runs the year.
   *
   * @return its KPIs
   */
  @Benchmark
  public Kpis year() {
    Strategy s = Strategy.parse(strategy);
    RunOptions opt = new RunOptions(false, 0, true);
    return Simulation.start(sc, s.planner(), s.cliName(), opt).run().kpis();
  }
}
