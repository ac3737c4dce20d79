package org.evdepot.bench.ocpp;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.evdepot.bench.ocpp.OcppFrameBenchmark.LastFrameTransport;
import org.evdepot.ocpp.ActionCatalog;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.csms.OcppCsmsServer;
import org.evdepot.ocpp.internal.rpc.RpcConnection;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.RpcOptions;
import org.evdepot.ocpp.station.OcppStationClient;
import org.evdepot.ocpp.v16.MeterValue;
import org.evdepot.ocpp.v16.MeterValuesRequest;
import org.evdepot.ocpp.v16.MeterValuesResponse;
import org.evdepot.ocpp.v16.SampledValue;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.V201Actions;

/**
 * Load harness for the OCPP SDK over real loopback WebSockets (not JMH: it measures a whole
 * system). Modes:
 *
 * <ul>
 *   <li>{@code roundtrip <stations> <seconds>}: an SDK CSMS and {@code stations} SDK charging
 *       stations (OCPP 1.6, in this JVM); each station sends MeterValues with 10 sampled values
 *       back to back (one outstanding CALL per connection, as OCPP-J requires). Prints round trips
 *       per second, frames per second (CALL + CALLRESULT), p50/p99/max round-trip latency and the
 *       process CPU time per round trip.
 *   <li>{@code idle <connections> <ocpp1.6|ocpp2.0.1> [idleTimeoutSeconds]}: an SDK CSMS in this
 *       JVM (idle timeout as given, 0 = none; default the builder's); a child JVM opens {@code
 *       connections} WebSockets with the JDK's HTTP client (so client memory never counts here).
 *       Prints the CSMS's heap after full GC with 0 and with N connections, per connection.
 *   <li>{@code idle-stations <stations>}: N SDK charging stations (client side) connected to a CSMS
 *       in a child JVM; prints the stations' heap and thread count per connection.
 *   <li>{@code cpu <seconds>}: {@code RpcConnection.onText} of the 1.6 and 2.0.1 MeterValues and
 *       TransactionEvent frames on one thread, counted per second of that thread's CPU time: the
 *       per-core rate even when other processes share the cores. The fast decoders are used unless
 *       the JVM runs with {@code -Devdepot.ocpp.fastDecode=false}.
 *   <li>{@code decode <seconds> [rounds]}: payload decode + validation only (no frame, no dispatch)
 *       of the 1.6 and 2.0.1 MeterValues payloads (10 sampled values), generated codec (Jackson)
 *       and fast decoder alternately, counted per second of the thread's CPU time and per second of
 *       the whole process's CPU time (which includes the garbage collector); {@code rounds} rounds
 *       of each.
 * </ul>
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.evdepot.bench.ocpp.OcppLoadHarness
 * roundtrip 50 20}
 */
public final class OcppLoadHarness {
  private OcppLoadHarness() {}

  /** Entry point; see the class comment for the modes. */
  public static void main(String[] args) throws Exception {
    String mode = args.length == 0 ? "help" : args[0];
    switch (mode) {
      case "roundtrip":
        roundTrip(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        break;
      case "idle":
        idle(
            Integer.parseInt(args[1]),
            args.length > 2 ? args[2] : "ocpp1.6",
            args.length > 3 ? java.time.Duration.ofSeconds(Long.parseLong(args[3])) : null);
        break;
      case "idle-stations":
        idleStations(Integer.parseInt(args[1]));
        break;
      case "cpu":
        cpu(Integer.parseInt(args[1]));
        break;
      case "decode":
        decode(Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 3);
        break;
      case "child-ws-clients":
        childWebSocketClients(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3]);
        break;
      case "child-csms":
        childCsms();
        break;
      default:
        System.err.println(
            "usage: OcppLoadHarness roundtrip <stations> <seconds>"
                + " | idle <connections> [subprotocol [idleTimeoutSeconds]]"
                + " | idle-stations <stations> | cpu <seconds> | decode <seconds> [rounds]");
        System.exit(2);
    }
    System.exit(0);
  }

  // ------------------------------------------------------------------ roundtrip

  private static void roundTrip(int stations, int seconds) throws Exception {
    int port = freePort();
    Handlers handlers =
        Handlers.builder()
            .on(V16Actions.METER_VALUES, (req, ctx) -> new MeterValuesResponse())
            .build();
    try (OcppCsmsServer server =
        OcppCsmsServer.builder().port(port).version(V16Actions.CATALOG, handlers).build()) {
      server.start();
      List<OcppStationClient> clients = new ArrayList<>();
      for (int i = 0; i < stations; i++) {
        OcppStationClient c =
            OcppStationClient.builder()
                .serverUri(URI.create("ws://127.0.0.1:" + port))
                .chargePointId("LOAD-" + i)
                .catalog(V16Actions.CATALOG)
                .build();
        clients.add(c);
        c.connect().toCompletableFuture().get(30, TimeUnit.SECONDS);
      }
      MeterValuesRequest request = meterValues();
      // Warm-up, then the measured window.
      runLoops(clients, request, Math.min(5, seconds));
      OperatingSystemMXBean os =
          (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      long[][] latencies = runLoops(clients, request, seconds);
      double elapsed = (System.nanoTime() - t0) / 1e9;
      double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
      long[] all = merge(latencies);
      System.out.printf(
          Locale.ROOT,
          "roundtrip stations=%d seconds=%.1f roundTrips=%d roundTrips/s=%.0f frames/s=%.0f"
              + " p50=%.3fms p99=%.3fms max=%.3fms cpu=%.1fs cpuPerRoundTrip=%.1fus"
              + " threads=%d load=%.1f%n",
          stations,
          elapsed,
          all.length,
          all.length / elapsed,
          2 * all.length / elapsed,
          percentile(all, 0.50) / 1e6,
          percentile(all, 0.99) / 1e6,
          all.length == 0 ? 0 : all[all.length - 1] / 1e6,
          cpuSeconds,
          cpuSeconds * 1e6 / Math.max(1, all.length),
          Thread.activeCount(),
          os.getSystemLoadAverage());
      for (OcppStationClient c : clients) {
        c.close();
      }
    }
  }

  /** Each station sends CALLs back to back for {@code seconds}; returns latencies per station. */
  private static long[][] runLoops(
      List<OcppStationClient> clients, MeterValuesRequest request, int seconds) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long[][] out = new long[clients.size()][];
    List<CompletableFuture<Void>> done = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      LatencyLoop loop = new LatencyLoop(clients.get(i), request, end);
      int index = i;
      done.add(loop.start().thenAccept(l -> out[index] = l));
    }
    CompletableFuture.allOf(done.toArray(new CompletableFuture<?>[0]))
        .get(seconds + 60L, TimeUnit.SECONDS);
    return out;
  }

  /** One station's chain of CALLs: the next one is sent when the previous one is answered. */
  private static final class LatencyLoop {
    private final OcppStationClient client;
    private final MeterValuesRequest request;
    private final long end;
    private final CompletableFuture<long[]> result = new CompletableFuture<>();
    private long[] latencies = new long[1024];
    private int count;

    LatencyLoop(OcppStationClient client, MeterValuesRequest request, long end) {
      this.client = client;
      this.request = request;
      this.end = end;
    }

    CompletableFuture<long[]> start() {
      next();
      return result;
    }

    private void next() {
      long sent = System.nanoTime();
      if (sent >= end) {
        result.complete(Arrays.copyOf(latencies, count));
        return;
      }
      client
          .call(request)
          .whenComplete(
              (resp, err) -> {
                if (err != null) {
                  result.completeExceptionally(err);
                  return;
                }
                if (count == latencies.length) {
                  latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = System.nanoTime() - sent;
                next();
              });
    }
  }

  static MeterValuesRequest meterValues() {
    List<SampledValue> samples = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      samples.add(
          SampledValue.builder()
              .value(Integer.toString(52310 + i))
              .context(org.evdepot.ocpp.v16.ReadingContext.SAMPLE_PERIODIC)
              .measurand(
                  i == 0
                      ? org.evdepot.ocpp.v16.Measurand.ENERGY_ACTIVE_IMPORT_REGISTER
                      : org.evdepot.ocpp.v16.Measurand.CURRENT_IMPORT)
              .phase(i == 0 ? null : org.evdepot.ocpp.v16.Phase.values()[i % 3])
              .unit(
                  i == 0
                      ? org.evdepot.ocpp.v16.UnitOfMeasure.WH
                      : org.evdepot.ocpp.v16.UnitOfMeasure.A)
              .build());
    }
    return new MeterValuesRequest(
        1, 1234, List.of(new MeterValue(Instant.parse("2026-11-27T08:00:15Z"), samples)));
  }

  // ------------------------------------------------------------------ idle (server side)

  private static void idle(int connections, String subprotocol, java.time.Duration idleTimeout)
      throws Exception {
    int port = freePort();
    OcppCsmsServer.Builder builder =
        OcppCsmsServer.builder()
            .port(port)
            .version(V16Actions.CATALOG, Handlers.none())
            .version(V201Actions.CATALOG, Handlers.none());
    if (idleTimeout != null) {
      builder.idleTimeout(idleTimeout);
    }
    try (OcppCsmsServer server = builder.build()) {
      server.start();
      long base = heapAfterGc();
      int threads0 = Thread.activeCount();
      Process child =
          child(
              "child-ws-clients",
              Integer.toString(port),
              Integer.toString(connections),
              subprotocol);
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      if (line == null || !line.startsWith("connected")) {
        throw new IllegalStateException("child failed: " + line);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (server.sessions().size() < connections && System.nanoTime() < deadline) {
        Thread.sleep(100); // harness, not a test: poll the session count with a deadline
      }
      int open = server.sessions().size();
      long loaded = heapAfterGc();
      System.out.printf(
          Locale.ROOT,
          "idle side=csms subprotocol=%s connections=%d heapBase=%.1fMiB heapLoaded=%.1fMiB"
              + " perConnection=%.1fKiB threads=%d->%d%n",
          subprotocol,
          open,
          base / 1048576.0,
          loaded / 1048576.0,
          (loaded - base) / 1024.0 / Math.max(1, open),
          threads0,
          Thread.activeCount());
      child.getOutputStream().close();
      child.waitFor(30, TimeUnit.SECONDS);
      child.destroy();
    }
  }

  /** Child JVM: opens N idle WebSockets with the JDK client; exits when stdin closes. */
  private static void childWebSocketClients(int port, int n, String subprotocol) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    List<WebSocket> sockets = new ArrayList<>();
    WebSocket.Listener listener = new WebSocket.Listener() {};
    for (int i = 0; i < n; i += 50) {
      List<CompletableFuture<WebSocket>> batch = new ArrayList<>();
      for (int j = i; j < Math.min(n, i + 50); j++) {
        batch.add(
            http.newWebSocketBuilder()
                .subprotocols(subprotocol)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/IDLE-" + j), listener));
      }
      for (CompletableFuture<WebSocket> f : batch) {
        sockets.add(f.get(30, TimeUnit.SECONDS));
      }
    }
    System.out.println("connected " + sockets.size());
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the parent to close stdin
    }
  }

  // ------------------------------------------------------------------ idle (station side)

  private static void idleStations(int stations) throws Exception {
    Process child = child("child-csms");
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("port ")) {
      throw new IllegalStateException("child failed: " + line);
    }
    int port = Integer.parseInt(line.substring(5).trim());
    long base = heapAfterGc();
    int threads0 = Thread.activeCount();
    List<OcppStationClient> clients = new ArrayList<>();
    for (int i = 0; i < stations; i++) {
      OcppStationClient c =
          OcppStationClient.builder()
              .serverUri(URI.create("ws://127.0.0.1:" + port))
              .chargePointId("IDLE-" + i)
              .catalog(V16Actions.CATALOG)
              .build();
      clients.add(c);
      c.connect().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
    long loaded = heapAfterGc();
    System.out.printf(
        Locale.ROOT,
        "idle side=station stations=%d heapBase=%.1fMiB heapLoaded=%.1fMiB perStation=%.1fKiB"
            + " threads=%d->%d (%.1f per station)%n",
        stations,
        base / 1048576.0,
        loaded / 1048576.0,
        (loaded - base) / 1024.0 / stations,
        threads0,
        Thread.activeCount(),
        (Thread.activeCount() - threads0) / (double) stations);
    for (OcppStationClient c : clients) {
      c.close();
    }
    child.getOutputStream().close();
    child.waitFor(30, TimeUnit.SECONDS);
    child.destroy();
  }

  /** Child JVM: a CSMS accepting 1.6; prints its port, exits when stdin closes. */
  private static void childCsms() throws Exception {
    int port = freePort();
    try (OcppCsmsServer server =
        OcppCsmsServer.builder().port(port).version(V16Actions.CATALOG, Handlers.none()).build()) {
      server.start();
      System.out.println("port " + port);
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the parent to close stdin
      }
    }
  }

  // ------------------------------------------------------------------ cpu

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void cpu(int seconds) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      for (BenchFrames frame : BenchFrames.values()) {
        ActionCatalog catalog = frame.catalog();
        ActionType action = catalog.find(frame.action()).orElseThrow();
        OcppResponse response = frame.response();
        LastFrameTransport transport = new LastFrameTransport();
        RpcConnection connection =
            new RpcConnection(
                "CPU-1",
                catalog,
                true,
                Handlers.builder().on(action, (req, ctx) -> response).build(),
                RpcOptions.builder().handlerExecutor(Runnable::run).build(),
                scheduler,
                transport,
                Clock.systemUTC());
        String text = frame.frame();
        // Warm-up for a third of the time, then count.
        long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(1, seconds / 3));
        while (System.nanoTime() < warmEnd) {
          connection.onText(text);
        }
        long ops = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long wallEnd = wall0 + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < wallEnd) {
          for (int i = 0; i < 1000; i++) {
            connection.onText(text);
          }
          ops += 1000;
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wallSeconds = (System.nanoTime() - wall0) / 1e9;
        if (!transport.last.startsWith("[3,")) {
          throw new IllegalStateException(frame + " answered " + transport.last);
        }
        System.out.printf(
            Locale.ROOT,
            "cpu frame=%s frames/cpu-s=%.0f frames/wall-s=%.0f cpuShare=%.2f%n",
            frame,
            ops / cpuSeconds,
            ops / wallSeconds,
            cpuSeconds / wallSeconds);
      }
    } finally {
      scheduler.shutdownNow();
    }
  }

  // ------------------------------------------------------------------ decode

  private static void decode(int seconds, int rounds) throws Exception {
    String[][] payloads = {
      {"V16_METER_VALUES", payload(BenchFrames.V16_METER_VALUES)},
      {"V201_METER_VALUES", payload(BenchFrames.V201_METER_VALUES)},
      {"V201_TRANSACTION_EVENT", payload(BenchFrames.V201_TRANSACTION_EVENT)},
    };
    org.evdepot.ocpp.codec.MessageCodec<?>[] codecs = {
      MeterValuesRequest.CODEC,
      org.evdepot.ocpp.v201.MeterValuesRequest.CODEC,
      org.evdepot.ocpp.v201.TransactionEventRequest.CODEC
    };
    com.fasterxml.jackson.core.JsonFactory factory = new com.fasterxml.jackson.core.JsonFactory();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      for (int k = 0; k < payloads.length; k++) {
        String json = payloads[k][1];
        org.evdepot.ocpp.codec.MessageCodec<?> codec = codecs[k];
        org.evdepot.ocpp.internal.codec.FastDecoder<?> fast =
            org.evdepot.ocpp.internal.codec.FastDecoders.forCodec(codec);
        if (fast == null || fast.read(json) == null) {
          throw new IllegalStateException("fast decoder off or declining " + payloads[k][0]);
        }
        for (String path : new String[] {"generic", "fast", "floor-copy", "floor-copy+loop"}) {
          long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(1, seconds / 3));
          Object sink = null;
          while (System.nanoTime() < warmEnd) {
            sink = decodeOnce(path, factory, codec, fast, json);
          }
          long ops = 0;
          long cpu0 = threads.getCurrentThreadCpuTime();
          long process0 = processCpuNanos();
          long wall0 = System.nanoTime();
          long wallEnd = wall0 + TimeUnit.SECONDS.toNanos(seconds);
          while (System.nanoTime() < wallEnd) {
            for (int i = 0; i < 1000; i++) {
              sink = decodeOnce(path, factory, codec, fast, json);
            }
            ops += 1000;
          }
          double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
          double processSeconds = (processCpuNanos() - process0) / 1e9;
          double wallSeconds = (System.nanoTime() - wall0) / 1e9;
          if (sink == null) {
            throw new IllegalStateException();
          }
          System.out.printf(
              Locale.ROOT,
              "decode round=%d payload=%s path=%s chars=%d frames/cpu-s=%.0f ns/frame=%.0f"
                  + " cpuShare=%.2f frames/process-cpu-s=%.0f%n",
              round,
              payloads[k][0],
              path,
              json.length(),
              ops / cpuSeconds,
              cpuSeconds * 1e9 / ops,
              cpuSeconds / wallSeconds,
              ops / processSeconds);
        }
      }
    }
  }

  /**
   * CPU time of the whole process (every thread: the measuring one, the garbage collector's, the
   * JIT compilers'), so that a per-core rate also pays for collecting what the decoder allocated.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * One decode by {@code path}: {@code generic} (Jackson + generated codec), {@code fast} (fast
   * decoder), or a floor that decodes nothing: {@code floor-copy} is only the one-byte-per-char
   * copy the fast decoder starts with, {@code floor-copy+loop} that copy plus one plain loop over
   * every byte (counting quotes), i.e. the least any byte-at-a-time scanner does.
   */
  private static Object decodeOnce(
      String path,
      com.fasterxml.jackson.core.JsonFactory factory,
      org.evdepot.ocpp.codec.MessageCodec<?> codec,
      org.evdepot.ocpp.internal.codec.FastDecoder<?> fast,
      String json)
      throws IOException {
    switch (path) {
      case "generic":
        return generic(factory, codec, json);
      case "fast":
        return fast.read(json);
      case "floor-copy":
        return json.getBytes(StandardCharsets.ISO_8859_1);
      default:
        byte[] b = json.getBytes(StandardCharsets.ISO_8859_1);
        int quotes = 0;
        for (byte c : b) {
          if (c == '"') {
            quotes++;
          }
        }
        return quotes;
    }
  }

  private static String payload(BenchFrames frame) {
    String f = frame.frame();
    return f.substring(f.indexOf('{'), f.length() - 1);
  }

  private static Object generic(
      com.fasterxml.jackson.core.JsonFactory factory,
      org.evdepot.ocpp.codec.MessageCodec<?> codec,
      String json)
      throws IOException {
    try (com.fasterxml.jackson.core.JsonParser p = factory.createParser(json)) {
      p.nextToken();
      return codec.read(p, org.evdepot.ocpp.codec.DecodeContext.strict());
    }
  }

  // ------------------------------------------------------------------ helpers

  private static Process child(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(OcppLoadHarness.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static long heapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static long[] merge(long[][] perStation) {
    int total = 0;
    for (long[] l : perStation) {
      total += l.length;
    }
    long[] all = new long[total];
    int at = 0;
    for (long[] l : perStation) {
      System.arraycopy(l, 0, all, at, l.length);
      at += l.length;
    }
    Arrays.sort(all);
    return all;
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }
}
