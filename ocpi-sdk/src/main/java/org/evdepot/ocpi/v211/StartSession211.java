package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * 2.1.1 START_SESSION (OCPI 2.1.1 §13.3.4).
 *
 * <p>Wire fields: {@code response_url}, {@code token}, {@code location_id}, {@code evse_uid}
 * (optional). Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param responseUrl where the asynchronous result is posted
 * @param token token
 * @param locationId location ID
 * @param evseUid EVSE UID
 */
public record StartSession211(
    @JsonProperty("response_url") String responseUrl,
    @JsonProperty("token") Token211 token,
    @JsonProperty("location_id") String locationId,
    @JsonProperty("evse_uid") String evseUid) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public StartSession211 {
    Objects.requireNonNull(responseUrl, "StartSession211.response_url is required");
    Objects.requireNonNull(token, "StartSession211.token is required");
    Objects.requireNonNull(locationId, "StartSession211.location_id is required");
  }
}
