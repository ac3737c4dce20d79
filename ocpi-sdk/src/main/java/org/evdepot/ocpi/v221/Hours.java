package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Opening times (OCPI 2.2.1 §8.4.14).
 *
 * <p>Wire fields: {@code twentyfourseven}, {@code regular_hours} (optional), {@code
 * exceptional_openings} (optional), {@code exceptional_closings} (optional). Required fields are
 * checked when the record is built; optional ones may be {@code null}.
 *
 * @param twentyfourseven open around the clock
 * @param regularHours regular weekly hours
 * @param exceptionalOpenings exceptional openings
 * @param exceptionalClosings exceptional closings
 */
public record Hours(
    @JsonProperty("twentyfourseven") Boolean twentyfourseven,
    @JsonProperty("regular_hours") List<RegularHours> regularHours,
    @JsonProperty("exceptional_openings") List<ExceptionalPeriod> exceptionalOpenings,
    @JsonProperty("exceptional_closings") List<ExceptionalPeriod> exceptionalClosings) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Hours {
    Objects.requireNonNull(twentyfourseven, "Hours.twentyfourseven is required");
    regularHours = regularHours == null ? null : List.copyOf(regularHours);
    exceptionalOpenings = exceptionalOpenings == null ? null : List.copyOf(exceptionalOpenings);
    exceptionalClosings = exceptionalClosings == null ? null : List.copyOf(exceptionalClosings);
  }
}
