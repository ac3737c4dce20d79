package org.evdepot.telematics;

import java.util.List;

/**
 * What one fetch produced: a snapshot per vehicle that answered and a failure per vehicle that did
 * not. A failure of the whole request (authentication, rate limit, outage) is thrown as a {@link
 * TelematicsException} instead.
 *
 * @param snapshots decoded and plausibility-checked snapshots
 * @param failures per-vehicle failures
 */
public record FetchResult(List<VehicleSnapshot> snapshots, List<VehicleFailure> failures) {
  /** Copies the lists. */
  public FetchResult {
    snapshots = List.copyOf(snapshots);
    failures = List.copyOf(failures);
  }
}
