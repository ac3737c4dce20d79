package org.evdepot.manage.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.evdepot.manage.connect.CoreLink;
import org.evdepot.manage.core.service.BootRequest;
import org.evdepot.manage.core.service.MeterSample;
import org.evdepot.manage.core.service.MeterValuesRequest;
import org.evdepot.manage.core.service.StartTransactionRequest;
import org.evdepot.manage.core.service.StatusReport;
import org.evdepot.manage.core.service.StopTransactionRequest;
import org.evdepot.manage.testing.TestServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load measurement of the core behind {@link CoreLink} (no WebSockets): {@code chargers} chargers
 * on {@code threads} threads each connect, boot, report status, run one 1.6 transaction with ten
 * meter-value messages and stop. Prints throughput and latency percentiles of every call; each call
 * includes its database commit and outbox write. Uses the same database as the integration tests.
 *
 * <p>{@code mvn -pl reference-server -am test-compile -DskipTests -q && mvn -pl reference-server -q
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.evdepot.manage.load.CoreLinkLoad
 * -Dexec.args="500 32"}
 */
public final class CoreLinkLoad {

  private static final Logger LOG = LoggerFactory.getLogger(CoreLinkLoad.class);

  private CoreLinkLoad() {}

  /**
   * @param args chargers (default 500), threads (default 32)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int chargers = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    try (TestServer server = TestServer.start(CoreLinkLoad.class, Map.of())) {
      CoreLink core = server.bean(CoreLink.class);
      Instant t0 = Instant.parse("2026-06-01T00:00:00Z");
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<long[]>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < chargers; i++) {
        String id = "LOAD-" + i;
        futures.add(
            pool.submit(
                () -> {
                  long[] lat = new long[15];
                  int k = 0;
                  long t = System.nanoTime();
                  core.onConnected(id, "1.6", "s-" + id);
                  lat[k++] = lap(t);
                  t = System.nanoTime();
                  core.boot(new BootRequest(id, "1.6", "ACME", "DC", null, null, null));
                  lat[k++] = lap(t);
                  t = System.nanoTime();
                  core.statusNotification(
                      new StatusReport(id, 1, 1, "Preparing", "NoError", null, null, t0));
                  lat[k++] = lap(t);
                  t = System.nanoTime();
                  int tx =
                      core.startTransaction(
                              new StartTransactionRequest(id, 1, "TAG-" + id, 0, t0, null))
                          .transactionId();
                  lat[k++] = lap(t);
                  for (int m = 1; m <= 10; m++) {
                    t = System.nanoTime();
                    core.meterValues(
                        new MeterValuesRequest(
                            id,
                            1,
                            tx,
                            List.of(MeterSample.energyWh(t0.plusSeconds(60L * m), 1000L * m))));
                    lat[k++] = lap(t);
                  }
                  t = System.nanoTime();
                  core.stopTransaction(
                      new StopTransactionRequest(
                          id, tx, null, 11_000, t0.plusSeconds(900), null, List.of()));
                  lat[k] = lap(t);
                  return lat;
                }));
      }
      long[] all = new long[chargers * 15];
      int n = 0;
      for (Future<long[]> f : futures) {
        for (long v : f.get()) {
          all[n++] = v;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      Arrays.sort(all);
      LOG.info(
          "chargers={} threads={} calls={} wall={}s throughput={} calls/s p50={}ms p99={}ms max={}ms",
          chargers,
          threads,
          all.length,
          String.format("%.2f", seconds),
          String.format("%.0f", all.length / seconds),
          String.format("%.2f", all[all.length / 2] / 1e6),
          String.format("%.2f", all[(int) (all.length * 0.99)] / 1e6),
          String.format("%.2f", all[all.length - 1] / 1e6));
    }
  }

  private static long lap(long start) {
    return System.nanoTime() - start;
  }
}
