package org.evdepot.ocpi.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.evdepot.ocpi.server.OcpiRequest;
import org.evdepot.ocpi.server.OcpiResponse;
import org.evdepot.ocpi.server.OcpiServer;

/**
 * Hosts an {@link OcpiServer} in the JDK's {@code com.sun.net.httpserver} on 127.0.0.1: the
 * smallest possible adapter, showing what any framework has to do (copy method, URI, headers and
 * body in; copy status, headers and body out).
 */
public final class JdkOcpiHost implements AutoCloseable {
  private final HttpServer http;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private volatile OcpiServer server;
  private final java.util.List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * Binds an ephemeral port on 127.0.0.1; call {@link #start(OcpiServer)} once the server (which
   * needs {@link #baseUrl(String)}) is built.
   *
   * @throws IOException when binding fails
   */
  public JdkOcpiHost() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.setExecutor(pool);
    http.createContext("/", this::exchange);
  }

  /**
   * The public base URL for a path prefix.
   *
   * @param prefix e.g. {@code /ocpi/cpo}
   * @return e.g. {@code http://127.0.0.1:40123/ocpi/cpo}
   */
  public String baseUrl(String prefix) {
    return "http://127.0.0.1:" + http.getAddress().getPort() + prefix;
  }

  /**
   * Starts serving.
   *
   * @param s the OCPI server
   */
  public void start(OcpiServer s) {
    this.server = s;
    http.start();
  }

  /**
   * Replaces the server of a running host (a platform that starts speaking another version keeps
   * its URL).
   *
   * @param s the new OCPI server
   */
  public void replace(OcpiServer s) {
    this.server = s;
  }

  /**
   * Starts serving a server built lazily.
   *
   * @param s supplier of the server
   */
  public void start(Supplier<OcpiServer> s) {
    start(s.get());
  }

  private void exchange(HttpExchange ex) throws IOException {
    try (ex) {
      String body;
      try (InputStream in = ex.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      requests.add(ex.getRequestMethod() + " " + ex.getRequestURI());
      OcpiRequest req =
          OcpiRequest.of(
              ex.getRequestMethod(),
              ex.getRequestURI(),
              ex.getRequestHeaders(),
              body.isEmpty() ? null : body);
      OcpiResponse resp = server.handle(req);
      resp.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      byte[] out = resp.body().getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(resp.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(out);
        }
      }
    }
  }

  /**
   * The requests served so far, as {@code METHOD URI}, in arrival order.
   *
   * @return a snapshot
   */
  public java.util.List<String> requests() {
    return java.util.List.copyOf(requests);
  }

  @Override
  public void close() {
    http.stop(0);
    pool.shutdownNow();
  }
}
