package org.evdepot.telematics.polling;

import java.time.Instant;
import java.util.Optional;

/**
 * What the operator knows about a vehicle that should shape how often it is polled.
 *
 * @param departureAt the next planned departure, or {@code null} when none is planned
 */
public record PollContext(Instant departureAt) {
  /** No planned departure. */
  public static final PollContext NONE = new PollContext(null);

  /** The next departure, if planned. */
  public Optional<Instant> departure() {
    return Optional.ofNullable(departureAt);
  }
}
