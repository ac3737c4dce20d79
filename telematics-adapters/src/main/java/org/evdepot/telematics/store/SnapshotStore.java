package org.evdepot.telematics.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.evdepot.telematics.ProviderStatus;
import org.evdepot.telematics.VehicleSnapshot;

/**
 * The latest snapshot per vehicle, merged field by field ({@link VehicleSnapshot#mergedWith}), and
 * the change events it implies ({@link ChangeDetector}). Implementations are thread-safe and pass
 * the contract test suite shipped in this module's test jar ({@code SnapshotStoreContract}).
 *
 * <p>Every mutating method returns the events it caused and also delivers them to the subscribers,
 * after the change is stored, on the calling thread.
 */
public interface SnapshotStore {
  /** The latest merged snapshot of a vehicle. */
  Optional<VehicleSnapshot> latest(String vehicleId);

  /** The latest snapshot of every vehicle, in no particular order. */
  List<VehicleSnapshot> all();

  /**
   * Merges a newly received snapshot into the held one (an older observation never overwrites a
   * newer one) and stores the result.
   *
   * @return the events the change caused (possibly none)
   */
  List<SnapshotEvent> apply(VehicleSnapshot incoming);

  /**
   * Marks a vehicle's fresh observations stale (its provider could not be reached).
   *
   * @return a {@link SnapshotEvent.BecameStale} when something fresh became stale, else nothing
   */
  List<SnapshotEvent> markStale(String vehicleId, String reason, Instant at);

  /**
   * Records a provider's health.
   *
   * @return a {@link SnapshotEvent.ProviderStatusChanged} when the status changed, else nothing
   */
  List<SnapshotEvent> recordProviderStatus(
      String providerId, ProviderStatus status, String detail, Instant at);

  /** The last recorded status of a provider. */
  Optional<ProviderStatus> providerStatus(String providerId);

  /**
   * Subscribes to events.
   *
   * @return call {@link Runnable#run()} to unsubscribe
   */
  Runnable subscribe(Consumer<SnapshotEvent> listener);
}
