package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A charging session (OCPI 2.2.1 §9.3.1).
 *
 * <p>Wire fields: {@code country_code}, {@code party_id}, {@code id}, {@code start_date_time},
 * {@code end_date_time} (optional), {@code kwh}, {@code cdr_token}, {@code auth_method}, {@code
 * authorization_reference} (optional), {@code location_id}, {@code evse_uid}, {@code connector_id},
 * {@code meter_id} (optional), {@code currency}, {@code charging_periods} (optional), {@code
 * total_cost} (optional), {@code status}, {@code last_updated}. Required fields are checked when
 * the record is built; optional ones may be {@code null}.
 *
 * @param countryCode country code of the CPO
 * @param partyId party ID of the CPO
 * @param id session ID
 * @param startDateTime start of the session
 * @param endDateTime end of the session
 * @param kwh energy charged so far in kWh
 * @param cdrToken token used to start the session
 * @param authMethod how the session was authorised
 * @param authorizationReference reference from real-time authorisation or START_SESSION
 * @param locationId location ID
 * @param evseUid EVSE UID
 * @param connectorId connector ID
 * @param meterId meter ID
 * @param currency ISO-4217 currency
 * @param chargingPeriods charging periods so far
 * @param totalCost cost so far
 * @param status status
 * @param lastUpdated last change
 */
public record Session(
    @JsonProperty("country_code") String countryCode,
    @JsonProperty("party_id") String partyId,
    @JsonProperty("id") String id,
    @JsonProperty("start_date_time") Instant startDateTime,
    @JsonProperty("end_date_time") Instant endDateTime,
    @JsonProperty("kwh") BigDecimal kwh,
    @JsonProperty("cdr_token") CdrToken cdrToken,
    @JsonProperty("auth_method") AuthMethod authMethod,
    @JsonProperty("authorization_reference") String authorizationReference,
    @JsonProperty("location_id") String locationId,
    @JsonProperty("evse_uid") String evseUid,
    @JsonProperty("connector_id") String connectorId,
    @JsonProperty("meter_id") String meterId,
    @JsonProperty("currency") String currency,
    @JsonProperty("charging_periods") List<ChargingPeriod> chargingPeriods,
    @JsonProperty("total_cost") Price totalCost,
    @JsonProperty("status") SessionStatus status,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Session {
    Objects.requireNonNull(countryCode, "Session.country_code is required");
    Objects.requireNonNull(partyId, "Session.party_id is required");
    Objects.requireNonNull(id, "Session.id is required");
    Objects.requireNonNull(startDateTime, "Session.start_date_time is required");
    Objects.requireNonNull(kwh, "Session.kwh is required");
    Objects.requireNonNull(cdrToken, "Session.cdr_token is required");
    Objects.requireNonNull(authMethod, "Session.auth_method is required");
    Objects.requireNonNull(locationId, "Session.location_id is required");
    Objects.requireNonNull(evseUid, "Session.evse_uid is required");
    Objects.requireNonNull(connectorId, "Session.connector_id is required");
    Objects.requireNonNull(currency, "Session.currency is required");
    chargingPeriods = chargingPeriods == null ? null : List.copyOf(chargingPeriods);
    Objects.requireNonNull(status, "Session.status is required");
    Objects.requireNonNull(lastUpdated, "Session.last_updated is required");
  }
}
