package org.evdepot.telematics.polling;

import java.util.Map;
import org.evdepot.telematics.ProviderStatus;

/**
 * What one {@link PollingScheduler#runDue()} (or {@link PollingScheduler#collect()}) did. Requests
 * are counted when started; the other counts are of the answers recorded during the call, which may
 * include answers to requests started by earlier calls.
 *
 * @param requests provider requests started (planned and handed to the executor)
 * @param vehiclesPolled vehicles carried by the requests whose answers were recorded
 * @param snapshots snapshots received in those answers
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
