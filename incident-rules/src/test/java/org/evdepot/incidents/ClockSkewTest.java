package org.evdepot.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evdepot.incidents.rules.RuleLoader;
import org.evdepot.incidents.store.InMemoryIncidentStore;
import org.evdepot.incidents.store.IncidentQuery;
import org.evdepot.incidents.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The probe scenario: five chargers report every 10 s; one charger's clock is wrong. A wrong clock
 * must not make the other chargers' on-time events late, nor open "offline" incidents for them.
 */
class ClockSkewTest {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final Duration LATENESS = Duration.ofSeconds(30);
  static final Source DEPOT = Source.depot("north");

  final InMemoryIncidentStore store = new InMemoryIncidentStore();
  final MutableClock clock = new MutableClock(T0);
  final IncidentEngine engine =
      IncidentEngine.builder()
          .store(store)
          .clock(clock)
          .allowedLateness(LATENESS)
          .rules(RuleLoader.depotPack())
          .build();

  /** What each charger's submissions came back as. */
  record Outcome(List<IncidentEngine.SubmitResult> results) {
    long count(IncidentEngine.SubmitResult r) {
      return results.stream().filter(x -> x == r).count();
    }
  }

  /**
   * Runs 30 minutes of depot time: every 10 s each of CP-1..CP-5 sends a heartbeat and a connector
   * status stamped with its own clock, which is the true time plus {@code offsets[i]}. The engine
   * ticks every 10 s; after every step the watermark is checked against the clock.
   */
  List<Outcome> run(Duration... offsets) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < offsets.length; i++) {
      outcomes.add(new Outcome(new ArrayList<>()));
    }
    for (int step = 0; step < 180; step++) {
      clock.set(T0.plusSeconds(10L * step));
      for (int i = 0; i < offsets.length; i++) {
        Source charger = DEPOT.charger("CP-" + (i + 1));
        Instant own = clock.instant().plus(offsets[i]);
        outcomes.get(i).results().add(engine.submit(Event.of("Heartbeat", own, charger)));
        outcomes
            .get(i)
            .results()
            .add(
                engine.submit(
                    Event.of(
                        "StatusNotification", own, charger.connector("1"), "status", "Available")));
        assertThat(engine.watermark())
            .as("watermark at step %d after CP-%d", step, i + 1)
            .isBeforeOrEqualTo(clock.instant());
      }
      engine.tick();
    }
    return outcomes;
  }

  @Test
  void oneChargerAnHourFast_isRejectedAsFuture_andTheOthersStayOnTimeAndOnline() {
    Duration fast = Duration.ofHours(1);
    List<Outcome> outcomes = run(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, fast);

    for (int i = 0; i < 4; i++) {
      assertThat(outcomes.get(i).results())
          .as("CP-%d", i + 1)
          .containsOnly(IncidentEngine.SubmitResult.ACCEPTED);
    }
    assertThat(outcomes.get(4).results()).containsOnly(IncidentEngine.SubmitResult.FUTURE);
    EngineStats stats = engine.stats();
    assertThat(stats.late()).isZero();
    assertThat(stats.future()).isEqualTo(360);
    assertThat(stats.accepted()).isEqualTo(4 * 360);
    assertThat(store.list(IncidentQuery.all()))
        .as("no charger is reported offline, no rule fires")
        .isEmpty();
  }

  @Test
  void chargersSlightlyFastOrSlow_withinTheSkew_areAccepted_andMakeNobodyLate() {
    // CP-5 runs 4 min fast (within the default 5 min skew): its events are accepted but do not
    // move the watermark past the clock, so CP-1..CP-3's events still count. CP-4 is 20 s slow,
    // within the lateness.
    List<Outcome> outcomes =
        run(
            Duration.ZERO,
            Duration.ZERO,
            Duration.ZERO,
            Duration.ofSeconds(-20),
            Duration.ofMinutes(4));

    for (Outcome o : outcomes) {
      assertThat(o.results()).containsOnly(IncidentEngine.SubmitResult.ACCEPTED);
    }
    assertThat(engine.stats().late()).isZero();
    assertThat(engine.stats().future()).isZero();
    assertThat(engine.stats().buffered())
        .as("CP-5's last 4.5 min of events wait for the clock")
        .isGreaterThan(0);
    assertThat(store.list(IncidentQuery.all())).isEmpty();
  }

  @Test
  void eventJustBeyondTheSkew_isFuture_andJustWithinIsAccepted() {
    IncidentEngine e =
        IncidentEngine.builder()
            .store(store)
            .clock(clock)
            .maxClockSkew(Duration.ofMinutes(2))
            .rules(RuleLoader.depotPack())
            .build();
    Source cp = DEPOT.charger("CP-1");
    assertThat(e.submit(Event.of("Heartbeat", T0.plusSeconds(121), cp)))
        .isEqualTo(IncidentEngine.SubmitResult.FUTURE);
    assertThat(e.submit(Event.of("Heartbeat", T0.plusSeconds(120), cp)))
        .isEqualTo(IncidentEngine.SubmitResult.ACCEPTED);
    assertThat(e.watermark()).isEqualTo(T0.minus(Duration.ofSeconds(30)));
    // Once the clock has moved on, the same time is fine.
    clock.set(T0.plusSeconds(60));
    assertThat(e.submit(Event.of("Heartbeat", T0.plusSeconds(121), cp)))
        .isEqualTo(IncidentEngine.SubmitResult.ACCEPTED);
    assertThat(e.stats().future()).isEqualTo(1);
  }

  @Test
  void advanceTo_isNotLimitedByTheClock_forReplays() {
    engine.advanceTo(T0.plus(Duration.ofDays(1)));
    assertThat(engine.watermark()).isEqualTo(T0.plus(Duration.ofDays(1)));
  }

  @Test
  void builder_rejectsANegativeSkew_andAcceptsAHugeOne() {
    assertThatThrownBy(
            () ->
                IncidentEngine.builder().store(store).maxClockSkew(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxClockSkew");
    IncidentEngine lenient =
        IncidentEngine.builder()
            .store(store)
            .clock(clock)
            .maxClockSkew(Duration.ofSeconds(Long.MAX_VALUE))
            .build();
    assertThat(lenient.submit(Event.of("Heartbeat", T0.plus(Duration.ofDays(3650)), DEPOT)))
        .isEqualTo(IncidentEngine.SubmitResult.ACCEPTED);
  }
}
