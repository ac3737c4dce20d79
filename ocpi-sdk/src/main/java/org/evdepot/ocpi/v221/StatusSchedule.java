package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A planned EVSE status (OCPI 2.2.1 §8.4.23).
 *
 * <p>Wire fields: {@code period_begin}, {@code period_end} (optional), {@code status}. Required
 * fields are checked when the record is built; optional ones may be {@code null}.
 *
 * @param periodBegin begin
 * @param periodEnd end
 * @param status status in that period
 */
public record StatusSchedule(
    @JsonProperty("period_begin") Instant periodBegin,
    @JsonProperty("period_end") Instant periodEnd,
    @JsonProperty("status") Status status) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public StatusSchedule {
    Objects.requireNonNull(periodBegin, "StatusSchedule.period_begin is required");
    Objects.requireNonNull(status, "StatusSchedule.status is required");
  }
}
