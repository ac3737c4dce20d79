package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A charging profile (OCPI 2.2.1 §14.4.2).
 *
 * <p>Wire fields: {@code start_date_time} (optional), {@code duration} (optional), {@code
 * charging_rate_unit}, {@code min_charging_rate} (optional), {@code charging_profile_period}
 * (optional). Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param startDateTime start of the profile
 * @param duration duration in seconds
 * @param chargingRateUnit unit of the limits
 * @param minChargingRate minimum rate
 * @param chargingProfilePeriod periods
 */
public record ChargingProfile(
    @JsonProperty("start_date_time") Instant startDateTime,
    @JsonProperty("duration") Integer duration,
    @JsonProperty("charging_rate_unit") ChargingRateUnit chargingRateUnit,
    @JsonProperty("min_charging_rate") BigDecimal minChargingRate,
    @JsonProperty("charging_profile_period") List<ChargingProfilePeriod> chargingProfilePeriod) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public ChargingProfile {
    Objects.requireNonNull(chargingRateUnit, "ChargingProfile.charging_rate_unit is required");
    chargingProfilePeriod =
        chargingProfilePeriod == null ? null : List.copyOf(chargingProfilePeriod);
  }
}
