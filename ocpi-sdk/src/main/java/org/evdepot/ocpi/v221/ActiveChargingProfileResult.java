package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Asynchronous result of a GET active profile (OCPI 2.2.1 §14.3.3).
 *
 * <p>Wire fields: {@code result}, {@code profile} (optional). Required fields are checked when the
 * record is built; optional ones may be {@code null}.
 *
 * @param result result
 * @param profile the active profile
 */
public record ActiveChargingProfileResult(
    @JsonProperty("result") ChargingProfileResultType result,
    @JsonProperty("profile") ActiveChargingProfile profile) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public ActiveChargingProfileResult {
    Objects.requireNonNull(result, "ActiveChargingProfileResult.result is required");
  }
}
