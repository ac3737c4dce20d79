package org.evdepot.incidents.examples;

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
import org.evdepot.incidents.Event;
import org.evdepot.incidents.Incident;
import org.evdepot.incidents.IncidentEngine;
import org.evdepot.incidents.Source;
import org.evdepot.incidents.notify.NotificationDispatcher;
import org.evdepot.incidents.notify.Receiver;
import org.evdepot.incidents.notify.Route;
import org.evdepot.incidents.notify.WebhookNotifier;
import org.evdepot.incidents.rules.RuleLoader;
import org.evdepot.incidents.store.InMemoryIncidentStore;
import org.evdepot.incidents.store.IncidentQuery;
import org.evdepot.incidents.testing.Await;
import org.evdepot.incidents.testing.MutableClock;

/**
 * A runnable tour: the built-in depot pack, a few charger events (one connector faults, one charger
 * goes silent), and a JSON webhook receiver on loopback that prints what it gets.
 *
 * <p>Run: {@code mvn -pl incident-rules -am test-compile}, then {@code mvn -pl incident-rules
 * exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.evdepot.incidents.examples.DepotIncidentsExample}, or run {@code
 * DepotIncidentsExampleTest}.
 */
public final class DepotIncidentsExample {

  private DepotIncidentsExample() {}

  /** Runs the example and returns the webhook bodies received (for the test). */
  public static List<String> run(Appendable out) throws IOException {
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer hook =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hook.createContext(
        "/incidents",
        exchange -> {
          received.add(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    hook.start();
    ScheduledExecutorService executor = Executors.newScheduledThreadPool(1);
    try {
      Instant t0 = Instant.parse("2026-03-02T05:00:00Z");
      MutableClock clock = new MutableClock(t0);

      // 1. Engine: the built-in pack, events may arrive up to 30 s late.
      InMemoryIncidentStore store = new InMemoryIncidentStore();
      IncidentEngine engine =
          IncidentEngine.builder()
              .store(store)
              .clock(clock)
              .allowedLateness(Duration.ofSeconds(30))
              .rules(RuleLoader.depotPack())
              .build();

      // 2. Notifications: everything to one JSON webhook, grouped per charger.
      URI uri = URI.create("http://127.0.0.1:" + hook.getAddress().getPort() + "/incidents");
      NotificationDispatcher dispatcher =
          NotificationDispatcher.builder()
              .route(
                  Route.root(
                      "ops",
                      List.of("charger"),
                      Duration.ofSeconds(30),
                      Duration.ofMinutes(5),
                      Duration.ofHours(4)))
              .receiver(
                  Receiver.of(
                      "ops",
                      new WebhookNotifier(
                          "ops-webhook",
                          uri,
                          HttpClient.newHttpClient(),
                          Duration.ofSeconds(5),
                          Map.of())))
              .clock(clock)
              .executor(executor)
              .store(store)
              .inhibitRules(engine::inhibitRules)
              .build();
      engine.addListener(dispatcher);

      // 3. Events: CP-1 heartbeats every minute; connector 2 of CP-2 faults; CP-2 then goes quiet.
      Source depot = Source.depot("north");
      Source cp1 = depot.charger("CP-1");
      Source cp2 = depot.charger("CP-2");
      engine.submit(Event.of("Heartbeat", t0, cp2));
      engine.submit(
          Event.of(
              "StatusNotification",
              t0.plusSeconds(10),
              cp2.connector("2"),
              "status",
              "Faulted",
              "errorCode",
              "GroundFailure"));
      // Time passes (the clock is virtual here). Events are never ahead of the engine's clock by
      // more
      // than maxClockSkew (5 min), and the watermark follows the clock, not a fast charger.
      for (int m = 0; m <= 30; m++) {
        clock.set(t0.plusSeconds(60L * m));
        engine.submit(Event.of("Heartbeat", clock.instant(), cp1));
      }

      // 4. In production call engine.tick() every second: absence and hold-time rules then fire
      // without new events.
      clock.set(t0.plus(Duration.ofMinutes(31)));
      engine.tick();
      dispatcher.tick();

      for (Incident i : store.list(IncidentQuery.all())) {
        out.append(
            i.status()
                + " "
                + i.severity().label()
                + " "
                + i.summary()
                + " since "
                + i.firstSeen()
                + "\n");
      }
      Await.until(
          "the webhook delivery", Duration.ofSeconds(10), () -> dispatcher.sentCount() == 1);
      for (String body : received) {
        out.append("webhook got: " + body + "\n");
      }
      return received;
    } finally {
      executor.shutdownNow();
      hook.stop(0);
    }
  }

  /** Prints the incidents and the webhook payload. */
  public static void main(String[] args) throws IOException {
    run(System.out);
  }
}
