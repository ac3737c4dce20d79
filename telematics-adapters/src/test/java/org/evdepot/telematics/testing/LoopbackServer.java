package org.evdepot.telematics.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted HTTP server on 127.0.0.1 that replays canned answers, like OkHttp's mockwebserver.
 * Answers are queued per path (exact path, without query); each request takes the next one, the
 * last one repeats. Every request is recorded. A path can be held ({@link #hold(String)}): its
 * requests are recorded but not answered until {@link #release(String)}, like a hung provider.
 * Requests are served on their own threads, so a held path does not block the others.
 */
public final class LoopbackServer implements AutoCloseable {
  /**
   * A canned answer.
   *
   * @param status HTTP status
   * @param headers response headers
   * @param body response body
   */
  public record Answer(int status, Map<String, String> headers, String body) {
    /** A JSON answer. */
    public static Answer json(int status, String body) {
      return new Answer(status, Map.of("Content-Type", "application/json"), body);
    }

    /** A copy with one more header. */
    public Answer withHeader(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Answer(status, h, body);
    }
  }

  /**
   * A recorded request.
   *
   * @param method HTTP method
   * @param path path
   * @param query raw query or null
   * @param headers first value of each header, lower-case names
   * @param body request body
   */
  public record Recorded(
      String method, String path, String query, Map<String, String> headers, String body) {
    /** A header by case-insensitive name. */
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final Map<String, Deque<Answer>> answers = new LinkedHashMap<>();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "loopback-server");
            t.setDaemon(true);
            return t;
          });

  /** Starts on an ephemeral port of 127.0.0.1. */
  public LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** From now on, requests to {@code path} get no answer until {@link #release(String)}. */
  public LoopbackServer hold(String path) {
    held.putIfAbsent(path, new CountDownLatch(1));
    return this;
  }

  /** Answers the held requests of {@code path} (and later ones) again. */
  public LoopbackServer release(String path) {
    CountDownLatch gate = held.remove(path);
    if (gate != null) {
      gate.countDown();
    }
    return this;
  }

  /** The base URI, e.g. {@code http://127.0.0.1:41234}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Queues answers for a path. */
  public synchronized LoopbackServer enqueue(String path, Answer... queued) {
    answers.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(queued));
    return this;
  }

  /** Everything received so far. */
  public List<Recorded> requests() {
    return new ArrayList<>(requests);
  }

  /** The requests to a path. */
  public List<Recorded> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Map<String, String> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (k, v) ->
                  headers.put(k.toLowerCase(java.util.Locale.ROOT), v.isEmpty() ? "" : v.get(0)));
      String path = exchange.getRequestURI().getPath();
      requests.add(
          new Recorded(
              exchange.getRequestMethod(),
              path,
              exchange.getRequestURI().getRawQuery(),
              headers,
              body));
      CountDownLatch gate = held.get(path);
      if (gate != null) {
        try {
          gate.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      Answer a;
      synchronized (this) {
        Deque<Answer> q = answers.get(path);
        if (q == null || q.isEmpty()) {
          a = Answer.json(404, "{\"error\":\"no answer scripted for " + path + "\"}");
        } else {
          a = q.size() > 1 ? q.poll() : q.peek();
        }
      }
      a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  @Override
  public void close() {
    for (String path : List.copyOf(held.keySet())) {
      release(path);
    }
    server.stop(0);
    threads.shutdownNow();
  }
}
