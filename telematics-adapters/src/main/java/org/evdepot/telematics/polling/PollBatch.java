package org.evdepot.telematics.polling;

import java.util.Objects;
import org.evdepot.telematics.FetchRequest;

/**
 * One planned provider request.
 *
 * @param providerId the provider
 * @param request the vehicles to fetch and which may be woken
 */
public record PollBatch(String providerId, FetchRequest request) {
  /** Validates the fields. */
  public PollBatch {
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(request, "request");
  }
}
