package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A period of a session with constant tariff (OCPI 2.2.1 §10.4.6).
 *
 * <p>Wire fields: {@code start_date_time}, {@code dimensions}, {@code tariff_id} (optional).
 * Required fields are checked when the record is built; optional ones may be {@code null}.
 *
 * @param startDateTime start of the period
 * @param dimensions measured values in this period
 * @param tariffId tariff that applies
 */
public record ChargingPeriod(
    @JsonProperty("start_date_time") Instant startDateTime,
    @JsonProperty("dimensions") List<CdrDimension> dimensions,
    @JsonProperty("tariff_id") String tariffId) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public ChargingPeriod {
    Objects.requireNonNull(startDateTime, "ChargingPeriod.start_date_time is required");
    Objects.requireNonNull(dimensions, "ChargingPeriod.dimensions is required");
    dimensions = List.copyOf(dimensions);
  }
}
