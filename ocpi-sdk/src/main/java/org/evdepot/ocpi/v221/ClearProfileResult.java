package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Asynchronous result of a DELETE profile (OCPI 2.2.1 §14.3.5).
 *
 * <p>Wire fields: {@code result}. Required fields are checked when the record is built; optional
 * ones may be {@code null}.
 *
 * @param result result
 */
public record ClearProfileResult(@JsonProperty("result") ChargingProfileResultType result) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public ClearProfileResult {
    Objects.requireNonNull(result, "ClearProfileResult.result is required");
  }
}
