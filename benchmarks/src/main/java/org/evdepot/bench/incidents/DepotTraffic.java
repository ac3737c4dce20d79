package org.evdepot.bench.incidents;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evdepot.incidents.Event;
import org.evdepot.incidents.Source;
import org.evdepot.incidents.rules.AttributeMatcher;
import org.evdepot.incidents.rules.Condition;
import org.evdepot.incidents.rules.Rule;
import org.evdepot.incidents.rules.RuleKind;
import org.evdepot.incidents.rules.RuleLoader;
import org.evdepot.incidents.rules.RuleSet;

/**
 * Synthetic depot traffic for the incident-engine benchmarks: 10,000 sources (2,500 chargers with 3
 * connectors each), one event per millisecond of event time, round-robin over the sources, and the
 * built-in pack plus 100 generated rules.
 */
final class DepotTraffic {

  static final int CHARGERS = 2_500;
  static final int CONNECTORS_PER_CHARGER = 3;
  static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

  final Source[] chargers = new Source[CHARGERS];
  final Source[] connectors = new Source[CHARGERS * CONNECTORS_PER_CHARGER];
  final double[] energy = new double[connectors.length];
  private final SplittableRandom rnd = new SplittableRandom(42);
  private long tick;

  DepotTraffic() {
    Source depot = Source.depot("bench");
    for (int c = 0; c < CHARGERS; c++) {
      chargers[c] = depot.charger("CP-" + c);
      for (int k = 0; k < CONNECTORS_PER_CHARGER; k++) {
        connectors[c * CONNECTORS_PER_CHARGER + k] = chargers[c].connector(Integer.toString(k));
      }
    }
  }

  /** Number of distinct sources. */
  int sources() {
    return chargers.length + connectors.length;
  }

  /**
   * The next event: sources in turn, 1 ms of event time apart. Chargers send heartbeats; connectors
   * send status notifications (rarely Faulted) and meter values.
   */
  Event next() {
    long n = tick++;
    Instant t = START.plusMillis(n);
    int slot = (int) (n % sources());
    if (slot < chargers.length) {
      return Event.of("Heartbeat", t, chargers[slot]);
    }
    int c = slot - chargers.length;
    if ((n / sources()) % 2 == 0) {
      int r = rnd.nextInt(1000);
      String status = r == 0 ? "Faulted" : r < 500 ? "Charging" : "Available";
      return Event.of(
          "StatusNotification",
          t,
          connectors[c],
          "status",
          status,
          "errorCode",
          r == 0 ? "GroundFailure" : "NoError");
    }
    energy[c] += 100 + rnd.nextInt(100);
    return Event.of(
        "MeterValues",
        t,
        connectors[c],
        "energyWh",
        energy[c],
        "powerKw",
        (double) rnd.nextInt(110));
  }

  /** The built-in depot pack plus {@code extra} generated rules over the same event types. */
  static RuleSet rules(int extra) {
    List<Rule> more = new ArrayList<>();
    for (int i = 0; i < extra; i++) {
      switch (i % 4) {
        case 0:
          more.add(
              Rule.builder("x-match-" + i, RuleKind.MATCH)
                  .when(Condition.type("StatusNotification").where("errorCode", "E" + i))
                  .resolveWhen(Condition.type("StatusNotification").where("errorCode", "NoError"))
                  .build());
          break;
        case 1:
          more.add(
              Rule.builder("x-threshold-" + i, RuleKind.THRESHOLD)
                  .when(Condition.type("MeterValues"))
                  .metric("powerKw")
                  .threshold(AttributeMatcher.Op.GT, 100 + i)
                  .holdFor(Duration.ofMinutes(1))
                  .build());
          break;
        case 2:
          more.add(
              Rule.builder("x-count-" + i, RuleKind.COUNT)
                  .when(
                      Condition.type("StatusNotification")
                          .where("status", "Faulted")
                          .where("errorCode", "E" + i))
                  .count(3)
                  .window(Duration.ofHours(1))
                  .build());
          break;
        default:
          more.add(
              Rule.builder("x-state-" + i, RuleKind.STATE)
                  .when(
                      Condition.type("StatusNotification")
                          .where("status", "Unavailable")
                          .where(
                              new AttributeMatcher(
                                  "vendorErrorCode", AttributeMatcher.Op.EQ, List.of("V" + i))))
                  .clearWhen(
                      Condition.type("StatusNotification")
                          .where("status", "Available")
                          .where("vendorErrorCode", "V" + i))
                  .holdFor(Duration.ofMinutes(5))
                  .build());
      }
    }
    return RuleLoader.depotPack().plus(RuleSet.of(more));
  }
}
