package org.evdepot.telematics.polling;

import java.time.Duration;
import java.time.Instant;
import org.evdepot.telematics.VehicleSnapshot;

/** Decides when a vehicle is polled next. */
@FunctionalInterface
public interface IntervalPolicy {
  /**
   * The delay until the next poll (before jitter).
   *
   * @param latest the latest stored snapshot, or {@code null} when none yet
   * @param context what the operator knows (departure)
   * @param outcome how the last poll went
   * @param now the current time
   */
  Duration next(VehicleSnapshot latest, PollContext context, PollOutcome outcome, Instant now);
}
