package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One period of a charging profile (OCPI 2.2.1 §14.4.3).
 *
 * <p>Wire fields: {@code start_period}, {@code limit}. Required fields are checked when the record
 * is built; optional ones may be {@code null}.
 *
 * @param startPeriod offset in seconds from the profile start
 * @param limit limit in the profile's unit
 */
public record ChargingProfilePeriod(
    @JsonProperty("start_period") Integer startPeriod, @JsonProperty("limit") BigDecimal limit) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public ChargingProfilePeriod {
    Objects.requireNonNull(startPeriod, "ChargingProfilePeriod.start_period is required");
    Objects.requireNonNull(limit, "ChargingProfilePeriod.limit is required");
  }
}
