package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Request to set a charging profile on a session (OCPI 2.2.1 §14.3.5).
 *
 * <p>Wire fields: {@code charging_profile}, {@code response_url}. Required fields are checked when
 * the record is built; optional ones may be {@code null}.
 *
 * @param chargingProfile profile to set
 * @param responseUrl where the asynchronous result is posted
 */
public record SetChargingProfile(
    @JsonProperty("charging_profile") ChargingProfile chargingProfile,
    @JsonProperty("response_url") String responseUrl) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public SetChargingProfile {
    Objects.requireNonNull(chargingProfile, "SetChargingProfile.charging_profile is required");
    Objects.requireNonNull(responseUrl, "SetChargingProfile.response_url is required");
  }
}
