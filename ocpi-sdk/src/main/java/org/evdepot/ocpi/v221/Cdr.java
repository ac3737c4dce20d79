package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A charge detail record (OCPI 2.2.1 §10.3.1).
 *
 * <p>Wire fields: {@code country_code}, {@code party_id}, {@code id}, {@code start_date_time},
 * {@code end_date_time}, {@code session_id} (optional), {@code cdr_token}, {@code auth_method},
 * {@code authorization_reference} (optional), {@code cdr_location}, {@code meter_id} (optional),
 * {@code currency}, {@code tariffs} (optional), {@code charging_periods}, {@code signed_data}
 * (optional), {@code total_cost}, {@code total_fixed_cost} (optional), {@code total_energy}, {@code
 * total_energy_cost} (optional), {@code total_time}, {@code total_time_cost} (optional), {@code
 * total_parking_time} (optional), {@code total_parking_cost} (optional), {@code
 * total_reservation_cost} (optional), {@code remark} (optional), {@code invoice_reference_id}
 * (optional), {@code credit} (optional), {@code credit_reference_id} (optional), {@code
 * home_charging_compensation} (optional), {@code last_updated}. Required fields are checked when
 * the record is built; optional ones may be {@code null}.
 *
 * @param countryCode country code of the CPO
 * @param partyId party ID of the CPO
 * @param id CDR ID
 * @param startDateTime start of the session
 * @param endDateTime end of the session
 * @param sessionId session ID
 * @param cdrToken token used
 * @param authMethod authorisation method
 * @param authorizationReference authorisation reference
 * @param cdrLocation where the session took place
 * @param meterId meter ID
 * @param currency ISO-4217 currency
 * @param tariffs tariffs that applied
 * @param chargingPeriods charging periods
 * @param signedData signed meter data
 * @param totalCost total cost
 * @param totalFixedCost fixed cost part
 * @param totalEnergy energy in kWh
 * @param totalEnergyCost energy cost part
 * @param totalTime session duration in hours
 * @param totalTimeCost time cost part
 * @param totalParkingTime parking time in hours
 * @param totalParkingCost parking cost part
 * @param totalReservationCost reservation cost part
 * @param remark remark
 * @param invoiceReferenceId invoice reference
 * @param credit whether this is a credit CDR
 * @param creditReferenceId CDR this one credits
 * @param homeChargingCompensation home charging compensation
 * @param lastUpdated last change
 */
public record Cdr(
    @JsonProperty("country_code") String countryCode,
    @JsonProperty("party_id") String partyId,
    @JsonProperty("id") String id,
    @JsonProperty("start_date_time") Instant startDateTime,
    @JsonProperty("end_date_time") Instant endDateTime,
    @JsonProperty("session_id") String sessionId,
    @JsonProperty("cdr_token") CdrToken cdrToken,
    @JsonProperty("auth_method") AuthMethod authMethod,
    @JsonProperty("authorization_reference") String authorizationReference,
    @JsonProperty("cdr_location") CdrLocation cdrLocation,
    @JsonProperty("meter_id") String meterId,
    @JsonProperty("currency") String currency,
    @JsonProperty("tariffs") List<Tariff> tariffs,
    @JsonProperty("charging_periods") List<ChargingPeriod> chargingPeriods,
    @JsonProperty("signed_data") SignedData signedData,
    @JsonProperty("total_cost") Price totalCost,
    @JsonProperty("total_fixed_cost") Price totalFixedCost,
    @JsonProperty("total_energy") BigDecimal totalEnergy,
    @JsonProperty("total_energy_cost") Price totalEnergyCost,
    @JsonProperty("total_time") BigDecimal totalTime,
    @JsonProperty("total_time_cost") Price totalTimeCost,
    @JsonProperty("total_parking_time") BigDecimal totalParkingTime,
    @JsonProperty("total_parking_cost") Price totalParkingCost,
    @JsonProperty("total_reservation_cost") Price totalReservationCost,
    @JsonProperty("remark") String remark,
    @JsonProperty("invoice_reference_id") String invoiceReferenceId,
    @JsonProperty("credit") Boolean credit,
    @JsonProperty("credit_reference_id") String creditReferenceId,
    @JsonProperty("home_charging_compensation") Boolean homeChargingCompensation,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Cdr {
    Objects.requireNonNull(countryCode, "Cdr.country_code is required");
    Objects.requireNonNull(partyId, "Cdr.party_id is required");
    Objects.requireNonNull(id, "Cdr.id is required");
    Objects.requireNonNull(startDateTime, "Cdr.start_date_time is required");
    Objects.requireNonNull(endDateTime, "Cdr.end_date_time is required");
    Objects.requireNonNull(cdrToken, "Cdr.cdr_token is required");
    Objects.requireNonNull(authMethod, "Cdr.auth_method is required");
    Objects.requireNonNull(cdrLocation, "Cdr.cdr_location is required");
    Objects.requireNonNull(currency, "Cdr.currency is required");
    tariffs = tariffs == null ? null : List.copyOf(tariffs);
    Objects.requireNonNull(chargingPeriods, "Cdr.charging_periods is required");
    chargingPeriods = List.copyOf(chargingPeriods);
    Objects.requireNonNull(totalCost, "Cdr.total_cost is required");
    Objects.requireNonNull(totalEnergy, "Cdr.total_energy is required");
    Objects.requireNonNull(totalTime, "Cdr.total_time is required");
    Objects.requireNonNull(lastUpdated, "Cdr.last_updated is required");
  }
}
