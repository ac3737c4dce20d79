package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * 2.1.1 RESERVE_NOW (OCPI 2.1.1 §13.3.3).
 *
 * <p>Wire fields: {@code response_url}, {@code token}, {@code expiry_date}, {@code reservation_id},
 * {@code location_id}, {@code evse_uid} (optional). Required fields are checked when the record is
 * built; optional ones may be {@code null}.
 *
 * @param responseUrl where the asynchronous result is posted
 * @param token token
 * @param expiryDate expiry
 * @param reservationId reservation ID
 * @param locationId location ID
 * @param evseUid EVSE UID
 */
public record ReserveNow211(
    @JsonProperty("response_url") String responseUrl,
    @JsonProperty("token") Token211 token,
    @JsonProperty("expiry_date") Instant expiryDate,
    @JsonProperty("reservation_id") Integer reservationId,
    @JsonProperty("location_id") String locationId,
    @JsonProperty("evse_uid") String evseUid) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public ReserveNow211 {
    Objects.requireNonNull(responseUrl, "ReserveNow211.response_url is required");
    Objects.requireNonNull(token, "ReserveNow211.token is required");
    Objects.requireNonNull(expiryDate, "ReserveNow211.expiry_date is required");
    Objects.requireNonNull(reservationId, "ReserveNow211.reservation_id is required");
    Objects.requireNonNull(locationId, "ReserveNow211.location_id is required");
  }
}
