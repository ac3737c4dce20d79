package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Regular opening hours on one weekday (OCPI 2.2.1 §8.4.21).
 *
 * <p>Wire fields: {@code weekday}, {@code period_begin}, {@code period_end}. Required fields are
 * checked when the record is built; optional ones may be {@code null}.
 *
 * @param weekday day of week, 1 = Monday ... 7 = Sunday
 * @param periodBegin begin, {@code HH:MM} local time
 * @param periodEnd end, {@code HH:MM} local time
 */
public record RegularHours(
    @JsonProperty("weekday") Integer weekday,
    @JsonProperty("period_begin") String periodBegin,
    @JsonProperty("period_end") String periodEnd) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public RegularHours {
    Objects.requireNonNull(weekday, "RegularHours.weekday is required");
    Objects.requireNonNull(periodBegin, "RegularHours.period_begin is required");
    Objects.requireNonNull(periodEnd, "RegularHours.period_end is required");
  }
}
