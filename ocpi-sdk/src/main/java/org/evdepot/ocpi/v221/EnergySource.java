package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Share of one energy source (OCPI 2.2.1 §8.4.8).
 *
 * <p>Wire fields: {@code source}, {@code percentage}. Required fields are checked when the record
 * is built; optional ones may be {@code null}.
 *
 * @param source category
 * @param percentage share in percent
 */
public record EnergySource(
    @JsonProperty("source") EnergySourceCategory source,
    @JsonProperty("percentage") BigDecimal percentage) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public EnergySource {
    Objects.requireNonNull(source, "EnergySource.source is required");
    Objects.requireNonNull(percentage, "EnergySource.percentage is required");
  }
}
