package org.evdepot.ocpi.client.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpi.v221.Status;
import org.evdepot.ocpi.v221.StatusSchedule;

/**
 * A PATCH of an EVSE (OCPI 2.2.1 §8.2.2.3): the fields to change, {@code null} for unchanged;
 * {@code last_updated} is required.
 *
 * @param status new status
 * @param statusSchedule new planned status changes
 * @param lastUpdated when the EVSE changed
 */
public record EvsePatch(
    @JsonProperty("status") Status status,
    @JsonProperty("status_schedule") List<StatusSchedule> statusSchedule,
    @JsonProperty("last_updated") Instant lastUpdated) {
  /** Checks {@code last_updated}. */
  public EvsePatch {
    Objects.requireNonNull(lastUpdated, "last_updated is required in a PATCH");
  }

  /**
   * A status change.
   *
   * @param status the new status
   * @param at when it changed
   * @return the patch
   */
  public static EvsePatch status(Status status, Instant at) {
    return new EvsePatch(Objects.requireNonNull(status, "status"), null, at);
  }
}
