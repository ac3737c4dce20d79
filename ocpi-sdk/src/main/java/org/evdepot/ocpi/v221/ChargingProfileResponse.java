package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Synchronous answer to a charging profile request (OCPI 2.2.1 §14.3.2).
 *
 * <p>Wire fields: {@code result}, {@code timeout}. Required fields are checked when the record is
 * built; optional ones may be {@code null}.
 *
 * @param result result
 * @param timeout seconds to wait for the asynchronous result
 */
public record ChargingProfileResponse(
    @JsonProperty("result") ChargingProfileResponseType result,
    @JsonProperty("timeout") Integer timeout) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public ChargingProfileResponse {
    Objects.requireNonNull(result, "ChargingProfileResponse.result is required");
    Objects.requireNonNull(timeout, "ChargingProfileResponse.timeout is required");
  }
}
