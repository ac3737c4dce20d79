package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * RESERVE_NOW command (OCPI 2.2.1 §13.3.4).
 *
 * <p>Wire fields: {@code response_url}, {@code token}, {@code expiry_date}, {@code reservation_id},
 * {@code location_id}, {@code evse_uid} (optional), {@code authorization_reference} (optional).
 * Required fields are checked when the record is built; optional ones may be {@code null}.
 *
 * @param responseUrl where the asynchronous result is posted
 * @param token token for the reservation
 * @param expiryDate when the reservation expires
 * @param reservationId reservation ID
 * @param locationId location ID
 * @param evseUid EVSE UID
 * @param authorizationReference authorisation reference
 */
public record ReserveNow(
    @JsonProperty("response_url") String responseUrl,
    @JsonProperty("token") Token token,
    @JsonProperty("expiry_date") Instant expiryDate,
    @JsonProperty("reservation_id") String reservationId,
    @JsonProperty("location_id") String locationId,
    @JsonProperty("evse_uid") String evseUid,
    @JsonProperty("authorization_reference") String authorizationReference) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public ReserveNow {
    Objects.requireNonNull(responseUrl, "ReserveNow.response_url is required");
    Objects.requireNonNull(token, "ReserveNow.token is required");
    Objects.requireNonNull(expiryDate, "ReserveNow.expiry_date is required");
    Objects.requireNonNull(reservationId, "ReserveNow.reservation_id is required");
    Objects.requireNonNull(locationId, "ReserveNow.location_id is required");
  }
}
