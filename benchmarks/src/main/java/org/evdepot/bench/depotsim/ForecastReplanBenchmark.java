package org.evdepot.bench.depotsim;

import java.util.concurrent.TimeUnit;
import org.evdepot.depotsim.plan.DepotState;
import org.evdepot.depotsim.plan.Plan;
import org.evdepot.depotsim.plan.Planner;
import org.evdepot.depotsim.plan.Strategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The optimising planner's 24 h replan of {@link ReplanBenchmark}'s 500-vehicle depot with a
 * forecast of {@code expected} arrivals ({@link ReplanBenchmark#withForecast}): what a replan costs
 * in a simulation, where the simulator passes the timetable's expected arrivals.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ForecastReplanBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ForecastReplanBenchmark {
  @Param({"0", "300"})
  public int expected;

  private Planner planner;
  private DepotState state;

  /** Builds the depot and its forecast (seeded). */
  @Setup
  public void setup() {
    planner = Strategy.OPTIMISED.planner();
    state = ReplanBenchmark.withForecast(ReplanBenchmark.depot(500, 288, 1), expected, 2);
  }

  /**
   * Plans once.
   *
   * @return the plan
   */
  @Benchmark
  public Plan replan() {
    return planner.plan(state);
  }
}
