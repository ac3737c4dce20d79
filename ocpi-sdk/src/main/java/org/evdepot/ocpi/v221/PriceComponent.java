package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A price for one tariff dimension (OCPI 2.2.1 §11.4.2).
 *
 * <p>Wire fields: {@code type}, {@code price}, {@code vat} (optional), {@code step_size}. Required
 * fields are checked when the record is built; optional ones may be {@code null}.
 *
 * @param type dimension
 * @param price price per unit excluding VAT
 * @param vat VAT percentage; absent means no VAT applies
 * @param stepSize billing step (Wh for energy, seconds for time)
 */
public record PriceComponent(
    @JsonProperty("type") TariffDimensionType type,
    @JsonProperty("price") BigDecimal price,
    @JsonProperty("vat") BigDecimal vat,
    @JsonProperty("step_size") Integer stepSize) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public PriceComponent {
    Objects.requireNonNull(type, "PriceComponent.type is required");
    Objects.requireNonNull(price, "PriceComponent.price is required");
    Objects.requireNonNull(stepSize, "PriceComponent.step_size is required");
  }
}
