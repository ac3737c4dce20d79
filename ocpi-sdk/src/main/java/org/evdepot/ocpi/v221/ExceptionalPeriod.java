package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * An exceptional opening or closing period (OCPI 2.2.1 §8.4.11).
 *
 * <p>Wire fields: {@code period_begin}, {@code period_end}. Required fields are checked when the
 * record is built; optional ones may be {@code null}.
 *
 * @param periodBegin begin
 * @param periodEnd end
 */
public record ExceptionalPeriod(
    @JsonProperty("period_begin") Instant periodBegin,
    @JsonProperty("period_end") Instant periodEnd) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public ExceptionalPeriod {
    Objects.requireNonNull(periodBegin, "ExceptionalPeriod.period_begin is required");
    Objects.requireNonNull(periodEnd, "ExceptionalPeriod.period_end is required");
  }
}
