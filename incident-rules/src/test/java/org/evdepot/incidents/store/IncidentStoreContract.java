package org.evdepot.incidents.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.evdepot.incidents.Incident;
import org.evdepot.incidents.IncidentStatus;
import org.evdepot.incidents.Severity;
import org.evdepot.incidents.TimelineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link IncidentStore} must pass. Extend it and implement {@link
 * #newEmptyStore()}; each test gets a fresh, empty store. Shipped in this module's test jar.
 */
public abstract class IncidentStoreContract {

  /** Start of test time. */
  protected static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  /** The store under test, fresh for each test. */
  protected IncidentStore store;

  /** A new, empty store. */
  protected abstract IncidentStore newEmptyStore();

  @BeforeEach
  void freshStore() {
    store = newEmptyStore();
  }

  /** An open incident for tests. */
  protected static Incident incident(String id, String dedupKey, Instant at) {
    return Incident.open(
        id,
        "connector-faulted",
        dedupKey,
        Severity.WARNING,
        Map.of("rule", "connector-faulted", "charger", "CP-1"),
        "summary " + id,
        "description",
        at,
        null,
        "opened by test");
  }

  @Test
  void insert_thenFind_returnsEqualIncident() {
    Incident i = incident("i-1", "k-1", T0);
    store.insert(i);
    assertThat(store.find("i-1")).contains(i);
    assertThat(store.findActive("k-1")).contains(i);
    assertThat(store.findLatest("k-1")).contains(i);
  }

  @Test
  void find_unknownId_isEmpty() {
    assertThat(store.find("nope")).isEmpty();
    assertThat(store.findActive("nope")).isEmpty();
    assertThat(store.findLatest("nope")).isEmpty();
  }

  @Test
  void insert_duplicateId_isRejectedWithReason() {
    store.insert(incident("i-1", "k-1", T0));
    assertThatThrownBy(() -> store.insert(incident("i-1", "k-2", T0)))
        .isInstanceOfSatisfying(
            IncidentStoreException.class,
            e -> assertThat(e.reason()).isEqualTo(IncidentStoreException.Reason.DUPLICATE_ID));
  }

  @Test
  void insert_secondActiveIncidentForSameDedupKey_isRejected() {
    store.insert(incident("i-1", "k-1", T0));
    assertThatThrownBy(() -> store.insert(incident("i-2", "k-1", T0.plusSeconds(1))))
        .isInstanceOfSatisfying(
            IncidentStoreException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(IncidentStoreException.Reason.ACTIVE_DEDUP_KEY_EXISTS));
  }

  @Test
  void update_roundTripsEveryField() {
    store.insert(incident("i-1", "k-1", T0));
    Incident changed =
        store.update(
            "i-1",
            i ->
                i.withOccurrence(T0.plusSeconds(60), "again")
                    .acknowledge("alice", T0.plusSeconds(90))
                    .withTimelineEntry(
                        new TimelineEntry(
                            T0.plusSeconds(91),
                            TimelineEntry.Kind.NOTIFIED,
                            "ops",
                            "webhook firing")));
    Incident read = store.find("i-1").orElseThrow();
    assertThat(read).isEqualTo(changed);
    assertThat(read.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
    assertThat(read.acknowledgedBy()).isEqualTo("alice");
    assertThat(read.occurrences()).isEqualTo(2);
    assertThat(read.lastSeen()).isEqualTo(T0.plusSeconds(60));
    assertThat(read.timeline())
        .extracting(TimelineEntry::kind)
        .containsExactly(
            TimelineEntry.Kind.OPENED,
            TimelineEntry.Kind.OCCURRED,
            TimelineEntry.Kind.ACKNOWLEDGED,
            TimelineEntry.Kind.NOTIFIED);
  }

  @Test
  void update_unknownId_isRejectedAsNotFound() {
    assertThatThrownBy(() -> store.update("nope", i -> i))
        .isInstanceOfSatisfying(
            IncidentStoreException.class,
            e -> assertThat(e.reason()).isEqualTo(IncidentStoreException.Reason.NOT_FOUND));
  }

  @Test
  void update_changingTheDedupKey_isRejectedAndNothingChanges() {
    Incident original = incident("i-1", "k-1", T0);
    store.insert(original);
    assertThatThrownBy(() -> store.update("i-1", i -> incident("i-1", "k-other", T0)))
        .isInstanceOfSatisfying(
            IncidentStoreException.class,
            e -> assertThat(e.reason()).isEqualTo(IncidentStoreException.Reason.INVALID_CHANGE));
    assertThat(store.find("i-1")).contains(original);
  }

  @Test
  void resolve_freesTheDedupKey_andTheNextIncidentIsLatest() {
    store.insert(incident("i-1", "k-1", T0));
    store.update("i-1", i -> i.resolve(T0.plusSeconds(60), "engine", "cleared"));
    assertThat(store.findActive("k-1")).isEmpty();
    assertThat(store.findLatest("k-1").orElseThrow().id()).isEqualTo("i-1");

    Incident next =
        Incident.open(
            "i-2",
            "connector-faulted",
            "k-1",
            Severity.WARNING,
            Map.of(),
            "s",
            "d",
            T0.plusSeconds(120),
            "i-1",
            "again");
    store.insert(next);
    assertThat(store.findActive("k-1")).contains(next);
    assertThat(store.findLatest("k-1")).contains(next);
    assertThat(store.find("i-2").orElseThrow().previousId()).isEqualTo("i-1");
  }

  @Test
  void list_filtersByStatusAndLabel_oldestFirst_upToLimit() {
    store.insert(incident("i-3", "k-3", T0.plusSeconds(30)));
    store.insert(incident("i-1", "k-1", T0));
    store.insert(
        Incident.open(
            "i-2",
            "charger-offline",
            "k-2",
            Severity.CRITICAL,
            Map.of("rule", "charger-offline", "charger", "CP-2"),
            "s",
            "d",
            T0.plusSeconds(10),
            null,
            "x"));
    store.update("i-3", i -> i.resolve(T0.plusSeconds(40), "engine", "cleared"));

    assertThat(store.list(IncidentQuery.all()))
        .extracting(Incident::id)
        .containsExactly("i-1", "i-2", "i-3");
    assertThat(store.list(IncidentQuery.active()))
        .extracting(Incident::id)
        .containsExactly("i-1", "i-2");
    assertThat(store.list(new IncidentQuery(EnumSet.of(IncidentStatus.RESOLVED), Map.of(), 10)))
        .extracting(Incident::id)
        .containsExactly("i-3");
    assertThat(store.list(IncidentQuery.all().withLabel("charger", "CP-2")))
        .extracting(Incident::id)
        .containsExactly("i-2");
    assertThat(store.list(IncidentQuery.all().withLimit(2)))
        .extracting(Incident::id)
        .containsExactly("i-1", "i-2");
  }

  @Test
  void concurrentUpdates_areAllApplied() throws Exception {
    store.insert(incident("i-1", "k-1", T0));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int n = 0; n < 50; n++) {
                    store.update(
                        "i-1",
                        i ->
                            i.withTimelineEntry(
                                new TimelineEntry(T0, TimelineEntry.Kind.NOTIFIED, "ops", "n")));
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.find("i-1").orElseThrow().timeline()).hasSize(1 + 200);
  }
}
