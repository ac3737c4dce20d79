package org.evdepot.manage.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole server on a random HTTP port and a fresh database schema, for integration tests.
 * Requests go over real HTTP with the JDK client.
 */
public final class TestServer implements AutoCloseable {

  private final EmbeddedServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String schema;

  private TestServer(EmbeddedServer server, String schema) {
    this.server = server;
    this.schema = schema;
  }

  /**
   * @param testClass names the schema
   * @param extra more properties (override the defaults)
   * @return a started server
   */
  public static TestServer start(Class<?> testClass, Map<String, Object> extra) {
    String schema = TestDatabase.freshSchema(testClass);
    Map<String, Object> props = new HashMap<>();
    props.put("micronaut.server.port", -1);
    props.put("evdepot.ocpp.port", freePort());
    props.put("evdepot.database.url", TestDatabase.url());
    props.put("evdepot.database.username", TestDatabase.user());
    props.put("evdepot.database.schema", schema);
    props.put("evdepot.database.maximum-pool-size", 16);
    props.put("evdepot.outbox.poll-interval", "200ms");
    props.putAll(extra);
    EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props, "test");
    return new TestServer(server, schema);
  }

  private static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * @param type bean type
   * @param <T> bean type
   * @return the bean
   */
  public <T> T bean(Class<T> type) {
    return server.getApplicationContext().getBean(type);
  }

  /**
   * @return the schema of this server's tables
   */
  public String schema() {
    return schema;
  }

  /**
   * @param path e.g. {@code /api/depots}
   * @return absolute URI on this server
   */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getPort() + path);
  }

  /**
   * Sends a request with a JSON body (or none).
   *
   * @param method HTTP method
   * @param path path and query
   * @param json body or null
   * @return the response
   */
  public HttpResponse<String> send(String method, String path, String json) {
    return send(method, path, json, "application/json");
  }

  /**
   * Sends a request with a JSON body (or none) and an Accept header.
   *
   * @param method HTTP method
   * @param path path and query
   * @param json body or null
   * @param accept Accept header
   * @return the response
   */
  public HttpResponse<String> send(String method, String path, String json, String accept) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Accept", accept);
    if (json != null) {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * @param json JSON text
   * @return maps, lists and values
   */
  @SuppressWarnings("unchecked")
  public <T> T parse(String json) {
    try {
      return (T) bean(io.micronaut.serde.ObjectMapper.class).readValue(json, Object.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
    TestDatabase.dropSchema(schema);
  }
}
