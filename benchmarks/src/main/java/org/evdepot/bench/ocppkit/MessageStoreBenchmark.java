package org.evdepot.bench.ocppkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.station.reliability.FileMessageStore;
import org.evdepot.ocpp.station.reliability.InMemoryMessageStore;
import org.evdepot.ocpp.station.reliability.MessageStore;
import org.evdepot.ocpp.station.reliability.StoredMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost the offline queue adds per transaction message: one durable append when the message is
 * queued and one durable remove when its CALLRESULT arrives, for each store.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MessageStoreBenchmark -f 1 -wi 2 -i 3
 * -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MessageStoreBenchmark {
  /** Which store: in memory, journal without fsync, journal with fsync (the default). */
  @Param({"memory", "file-nofsync", "file-fsync"})
  public String store;

  private static final String PAYLOAD =
      "{\"connectorId\":1,\"transactionId\":4711,\"meterValue\":[{\"timestamp\":"
          + "\"2026-11-27T08:00:00Z\",\"sampledValue\":[{\"value\":\"12345\"}]}]}";

  private Path dir;
  private MessageStore s;

  /** Opens the store in a fresh temporary folder. */
  @Setup(Level.Trial)
  public void open() throws IOException {
    dir = Files.createTempDirectory("bench-store");
    switch (store) {
      case "memory":
        s = new InMemoryMessageStore();
        break;
      case "file-nofsync":
        s = FileMessageStore.builder(dir.resolve("q.journal")).fsync(false).build();
        break;
      default:
        s = FileMessageStore.builder(dir.resolve("q.journal")).build();
    }
  }

  /** Closes the store and deletes its folder. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    s.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** One message through the queue: appended, then acknowledged. */
  @Benchmark
  public long appendThenRemove() {
    StoredMessage m = s.append(OcppVersion.V16, "MeterValues", PAYLOAD, null);
    s.remove(m.sequence());
    return m.sequence();
  }
}
