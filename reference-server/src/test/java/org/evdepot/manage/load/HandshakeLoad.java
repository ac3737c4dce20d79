package org.evdepot.manage.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.evdepot.manage.connect.ocpp.OcppConnectServer;
import org.evdepot.manage.core.service.ChargerInput;
import org.evdepot.manage.core.service.ChargerService;
import org.evdepot.manage.testing.TestServer;

/**
 * Reconnect-storm measurement of the OCPP handshake with HTTP Basic passwords: {@code chargers}
 * chargers with stored passwords open their WebSockets all at once, {@code rounds} times (after one
 * unmeasured round), with the verified-credential cache of {@code cacheSize} entries (0 = off, so
 * every handshake runs PBKDF2). Prints, per round, the wall time until every socket is open, the
 * handshake rate, and the CPU time of the server's threads per handshake (every thread but the JDK
 * WebSocket client's, from {@link ThreadMXBean}).
 *
 * <p>{@code mvn -pl reference-server -am test-compile -DskipTests -q && mvn -pl reference-server -q
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.evdepot.manage.load.HandshakeLoad
 * -Dexec.args="200 5 10000"}
 */
public final class HandshakeLoad {

  private HandshakeLoad() {}

  /**
   * @param args chargers (default 200), rounds (default 5), cache size (default 10000)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int chargers = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int cacheSize = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    Map<String, Object> props = new HashMap<>();
    props.put("evdepot.ocpp.credential-cache-size", cacheSize);
    try (TestServer server = TestServer.start(HandshakeLoad.class, props)) {
      ChargerService service = server.bean(ChargerService.class);
      for (int i = 0; i < chargers; i++) {
        service.create("HS-" + i, new ChargerInput(null, null, "hs-pass-" + i, null, null));
      }
      int port = server.bean(OcppConnectServer.class).port();
      HttpClient http = HttpClient.newHttpClient();
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      double[] rates = new double[rounds];
      double[] cpuMs = new double[rounds];
      for (int round = -1; round < rounds; round++) {
        Map<Long, Long> cpuBefore = serverThreadCpu(threads);
        long start = System.nanoTime();
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        for (int i = 0; i < chargers; i++) {
          String id = "HS-" + i;
          String auth =
              Base64.getEncoder()
                  .encodeToString((id + ":hs-pass-" + i).getBytes(StandardCharsets.UTF_8));
          opening.add(
              http.newWebSocketBuilder()
                  .subprotocols("ocpp1.6")
                  .header("Authorization", "Basic " + auth)
                  .connectTimeout(Duration.ofSeconds(120))
                  .buildAsync(
                      URI.create("ws://127.0.0.1:" + port + "/ocpp/" + id),
                      new WebSocket.Listener() {}));
        }
        List<WebSocket> open = new ArrayList<>();
        for (CompletableFuture<WebSocket> f : opening) {
          open.add(f.get(300, TimeUnit.SECONDS));
        }
        long wall = System.nanoTime() - start;
        long cpu = cpuDelta(cpuBefore, serverThreadCpu(threads));
        for (WebSocket ws : open) {
          ws.abort();
        }
        // Let the server see every close before the next storm.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (server.bean(OcppConnectServer.class).connectedCount() > 0
            && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        if (round >= 0) {
          rates[round] = chargers / (wall / 1e9);
          cpuMs[round] = cpu / 1e6 / chargers;
          System.out.printf(
              "round %d: %d handshakes in %.0f ms wall = %.0f/s; server CPU %.2f ms/handshake%n",
              round, chargers, wall / 1e6, rates[round], cpuMs[round]);
        }
      }
      Arrays.sort(rates);
      Arrays.sort(cpuMs);
      System.out.printf(
          "cache=%d chargers=%d rounds=%d: rate min/median/max %.0f/%.0f/%.0f per s;"
              + " server CPU per handshake min/median/max %.2f/%.2f/%.2f ms%n",
          cacheSize,
          chargers,
          rounds,
          rates[0],
          rates[rounds / 2],
          rates[rounds - 1],
          cpuMs[0],
          cpuMs[rounds / 2],
          cpuMs[rounds - 1]);
    }
  }

  private static Map<Long, Long> serverThreadCpu(ThreadMXBean threads) {
    Map<Long, Long> cpu = new HashMap<>();
    for (java.lang.management.ThreadInfo t : threads.dumpAllThreads(false, false)) {
      if (t == null || t.getThreadName().startsWith("HttpClient")) {
        continue;
      }
      long ns = threads.getThreadCpuTime(t.getThreadId());
      if (ns >= 0) {
        cpu.put(t.getThreadId(), ns);
      }
    }
    return cpu;
  }

  private static long cpuDelta(Map<Long, Long> before, Map<Long, Long> after) {
    long sum = 0;
    for (Map.Entry<Long, Long> e : after.entrySet()) {
      sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    return sum;
  }
}
