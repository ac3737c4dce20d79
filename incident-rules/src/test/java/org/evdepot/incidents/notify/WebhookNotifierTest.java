package org.evdepot.incidents.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.incidents.Incident;
import org.evdepot.incidents.Severity;
import org.evdepot.incidents.store.InMemoryIncidentStore;
import org.evdepot.incidents.testing.Await;
import org.evdepot.incidents.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook and Slack channels against a real HTTP server on loopback. */
class WebhookNotifierTest {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  HttpServer server;
  final List<String> bodies = new CopyOnWriteArrayList<>();
  final List<String> auth = new CopyOnWriteArrayList<>();
  final AtomicInteger failFirst = new AtomicInteger();
  final AtomicInteger failStatus = new AtomicInteger(500);
  final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          int status = 200;
          if (failFirst.getAndDecrement() > 0) {
            status = failStatus.get();
          } else {
            bodies.add(new String(body, StandardCharsets.UTF_8));
            auth.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  static Notification notification(Severity severity) {
    Incident i =
        Incident.open(
            "inc-1",
            "connector-faulted",
            "connector-faulted/CP-1/1",
            severity,
            Map.of("charger", "CP-1", "rule", "connector-faulted"),
            "Connector 1 of CP-1 faulted",
            "GroundFailure for 2m",
            T0,
            null,
            "x");
    return new Notification(
        "ops",
        "root{charger=CP-1}",
        Map.of("charger", "CP-1"),
        List.of(i),
        List.of(),
        "[firing] 1 firing",
        "firing warning Connector 1 of CP-1 faulted",
        T0);
  }

  @Test
  void webhook_postsTheNotificationAsJson_withConfiguredHeaders() throws Exception {
    WebhookNotifier hook =
        new WebhookNotifier(
            "ops-hook",
            uri(),
            client,
            Duration.ofSeconds(5),
            Map.of("Authorization", "Bearer t0ken"));
    hook.send(notification(Severity.WARNING));

    JsonNode doc = JSON.readTree(bodies.get(0));
    assertThat(doc.get("receiver").asText()).isEqualTo("ops");
    assertThat(doc.get("status").asText()).isEqualTo("firing");
    assertThat(doc.get("groupLabels").get("charger").asText()).isEqualTo("CP-1");
    JsonNode inc = doc.get("incidents").get(0);
    assertThat(inc.get("id").asText()).isEqualTo("inc-1");
    assertThat(inc.get("severity").asText()).isEqualTo("warning");
    assertThat(inc.get("status").asText()).isEqualTo("open");
    assertThat(inc.get("firstSeen").asText()).isEqualTo("2026-03-02T08:00:00Z");
    assertThat(inc.get("occurrences").asLong()).isEqualTo(1);
    assertThat(inc.get("resolvedAt").isNull()).isTrue();
    assertThat(auth).containsExactly("Bearer t0ken");
    assertThat(hook.toString()).doesNotContain("t0ken");
  }

  @Test
  void slack_postsTextAndAColoredAttachment() throws Exception {
    new SlackNotifier("slack", uri(), client, Duration.ofSeconds(5))
        .send(notification(Severity.CRITICAL));
    JsonNode doc = JSON.readTree(bodies.get(0));
    assertThat(doc.get("text").asText()).isEqualTo("[firing] 1 firing");
    assertThat(doc.get("attachments").get(0).get("color").asText()).isEqualTo("danger");
    assertThat(doc.get("attachments").get(0).get("text").asText())
        .isEqualTo("firing warning Connector 1 of CP-1 faulted");
  }

  @Test
  void serverError_isRetryable_clientError_isNot() {
    WebhookNotifier hook = new WebhookNotifier("h", uri(), client, Duration.ofSeconds(5), Map.of());
    failFirst.set(1);
    failStatus.set(503);
    assertThatThrownBy(() -> hook.send(notification(Severity.INFO)))
        .isInstanceOfSatisfying(NotifierException.class, e -> assertThat(e.retryable()).isTrue())
        .hasMessageContaining("HTTP 503");
    failFirst.set(1);
    failStatus.set(400);
    assertThatThrownBy(() -> hook.send(notification(Severity.INFO)))
        .isInstanceOfSatisfying(NotifierException.class, e -> assertThat(e.retryable()).isFalse());
  }

  @Test
  void connectionRefused_isRetryable() throws IOException {
    int port = server.getAddress().getPort();
    server.stop(0);
    WebhookNotifier hook =
        new WebhookNotifier(
            "h",
            URI.create("http://127.0.0.1:" + port + "/hook"),
            client,
            Duration.ofSeconds(2),
            Map.of());
    assertThatThrownBy(() -> hook.send(notification(Severity.INFO)))
        .isInstanceOfSatisfying(NotifierException.class, e -> assertThat(e.retryable()).isTrue());
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.start();
  }

  @Test
  void dispatcher_retriesAFailingWebhookWithBackoff_untilItAccepts() {
    ScheduledExecutorService executor = Executors.newScheduledThreadPool(1);
    try {
      failFirst.set(2);
      failStatus.set(500);
      MutableClock clock = new MutableClock(T0);
      InMemoryIncidentStore store = new InMemoryIncidentStore();
      Incident i = notification(Severity.WARNING).firing().get(0);
      store.insert(i);
      NotificationDispatcher d =
          NotificationDispatcher.builder()
              .route(
                  Route.root(
                      "ops", List.of(), Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1)))
              .receiver(
                  Receiver.of(
                      "ops",
                      new WebhookNotifier(
                          "ops-hook", uri(), client, Duration.ofSeconds(5), Map.of())))
              .clock(clock)
              .executor(executor)
              .store(store)
              .retryPolicy(new RetryPolicy(4, Duration.ofMillis(20), 2, Duration.ofMillis(100)))
              .build();
      d.onChange(i, org.evdepot.incidents.IncidentListener.Change.OPENED);
      d.tick();
      Await.until("the third attempt to succeed", Duration.ofSeconds(10), () -> bodies.size() == 1);
      // The server stores the body before its answer reaches the client: wait for the count too.
      Await.until(
          "the dispatcher to count the delivery", Duration.ofSeconds(10), () -> d.sentCount() == 1);
      assertThat(failFirst.get()).isNegative();
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void retryPolicy_backoffGrowsAndIsCapped() {
    RetryPolicy p = new RetryPolicy(6, Duration.ofSeconds(1), 2, Duration.ofSeconds(5));
    assertThat(p.backoffBefore(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.backoffBefore(3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.backoffBefore(4)).isEqualTo(Duration.ofSeconds(4));
    assertThat(p.backoffBefore(5)).isEqualTo(Duration.ofSeconds(5));
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), 2, Duration.ofSeconds(5)))
        .hasMessage("maxAttempts must be at least 1 but was 0");
  }
}
