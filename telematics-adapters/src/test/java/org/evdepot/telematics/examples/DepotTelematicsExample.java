package org.evdepot.telematics.examples;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.evdepot.telematics.auth.ApiKey;
import org.evdepot.telematics.auth.Secret;
import org.evdepot.telematics.polling.PollContext;
import org.evdepot.telematics.polling.PollingScheduler;
import org.evdepot.telematics.polling.ProviderLimits;
import org.evdepot.telematics.push.WebhookProvider;
import org.evdepot.telematics.samsara.SamsaraProvider;
import org.evdepot.telematics.store.ChangeThresholds;
import org.evdepot.telematics.store.InMemorySnapshotStore;
import org.evdepot.telematics.store.SnapshotEvent;
import org.evdepot.telematics.testing.Fixtures;
import org.evdepot.telematics.testing.LoopbackServer;
import org.evdepot.telematics.testing.LoopbackServer.Answer;
import org.evdepot.telematics.testing.MutableClock;

/**
 * A depot with two buses on Samsara (polled) and one truck that pushes its data (webhook), run for
 * a simulated hour on a virtual clock against a local stand-in for the Samsara API.
 *
 * <p>Run it with: {@code mvn -f telematics-adapters/pom.xml test-compile exec:java
 * -Dexec.mainClass=org.evdepot.telematics.examples.DepotTelematicsExample
 * -Dexec.classpathScope=test}
 */
public final class DepotTelematicsExample {
  private DepotTelematicsExample() {}

  /** Runs the example and prints the events and the final snapshots. */
  public static void main(String[] args) throws Exception {
    for (String line : run()) {
      System.out.println(line);
    }
  }

  /** Runs the example; returns what it would print. */
  public static List<String> run() throws Exception {
    List<String> out = new ArrayList<>();
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T06:00:00Z"));
    try (LoopbackServer samsaraApi = new LoopbackServer()) {
      // The stand-in API answers the feed: first the latest values, then new points only.
      samsaraApi.enqueue(
          "/fleet/vehicles/stats/feed",
          Answer.json(200, Fixtures.read("samsara/feed-first.json")),
          Answer.json(200, Fixtures.read("samsara/feed-page2.json")),
          Answer.json(200, Fixtures.read("samsara/feed-next.json")),
          Answer.json(503, "{\"message\":\"maintenance\"}"));

      // 1. Providers: each adapter behind the same TelematicsProvider interface.
      SamsaraProvider samsara =
          SamsaraProvider.builder()
              .baseUri(samsaraApi.baseUri())
              .tokens(ApiKey.of(Secret.of("samsara-token-from-your-vault")))
              .clock(clock)
              .build();
      Secret pushKey = Secret.of("hmac-key-agreed-with-the-truck-vendor");
      WebhookProvider push = WebhookProvider.create("truck-vendor", pushKey, clock);

      // 2. The store keeps the latest merged snapshot per vehicle and emits change events.
      // Report state-of-charge moves from half a percentage point, positions from 50 m.
      InMemorySnapshotStore store = new InMemorySnapshotStore(new ChangeThresholds(0.5, 50));
      store.subscribe(e -> out.add("event: " + describe(e)));
      push.addListener(store::apply);

      // 3. The scheduler polls within each provider's limits; push-only providers are not polled.
      PollingScheduler scheduler =
          PollingScheduler.builder()
              .clock(clock)
              .store(store)
              .seed(1)
              .provider(samsara, new ProviderLimits(5, 10, 50_000))
              .provider(push, new ProviderLimits(1, 1, 0))
              .build();
      scheduler.register(new VehicleRef("bus-17", "samsara", "281474977075805"));
      scheduler.register(
          new VehicleRef("bus-18", "samsara", "281474977075806"),
          new PollContext(Instant.parse("2026-03-02T06:45:00Z")));
      VehicleRef truck = new VehicleRef("truck-9", "truck-vendor", "truck-9");
      push.register(truck);
      scheduler.register(truck);

      // 4. A simulated hour: poll whatever is due every 30 s; the truck pushes once. Requests run
      // on the scheduler's own threads and runDue() does not wait for them; this simulation waits
      // for the answers before moving its virtual clock (a live driver simply calls runDue()).
      for (int step = 0; step <= 120; step++) {
        scheduler.runDue();
        scheduler.awaitIdle(Duration.ofSeconds(30));
        if (step == 10) {
          byte[] body = Fixtures.read("push/report-knots.json").getBytes(StandardCharsets.UTF_8);
          push.receive(body, WebhookProvider.sign(body, pushKey));
        }
        clock.advance(Duration.ofSeconds(30));
      }
      scheduler.close();
      out.add("samsara status: " + scheduler.status("samsara"));
      out.add("samsara requests: " + samsaraApi.requests().size());
      for (String id : List.of("bus-17", "bus-18", "truck-9")) {
        VehicleSnapshot s = store.latest(id).orElseThrow();
        out.add(
            id
                + ": SoC "
                + s.stateOfCharge().value().map(v -> v.percent() + " %").orElse("?")
                + " ("
                + s.stateOfCharge().quality()
                + ", observed "
                + s.stateOfCharge().observedAt().map(Instant::toString).orElse("unknown")
                + ")");
      }
    }
    return out;
  }

  private static String describe(SnapshotEvent e) {
    if (e instanceof SnapshotEvent.SocChanged s) {
      return s.vehicleId() + " SoC " + s.fromPercent() + " -> " + s.toPercent();
    }
    if (e instanceof SnapshotEvent.ProviderStatusChanged p) {
      return p.providerId() + " " + p.from() + " -> " + p.to();
    }
    if (e instanceof SnapshotEvent.BecameStale st) {
      return st.vehicleId() + " stale (" + st.reason() + ")";
    }
    return e.toString();
  }
}
