package org.evdepot.bench.depotsim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.evdepot.depotsim.model.ChargingCurve;
import org.evdepot.depotsim.plan.ChargerState;
import org.evdepot.depotsim.plan.ConnectedVehicle;
import org.evdepot.depotsim.plan.DepotState;
import org.evdepot.depotsim.plan.ExpectedArrival;
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
 * One replan of a 500-vehicle depot (250 dual-EVSE 150 kW chargers, tapering curves, a 12 MW limit
 * with an evening cap, time-of-use prices, departures 4 to 16 h ahead) over {@code slots} 5-minute
 * slots: 288 is the 24 h horizon; 1 is what the simulator asks of the myopic planners.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReplanBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReplanBenchmark {
  @Param({"uncontrolled", "balanced", "edf", "llf", "optimised"})
  public String strategy;

  @Param({"288", "1"})
  public int slots;

  private Planner planner;
  private DepotState state;

  /** Builds the depot (seeded, so every run plans the same state). */
  @Setup
  public void setup() {
    planner = Strategy.parse(strategy).planner();
    state = depot(500, slots, 1);
  }

  /**
   * A seeded depot of n vehicles.
   *
   * @param n vehicles
   * @param slots 5-minute slots
   * @param seed seed
   * @return the state
   */
  public static DepotState depot(int n, int slots, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<ChargerState> cs = new ArrayList<>();
    for (int c = 0; c < (n + 1) / 2; c++) {
      cs.add(new ChargerState("C" + c, 150, 15, 0.95, true));
    }
    List<ConnectedVehicle> vs = new ArrayList<>();
    ChargingCurve curve = ChargingCurve.of(new double[] {0, 0.8, 1}, new double[] {150, 150, 40});
    for (int i = 0; i < n; i++) {
      vs.add(
          new ConnectedVehicle(
              "V" + i,
              i / 2,
              0.1 + 0.5 * r.nextDouble(),
              350,
              curve,
              Double.POSITIVE_INFINITY,
              (4 + r.nextInt(13)) * 3600L,
              0.9,
              r.nextInt(10) == 0 ? 1 : 0,
              r.nextInt(3600)));
    }
    double[] lim = new double[slots];
    double[] base = new double[slots];
    double[] pv = new double[slots];
    double[] price = new double[slots];
    for (int k = 0; k < slots; k++) {
      int hour = (k * 5 / 60 + 20) % 24;
      lim[k] = hour >= 17 && hour < 21 ? 10_000 : 12_000;
      base[k] = hour >= 6 && hour < 20 ? 400 : 200;
      price[k] = hour >= 6 && hour < 21 ? 0.28 : 0.10;
    }
    return new DepotState(0, 300, lim, base, pv, price, 15, 8_000, cs, vs);
  }

  /**
   * The depot with a forecast of {@code count} buses expected to plug in within the next 12 hours
   * (seeded): SoC 0.2-0.5 on arrival, the benchmark's bus and curve, leaving 4-10 hours later at
   * 0.9, every other one on a known charger. Only the optimising planner reads it.
   *
   * @param st the depot
   * @param count expected arrivals
   * @param seed seed
   * @return the state with the forecast
   */
  public static DepotState withForecast(DepotState st, int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ChargingCurve curve = ChargingCurve.of(new double[] {0, 0.8, 1}, new double[] {150, 150, 40});
    List<ExpectedArrival> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long arrival = st.now() + r.nextInt(12 * 3600);
      expected.add(
          new ExpectedArrival(
              "E" + i,
              arrival,
              i % 2 == 0 ? r.nextInt(st.chargers().size()) : ExpectedArrival.UNKNOWN_CHARGER,
              0.2 + 0.3 * r.nextDouble(),
              350,
              curve,
              Double.POSITIVE_INFINITY,
              arrival + (4 + r.nextInt(7)) * 3600L,
              0.9,
              0));
    }
    return st.withExpectedArrivals(expected);
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
