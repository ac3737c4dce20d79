package org.evdepot.telematics.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.evdepot.telematics.ProviderStatus;
import org.evdepot.telematics.VehicleSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link SnapshotStore} in memory; merges are atomic per vehicle. */
public final class InMemorySnapshotStore implements SnapshotStore {
  private static final Logger LOG = LoggerFactory.getLogger(InMemorySnapshotStore.class);

  private record Entry(VehicleSnapshot snapshot, ChangeDetector.Baseline baseline) {}

  private final ChangeDetector detector;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, ProviderStatus> providers = new ConcurrentHashMap<>();
  private final List<Consumer<SnapshotEvent>> listeners = new CopyOnWriteArrayList<>();

  /** A store with the default thresholds. */
  public InMemorySnapshotStore() {
    this(ChangeThresholds.defaults());
  }

  /** A store with the given event thresholds. */
  public InMemorySnapshotStore(ChangeThresholds thresholds) {
    this.detector = new ChangeDetector(thresholds);
  }

  @Override
  public Optional<VehicleSnapshot> latest(String vehicleId) {
    Entry e = entries.get(vehicleId);
    return e == null ? Optional.empty() : Optional.of(e.snapshot());
  }

  @Override
  public List<VehicleSnapshot> all() {
    List<VehicleSnapshot> out = new ArrayList<>(entries.size());
    for (Entry e : entries.values()) {
      out.add(e.snapshot());
    }
    return out;
  }

  @Override
  public List<SnapshotEvent> apply(VehicleSnapshot incoming) {
    Objects.requireNonNull(incoming, "incoming");
    List<SnapshotEvent> events = new ArrayList<>(0);
    entries.compute(
        incoming.vehicleId(),
        (id, held) -> {
          VehicleSnapshot previous = held == null ? null : held.snapshot();
          VehicleSnapshot merged = previous == null ? incoming : previous.mergedWith(incoming);
          ChangeDetector.Outcome outcome =
              detector.detect(
                  previous,
                  merged,
                  held == null ? ChangeDetector.Baseline.NONE : held.baseline(),
                  incoming.receivedAt());
          events.addAll(outcome.events());
          return new Entry(merged, outcome.baseline());
        });
    publish(events);
    return events;
  }

  @Override
  public List<SnapshotEvent> markStale(String vehicleId, String reason, Instant at) {
    List<SnapshotEvent> events = new ArrayList<>(0);
    entries.computeIfPresent(
        vehicleId,
        (id, held) -> {
          if (!held.snapshot().hasFresh()) {
            return held;
          }
          events.add(new SnapshotEvent.BecameStale(id, at, reason));
          return new Entry(held.snapshot().stale(), held.baseline());
        });
    publish(events);
    return events;
  }

  @Override
  public List<SnapshotEvent> recordProviderStatus(
      String providerId, ProviderStatus status, String detail, Instant at) {
    Objects.requireNonNull(status, "status");
    ProviderStatus before = providers.put(providerId, status);
    if (before == status) {
      return List.of();
    }
    List<SnapshotEvent> events =
        List.of(
            new SnapshotEvent.ProviderStatusChanged(
                providerId, at, before == null ? ProviderStatus.HEALTHY : before, status, detail));
    if (before == null && status == ProviderStatus.HEALTHY) {
      return List.of();
    }
    publish(events);
    return events;
  }

  @Override
  public Optional<ProviderStatus> providerStatus(String providerId) {
    return Optional.ofNullable(providers.get(providerId));
  }

  @Override
  public Runnable subscribe(Consumer<SnapshotEvent> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return () -> listeners.remove(listener);
  }

  private void publish(List<SnapshotEvent> events) {
    for (SnapshotEvent e : events) {
      for (Consumer<SnapshotEvent> l : listeners) {
        try {
          l.accept(e);
        } catch (RuntimeException ex) {
          LOG.warn("snapshot listener failed on {}", e.getClass().getSimpleName(), ex);
        }
      }
    }
  }
}
