package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;

/**
 * Restrictions of a tariff element (OCPI 2.2.1 §11.4.6).
 *
 * <p>Wire fields: {@code start_time} (optional), {@code end_time} (optional), {@code start_date}
 * (optional), {@code end_date} (optional), {@code min_kwh} (optional), {@code max_kwh} (optional),
 * {@code min_current} (optional), {@code max_current} (optional), {@code min_power} (optional),
 * {@code max_power} (optional), {@code min_duration} (optional), {@code max_duration} (optional),
 * {@code day_of_week} (optional), {@code reservation} (optional). Required fields are checked when
 * the record is built; optional ones may be {@code null}.
 *
 * @param startTime start time of day, {@code HH:MM} local
 * @param endTime end time of day, {@code HH:MM} local
 * @param startDate start date, {@code YYYY-MM-DD} local
 * @param endDate end date (exclusive), {@code YYYY-MM-DD} local
 * @param minKwh minimum energy consumed
 * @param maxKwh maximum energy consumed
 * @param minCurrent minimum current in A
 * @param maxCurrent maximum current in A
 * @param minPower minimum power in kW
 * @param maxPower maximum power in kW
 * @param minDuration minimum session duration in seconds
 * @param maxDuration maximum session duration in seconds
 * @param dayOfWeek days of the week
 * @param reservation reservation element marker
 */
public record TariffRestrictions(
    @JsonProperty("start_time") String startTime,
    @JsonProperty("end_time") String endTime,
    @JsonProperty("start_date") String startDate,
    @JsonProperty("end_date") String endDate,
    @JsonProperty("min_kwh") BigDecimal minKwh,
    @JsonProperty("max_kwh") BigDecimal maxKwh,
    @JsonProperty("min_current") BigDecimal minCurrent,
    @JsonProperty("max_current") BigDecimal maxCurrent,
    @JsonProperty("min_power") BigDecimal minPower,
    @JsonProperty("max_power") BigDecimal maxPower,
    @JsonProperty("min_duration") Integer minDuration,
    @JsonProperty("max_duration") Integer maxDuration,
    @JsonProperty("day_of_week") List<DayOfWeek> dayOfWeek,
    @JsonProperty("reservation") ReservationRestrictionType reservation) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public TariffRestrictions {
    dayOfWeek = dayOfWeek == null ? null : List.copyOf(dayOfWeek);
  }
}
