package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * START_SESSION command (OCPI 2.2.1 §13.3.5).
 *
 * <p>Wire fields: {@code response_url}, {@code token}, {@code location_id}, {@code evse_uid}
 * (optional), {@code connector_id} (optional), {@code authorization_reference} (optional). Required
 * fields are checked when the record is built; optional ones may be {@code null}.
 *
 * @param responseUrl where the asynchronous result is posted
 * @param token token to start with
 * @param locationId location ID
 * @param evseUid EVSE UID
 * @param connectorId connector ID
 * @param authorizationReference authorisation reference
 */
public record StartSession(
    @JsonProperty("response_url") String responseUrl,
    @JsonProperty("token") Token token,
    @JsonProperty("location_id") String locationId,
    @JsonProperty("evse_uid") String evseUid,
    @JsonProperty("connector_id") String connectorId,
    @JsonProperty("authorization_reference") String authorizationReference) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public StartSession {
    Objects.requireNonNull(responseUrl, "StartSession.response_url is required");
    Objects.requireNonNull(token, "StartSession.token is required");
    Objects.requireNonNull(locationId, "StartSession.location_id is required");
  }
}
