package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Result of a real-time authorisation (OCPI 2.2.1 §12.3.1).
 *
 * <p>Wire fields: {@code allowed}, {@code token}, {@code location} (optional), {@code
 * authorization_reference} (optional), {@code info} (optional). Required fields are checked when
 * the record is built; optional ones may be {@code null}.
 *
 * @param allowed whether charging is allowed
 * @param token the authorised token
 * @param location location the authorisation is for
 * @param authorizationReference reference for the session
 * @param info message for the driver
 */
public record AuthorizationInfo(
    @JsonProperty("allowed") AllowedType allowed,
    @JsonProperty("token") Token token,
    @JsonProperty("location") LocationReferences location,
    @JsonProperty("authorization_reference") String authorizationReference,
    @JsonProperty("info") DisplayText info) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public AuthorizationInfo {
    Objects.requireNonNull(allowed, "AuthorizationInfo.allowed is required");
    Objects.requireNonNull(token, "AuthorizationInfo.token is required");
  }
}
