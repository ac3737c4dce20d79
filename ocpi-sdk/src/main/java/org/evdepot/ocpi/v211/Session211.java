package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpi.v221.AuthMethod;
import org.evdepot.ocpi.v221.ChargingPeriod;
import org.evdepot.ocpi.v221.SessionStatus;

/**
 * A 2.1.1 session: embeds the location and carries auth_id (OCPI 2.1.1 §9.2.1).
 *
 * <p>Wire fields: {@code id}, {@code start_datetime}, {@code end_datetime} (optional), {@code kwh},
 * {@code auth_id}, {@code auth_method}, {@code location}, {@code meter_id} (optional), {@code
 * currency}, {@code charging_periods} (optional), {@code total_cost} (optional), {@code status},
 * {@code last_updated}. Required fields are checked when the record is built; optional ones may be
 * {@code null}.
 *
 * @param id session ID
 * @param startDatetime start
 * @param endDatetime end
 * @param kwh energy in kWh
 * @param authId authorisation ID of the token
 * @param authMethod authorisation method
 * @param location location with only the used EVSE and connector
 * @param meterId meter ID
 * @param currency currency
 * @param chargingPeriods charging periods
 * @param totalCost cost so far
 * @param status status
 * @param lastUpdated last change
 */
public record Session211(
    @JsonProperty("id") String id,
    @JsonProperty("start_datetime") Instant startDatetime,
    @JsonProperty("end_datetime") Instant endDatetime,
    @JsonProperty("kwh") BigDecimal kwh,
    @JsonProperty("auth_id") String authId,
    @JsonProperty("auth_method") AuthMethod authMethod,
    @JsonProperty("location") Location211 location,
    @JsonProperty("meter_id") String meterId,
    @JsonProperty("currency") String currency,
    @JsonProperty("charging_periods") List<ChargingPeriod> chargingPeriods,
    @JsonProperty("total_cost") BigDecimal totalCost,
    @JsonProperty("status") SessionStatus status,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Session211 {
    Objects.requireNonNull(id, "Session211.id is required");
    Objects.requireNonNull(startDatetime, "Session211.start_datetime is required");
    Objects.requireNonNull(kwh, "Session211.kwh is required");
    Objects.requireNonNull(authId, "Session211.auth_id is required");
    Objects.requireNonNull(authMethod, "Session211.auth_method is required");
    Objects.requireNonNull(location, "Session211.location is required");
    Objects.requireNonNull(currency, "Session211.currency is required");
    chargingPeriods = chargingPeriods == null ? null : List.copyOf(chargingPeriods);
    Objects.requireNonNull(status, "Session211.status is required");
    Objects.requireNonNull(lastUpdated, "Session211.last_updated is required");
  }
}
