package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * UNLOCK_CONNECTOR command (OCPI 2.2.1 §13.3.7).
 *
 * <p>Wire fields: {@code response_url}, {@code location_id}, {@code evse_uid}, {@code
 * connector_id}. Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param responseUrl where the asynchronous result is posted
 * @param locationId location ID
 * @param evseUid EVSE UID
 * @param connectorId connector ID
 */
public record UnlockConnector(
    @JsonProperty("response_url") String responseUrl,
    @JsonProperty("location_id") String locationId,
    @JsonProperty("evse_uid") String evseUid,
    @JsonProperty("connector_id") String connectorId) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public UnlockConnector {
    Objects.requireNonNull(responseUrl, "UnlockConnector.response_url is required");
    Objects.requireNonNull(locationId, "UnlockConnector.location_id is required");
    Objects.requireNonNull(evseUid, "UnlockConnector.evse_uid is required");
    Objects.requireNonNull(connectorId, "UnlockConnector.connector_id is required");
  }
}
