package org.evdepot.bench.incidents;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.evdepot.incidents.EngineStats;
import org.evdepot.incidents.IncidentEngine;
import org.evdepot.incidents.store.InMemoryIncidentStore;

/**
 * Two measurements JMH does not give directly, same setup as {@link IncidentEngineBenchmark} (pack
 * + 100 rules, 10,000 sources):
 *
 * <ul>
 *   <li>events per CPU-second of the submitting thread (ThreadMXBean CPU time, so a machine shared
 *       with other work does not depress the figure the way wall-clock throughput is);
 *   <li>memory per tracked source: heap growth (after forced GCs) from an engine with rules but no
 *       events to one that has seen every source three times, divided by sources and by tracked
 *       dedup keys.
 * </ul>
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.evdepot.bench.incidents.IncidentEngineFootprint}
 */
public final class IncidentEngineFootprint {

  private IncidentEngineFootprint() {}

  static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  static IncidentEngine engine(int extraRules) {
    return IncidentEngine.builder()
        .store(new InMemoryIncidentStore())
        .allowedLateness(Duration.ofSeconds(5))
        .rules(DepotTraffic.rules(extraRules))
        .build();
  }

  /** Prints both measurements. */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int extra : new int[] {0, 100}) {
      DepotTraffic traffic = new DepotTraffic();
      IncidentEngine engine = engine(extra);
      for (int i = 0; i < 2_000_000; i++) { // warm-up
        engine.submit(traffic.next());
      }
      for (int round = 0; round < 3; round++) {
        int n = 2_000_000;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          engine.submit(traffic.next());
        }
        double cpuS = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wallS = (System.nanoTime() - wall0) / 1e9;
        System.out.printf(
            "pack+%d rules, round %d: %,.0f events/CPU-s, %,.0f events/wall-s%n",
            extra, round, n / cpuS, n / wallS);
      }
    }

    DepotTraffic traffic = new DepotTraffic();
    IncidentEngine engine = engine(100);
    long before = usedHeap();
    for (int i = 0; i < traffic.sources() * 3; i++) {
      engine.submit(traffic.next());
    }
    engine.advanceTo(DepotTraffic.START.plusMillis(traffic.sources() * 3L));
    long after = usedHeap();
    EngineStats stats = engine.stats();
    long bytes = after - before;
    System.out.printf(
        "sources=%d trackedKeys=%d buffered=%d timers=%d%n",
        traffic.sources(), stats.trackedKeys(), stats.buffered(), stats.pendingTimers());
    System.out.printf(
        "heap growth=%,d bytes, per source=%,d bytes, per tracked key=%,d bytes%n",
        bytes, bytes / traffic.sources(), bytes / Math.max(1, stats.trackedKeys()));
    if (engine.stats().processed() == 0) {
      System.out.println("no events processed");
    }
  }
}
