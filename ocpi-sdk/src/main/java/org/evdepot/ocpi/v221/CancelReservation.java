package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * CANCEL_RESERVATION command (OCPI 2.2.1 §13.3.1).
 *
 * <p>Wire fields: {@code response_url}, {@code reservation_id}. Required fields are checked when
 * the record is built; optional ones may be {@code null}.
 *
 * @param responseUrl where the asynchronous result is posted
 * @param reservationId reservation to cancel
 */
public record CancelReservation(
    @JsonProperty("response_url") String responseUrl,
    @JsonProperty("reservation_id") String reservationId) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public CancelReservation {
    Objects.requireNonNull(responseUrl, "CancelReservation.response_url is required");
    Objects.requireNonNull(reservationId, "CancelReservation.reservation_id is required");
  }
}
