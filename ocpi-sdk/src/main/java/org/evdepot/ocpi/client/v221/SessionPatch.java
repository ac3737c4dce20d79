package org.evdepot.ocpi.client.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpi.v221.ChargingPeriod;
import org.evdepot.ocpi.v221.Price;
import org.evdepot.ocpi.v221.SessionStatus;

/**
 * A PATCH of a session (OCPI 2.2.1 §9.2.2.3): the fields to change, {@code null} for unchanged;
 * {@code last_updated} is required. {@code charging_periods} in a PATCH are appended by the
 * receiver, per the spec.
 *
 * @param kwh energy charged so far
 * @param chargingPeriods new charging periods
 * @param totalCost cost so far
 * @param status new status
 * @param endDateTime end of the session
 * @param lastUpdated when the session changed
 */
public record SessionPatch(
    @JsonProperty("kwh") BigDecimal kwh,
    @JsonProperty("charging_periods") List<ChargingPeriod> chargingPeriods,
    @JsonProperty("total_cost") Price totalCost,
    @JsonProperty("status") SessionStatus status,
    @JsonProperty("end_date_time") Instant endDateTime,
    @JsonProperty("last_updated") Instant lastUpdated) {
  /** Checks {@code last_updated}. */
  public SessionPatch {
    Objects.requireNonNull(lastUpdated, "last_updated is required in a PATCH");
  }

  /**
   * Progress: energy so far and the cost so far.
   *
   * @param kwh energy charged so far
   * @param totalCost cost so far, or null
   * @param at when
   * @return the patch
   */
  public static SessionPatch progress(BigDecimal kwh, Price totalCost, Instant at) {
    return new SessionPatch(kwh, null, totalCost, null, null, at);
  }

  /**
   * A status change.
   *
   * @param status new status
   * @param at when
   * @return the patch
   */
  public static SessionPatch status(SessionStatus status, Instant at) {
    return new SessionPatch(null, null, null, status, null, at);
  }
}
