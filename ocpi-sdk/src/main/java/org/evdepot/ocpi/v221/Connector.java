package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A connector of an EVSE (OCPI 2.2.1 §8.3.3).
 *
 * <p>Wire fields: {@code id}, {@code standard}, {@code format}, {@code power_type}, {@code
 * max_voltage}, {@code max_amperage}, {@code max_electric_power} (optional), {@code tariff_ids}
 * (optional), {@code terms_and_conditions} (optional), {@code last_updated}. Required fields are
 * checked when the record is built; optional ones may be {@code null}.
 *
 * @param id ID within the EVSE
 * @param standard connector standard
 * @param format socket or cable
 * @param powerType AC or DC
 * @param maxVoltage maximum voltage in V
 * @param maxAmperage maximum amperage in A
 * @param maxElectricPower maximum power in W
 * @param tariffIds tariffs valid for this connector
 * @param termsAndConditions URL of terms and conditions
 * @param lastUpdated last change
 */
public record Connector(
    @JsonProperty("id") String id,
    @JsonProperty("standard") ConnectorType standard,
    @JsonProperty("format") ConnectorFormat format,
    @JsonProperty("power_type") PowerType powerType,
    @JsonProperty("max_voltage") Integer maxVoltage,
    @JsonProperty("max_amperage") Integer maxAmperage,
    @JsonProperty("max_electric_power") Integer maxElectricPower,
    @JsonProperty("tariff_ids") List<String> tariffIds,
    @JsonProperty("terms_and_conditions") String termsAndConditions,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Connector {
    Objects.requireNonNull(id, "Connector.id is required");
    Objects.requireNonNull(standard, "Connector.standard is required");
    Objects.requireNonNull(format, "Connector.format is required");
    Objects.requireNonNull(powerType, "Connector.power_type is required");
    Objects.requireNonNull(maxVoltage, "Connector.max_voltage is required");
    Objects.requireNonNull(maxAmperage, "Connector.max_amperage is required");
    tariffIds = tariffIds == null ? null : List.copyOf(tariffIds);
    Objects.requireNonNull(lastUpdated, "Connector.last_updated is required");
  }
}
