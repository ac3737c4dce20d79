package org.evdepot.bench.incidents;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.evdepot.incidents.IncidentEngine;
import org.evdepot.incidents.store.InMemoryIncidentStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Throughput of {@link IncidentEngine#submit} on one thread: the built-in depot pack plus 100 more
 * rules over 10,000 sources (2,500 chargers, 7,500 connectors), in-memory store. Each operation
 * builds one event (part of the measured cost) and submits it; events are in order, 1 ms apart,
 * with the given allowed lateness (so the buffer holds {@code lateness} ms of events).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar IncidentEngineBenchmark -f 1 -wi 2 -i 3
 * -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class IncidentEngineBenchmark {

  /** Extra generated rules on top of the pack. */
  @Param({"100"})
  public int extraRules;

  /** Allowed lateness in milliseconds. */
  @Param({"0", "5000"})
  public long latenessMs;

  private IncidentEngine engine;
  private DepotTraffic traffic;

  /** A fresh engine and traffic per trial; one pass over every source to start tracking. */
  @Setup(Level.Trial)
  public void setUp() {
    traffic = new DepotTraffic();
    engine =
        IncidentEngine.builder()
            .store(new InMemoryIncidentStore())
            .allowedLateness(Duration.ofMillis(latenessMs))
            .rules(DepotTraffic.rules(extraRules))
            .build();
    for (int i = 0; i < traffic.sources() * 2; i++) {
      engine.submit(traffic.next());
    }
  }

  /** Builds and submits one event. */
  @Benchmark
  public IncidentEngine.SubmitResult submit() {
    return engine.submit(traffic.next());
  }
}
