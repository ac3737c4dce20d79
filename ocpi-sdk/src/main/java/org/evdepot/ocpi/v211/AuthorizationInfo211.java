package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.evdepot.ocpi.v221.AllowedType;
import org.evdepot.ocpi.v221.DisplayText;

/**
 * Result of a 2.1.1 real-time authorisation (OCPI 2.1.1 §12.3.1).
 *
 * <p>Wire fields: {@code allowed}, {@code location} (optional), {@code info} (optional). Required
 * fields are checked when the record is built; optional ones may be {@code null}.
 *
 * @param allowed whether charging is allowed
 * @param location location
 * @param info message
 */
public record AuthorizationInfo211(
    @JsonProperty("allowed") AllowedType allowed,
    @JsonProperty("location") LocationReferences211 location,
    @JsonProperty("info") DisplayText info) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public AuthorizationInfo211 {
    Objects.requireNonNull(allowed, "AuthorizationInfo211.allowed is required");
  }
}
