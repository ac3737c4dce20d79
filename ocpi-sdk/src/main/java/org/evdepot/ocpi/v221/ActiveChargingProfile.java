package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * The active charging profile of a session (OCPI 2.2.1 §14.3.1).
 *
 * <p>Wire fields: {@code start_date_time}, {@code charging_profile}. Required fields are checked
 * when the record is built; optional ones may be {@code null}.
 *
 * @param startDateTime start of the profile
 * @param chargingProfile the profile
 */
public record ActiveChargingProfile(
    @JsonProperty("start_date_time") Instant startDateTime,
    @JsonProperty("charging_profile") ChargingProfile chargingProfile) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public ActiveChargingProfile {
    Objects.requireNonNull(startDateTime, "ActiveChargingProfile.start_date_time is required");
    Objects.requireNonNull(chargingProfile, "ActiveChargingProfile.charging_profile is required");
  }
}
