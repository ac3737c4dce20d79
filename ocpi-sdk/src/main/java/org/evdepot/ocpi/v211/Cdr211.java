package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpi.v221.AuthMethod;
import org.evdepot.ocpi.v221.ChargingPeriod;

/**
 * A 2.1.1 CDR: embeds the location, auth_id and plain number costs (OCPI 2.1.1 §10.3.1).
 *
 * <p>Wire fields: {@code id}, {@code start_date_time}, {@code stop_date_time}, {@code auth_id},
 * {@code auth_method}, {@code location}, {@code meter_id} (optional), {@code currency}, {@code
 * tariffs} (optional), {@code charging_periods}, {@code total_cost}, {@code total_energy}, {@code
 * total_time}, {@code total_parking_time} (optional), {@code remark} (optional), {@code
 * last_updated}. Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param id CDR ID
 * @param startDateTime start
 * @param stopDateTime stop
 * @param authId authorisation ID
 * @param authMethod authorisation method
 * @param location location
 * @param meterId meter ID
 * @param currency currency
 * @param tariffs tariffs
 * @param chargingPeriods charging periods
 * @param totalCost total cost
 * @param totalEnergy energy in kWh
 * @param totalTime duration in hours
 * @param totalParkingTime parking time in hours
 * @param remark remark
 * @param lastUpdated last change
 */
public record Cdr211(
    @JsonProperty("id") String id,
    @JsonProperty("start_date_time") Instant startDateTime,
    @JsonProperty("stop_date_time") Instant stopDateTime,
    @JsonProperty("auth_id") String authId,
    @JsonProperty("auth_method") AuthMethod authMethod,
    @JsonProperty("location") Location211 location,
    @JsonProperty("meter_id") String meterId,
    @JsonProperty("currency") String currency,
    @JsonProperty("tariffs") List<Tariff211> tariffs,
    @JsonProperty("charging_periods") List<ChargingPeriod> chargingPeriods,
    @JsonProperty("total_cost") BigDecimal totalCost,
    @JsonProperty("total_energy") BigDecimal totalEnergy,
    @JsonProperty("total_time") BigDecimal totalTime,
    @JsonProperty("total_parking_time") BigDecimal totalParkingTime,
    @JsonProperty("remark") String remark,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Cdr211 {
    Objects.requireNonNull(id, "Cdr211.id is required");
    Objects.requireNonNull(startDateTime, "Cdr211.start_date_time is required");
    Objects.requireNonNull(stopDateTime, "Cdr211.stop_date_time is required");
    Objects.requireNonNull(authId, "Cdr211.auth_id is required");
    Objects.requireNonNull(authMethod, "Cdr211.auth_method is required");
    Objects.requireNonNull(location, "Cdr211.location is required");
    Objects.requireNonNull(currency, "Cdr211.currency is required");
    tariffs = tariffs == null ? null : List.copyOf(tariffs);
    Objects.requireNonNull(chargingPeriods, "Cdr211.charging_periods is required");
    chargingPeriods = List.copyOf(chargingPeriods);
    Objects.requireNonNull(totalCost, "Cdr211.total_cost is required");
    Objects.requireNonNull(totalEnergy, "Cdr211.total_energy is required");
    Objects.requireNonNull(totalTime, "Cdr211.total_time is required");
    Objects.requireNonNull(lastUpdated, "Cdr211.last_updated is required");
  }
}
