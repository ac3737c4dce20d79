package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Charging preferences of a driver for a session (OCPI 2.2.1 §9.3.2).
 *
 * <p>Wire fields: {@code profile_type}, {@code departure_time} (optional), {@code energy_need}
 * (optional), {@code discharge_allowed} (optional). Required fields are checked when the record is
 * built; optional ones may be {@code null}.
 *
 * @param profileType preferred profile
 * @param departureTime expected departure
 * @param energyNeed energy needed in kWh
 * @param dischargeAllowed whether V2G discharge is allowed
 */
public record ChargingPreferences(
    @JsonProperty("profile_type") ProfileType profileType,
    @JsonProperty("departure_time") Instant departureTime,
    @JsonProperty("energy_need") BigDecimal energyNeed,
    @JsonProperty("discharge_allowed") Boolean dischargeAllowed) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public ChargingPreferences {
    Objects.requireNonNull(profileType, "ChargingPreferences.profile_type is required");
  }
}
