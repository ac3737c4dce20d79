package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Environmental impact of the energy (OCPI 2.2.1 §8.4.10).
 *
 * <p>Wire fields: {@code category}, {@code amount}. Required fields are checked when the record is
 * built; optional ones may be {@code null}.
 *
 * @param category category
 * @param amount amount in g/kWh
 */
public record EnvironmentalImpact(
    @JsonProperty("category") EnvironmentalImpactCategory category,
    @JsonProperty("amount") BigDecimal amount) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public EnvironmentalImpact {
    Objects.requireNonNull(category, "EnvironmentalImpact.category is required");
    Objects.requireNonNull(amount, "EnvironmentalImpact.amount is required");
  }
}
