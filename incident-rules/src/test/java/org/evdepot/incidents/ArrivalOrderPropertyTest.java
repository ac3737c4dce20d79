package org.evdepot.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.incidents.internal.EventOrder;
import org.evdepot.incidents.pack.RecordedDay;
import org.evdepot.incidents.rules.RuleLoader;
import org.evdepot.incidents.store.InMemoryIncidentStore;
import org.evdepot.incidents.store.IncidentQuery;
import org.junit.jupiter.api.Test;

/**
 * Property: the same events in any arrival order within the allowed lateness give the same
 * incidents. Arrival orders are drawn with seeded randomness (each event delayed by 0..lateness
 * after its event time), so a failure names its seed and can be replayed.
 */
class ArrivalOrderPropertyTest {

  static final Duration LATENESS = Duration.ofMinutes(2);
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  static List<Incident> run(List<Event> arrivalOrder, Instant end) {
    InMemoryIncidentStore store = new InMemoryIncidentStore();
    AtomicInteger ids = new AtomicInteger();
    IncidentEngine engine =
        IncidentEngine.builder()
            .store(store)
            .allowedLateness(LATENESS)
            .rules(RuleLoader.depotPack())
            .idGenerator(() -> "inc-" + ids.incrementAndGet())
            .build();
    for (Event e : arrivalOrder) {
      assertThat(engine.submit(e)).isEqualTo(IncidentEngine.SubmitResult.ACCEPTED);
    }
    engine.advanceTo(end);
    return store.list(IncidentQuery.all());
  }

  /** A random arrival order in which every event arrives within the lateness after it happened. */
  static List<Event> arrivalOrder(List<Event> events, long seed) {
    Random rnd = new Random(seed);
    record Arrival(Instant at, int tieBreak, Event event) {}
    List<Arrival> arrivals = new ArrayList<>();
    for (Event e : events) {
      long delayMs = (long) (rnd.nextDouble() * LATENESS.toMillis());
      arrivals.add(new Arrival(e.time().plusMillis(delayMs), rnd.nextInt(), e));
    }
    arrivals.sort(Comparator.comparing(Arrival::at).thenComparingInt(Arrival::tieBreak));
    List<Event> out = new ArrayList<>();
    arrivals.forEach(a -> out.add(a.event()));
    return out;
  }

  /** Random depot traffic exercising every rule of the pack. */
  static List<Event> randomTraffic(long seed) {
    Random rnd = new Random(seed);
    List<Event> events = new ArrayList<>();
    Source depot = Source.depot("d");
    String[] statuses = {"Available", "Preparing", "Charging", "Faulted"};
    double[] energy = new double[6];
    for (int i = 0; i < 400; i++) {
      Instant t = T0.plusSeconds(rnd.nextInt(3 * 3600));
      Source charger = depot.charger("CP-" + rnd.nextInt(3));
      Source connector = charger.connector(Integer.toString(1 + rnd.nextInt(2)));
      switch (rnd.nextInt(7)) {
        case 0:
          events.add(Event.of("Heartbeat", t, charger));
          break;
        case 1:
          events.add(
              Event.of(
                  "StatusNotification",
                  t,
                  connector,
                  "status",
                  statuses[rnd.nextInt(statuses.length)]));
          break;
        case 2:
          events.add(
              Event.of(
                  "BootNotification",
                  t,
                  charger,
                  "status",
                  rnd.nextInt(4) == 0 ? "Rejected" : "Accepted"));
          break;
        case 3:
          int slot = rnd.nextInt(6);
          energy[slot] += rnd.nextInt(10) == 0 ? -500 : 1000;
          events.add(
              Event.of(
                  "MeterValues",
                  t,
                  depot.charger("CP-" + slot / 2).connector(Integer.toString(1 + slot % 2)),
                  "energyWh",
                  energy[slot]));
          break;
        case 4:
          events.add(
              Event.of(
                  "SitePower",
                  t,
                  depot.meter("grid"),
                  "powerKw",
                  900 + rnd.nextInt(150),
                  "limitKw",
                  1000));
          break;
        case 5:
          events.add(
              Event.of(
                  "DeparturePrediction",
                  t,
                  depot.vehicle("V" + rnd.nextInt(3)),
                  "predictedSocPercent",
                  60 + rnd.nextInt(40),
                  "targetSocPercent",
                  80));
          break;
        default:
          events.add(
              Event.of(
                  "TelematicsSnapshot",
                  t,
                  depot.vehicle("V" + rnd.nextInt(3)),
                  "socPercent",
                  rnd.nextInt(100)));
      }
    }
    events.sort(EventOrder.INSTANCE);
    return events;
  }

  @Test
  void anyArrivalOrderWithinLateness_givesTheSameIncidents_onRandomTraffic() {
    for (long seed = 1; seed <= 40; seed++) {
      List<Event> events = randomTraffic(seed);
      Instant end = T0.plus(Duration.ofHours(4));
      List<Incident> reference = run(events, end);
      for (int shuffle = 0; shuffle < 5; shuffle++) {
        long arrivalSeed = seed * 1000 + shuffle;
        assertThat(run(arrivalOrder(events, arrivalSeed), end))
            .as("traffic seed %d, arrival seed %d", seed, arrivalSeed)
            .isEqualTo(reference);
      }
      if (seed == 1) {
        assertThat(reference).as("the traffic opens incidents at all").isNotEmpty();
      }
    }
  }

  @Test
  void anyArrivalOrderWithinLateness_givesTheSameIncidents_onTheRecordedDay() {
    List<Event> events = new ArrayList<>(RecordedDay.events());
    events.sort(EventOrder.INSTANCE);
    Instant end = Instant.parse("2026-03-03T00:00:00Z");
    List<Incident> reference = run(events, end);
    assertThat(reference).hasSize(12);
    for (long seed = 1; seed <= 5; seed++) {
      assertThat(run(arrivalOrder(events, seed), end))
          .as("arrival seed %d", seed)
          .isEqualTo(reference);
    }
  }
}
