package org.evdepot.telematics.polling;

import java.util.Map;
import org.evdepot.telematics.ProviderStatus;

/**
 * What one {@link PollingScheduler#runDue()} did.
 *
 * @param requests provider requests sent
 * @param vehiclesPolled vehicles carried by those requests
 * @param snapshots snapshots stored
 * @param vehicleFailures vehicles that failed (asleep, unknown, or their request failed)
 * @param statuses each provider's status after the run
 */
public record PollReport(
    int requests,
    int vehiclesPolled,
    int snapshots,
    int vehicleFailures,
    Map<String, ProviderStatus> statuses) {
  /** Copies the statuses. */
  public PollReport {
    statuses = Map.copyOf(statuses);
  }
}
