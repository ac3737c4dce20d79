package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import org.evdepot.ocpi.v221.ConnectorFormat;
import org.evdepot.ocpi.v221.ConnectorType;
import org.evdepot.ocpi.v221.PowerType;

/**
 * A 2.1.1 connector: voltage, amperage and a single tariff_id (OCPI 2.1.1 §8.3.3).
 *
 * <p>Wire fields: {@code id}, {@code standard}, {@code format}, {@code power_type}, {@code
 * voltage}, {@code amperage}, {@code tariff_id} (optional), {@code terms_and_conditions}
 * (optional), {@code last_updated}. Required fields are checked when the record is built; optional
 * ones may be {@code null}.
 *
 * @param id ID within the EVSE
 * @param standard standard
 * @param format format
 * @param powerType power type
 * @param voltage voltage in V
 * @param amperage amperage in A
 * @param tariffId tariff ID
 * @param termsAndConditions terms URL
 * @param lastUpdated last change
 */
public record Connector211(
    @JsonProperty("id") String id,
    @JsonProperty("standard") ConnectorType standard,
    @JsonProperty("format") ConnectorFormat format,
    @JsonProperty("power_type") PowerType powerType,
    @JsonProperty("voltage") Integer voltage,
    @JsonProperty("amperage") Integer amperage,
    @JsonProperty("tariff_id") String tariffId,
    @JsonProperty("terms_and_conditions") String termsAndConditions,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Connector211 {
    Objects.requireNonNull(id, "Connector211.id is required");
    Objects.requireNonNull(standard, "Connector211.standard is required");
    Objects.requireNonNull(format, "Connector211.format is required");
    Objects.requireNonNull(powerType, "Connector211.power_type is required");
    Objects.requireNonNull(voltage, "Connector211.voltage is required");
    Objects.requireNonNull(amperage, "Connector211.amperage is required");
    Objects.requireNonNull(lastUpdated, "Connector211.last_updated is required");
  }
}
