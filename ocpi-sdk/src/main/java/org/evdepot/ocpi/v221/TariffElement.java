package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One element of a tariff (OCPI 2.2.1 §11.4.4).
 *
 * <p>Wire fields: {@code price_components}, {@code restrictions} (optional). Required fields are
 * checked when the record is built; optional ones may be {@code null}.
 *
 * @param priceComponents price components
 * @param restrictions when this element applies
 */
public record TariffElement(
    @JsonProperty("price_components") List<PriceComponent> priceComponents,
    @JsonProperty("restrictions") TariffRestrictions restrictions) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public TariffElement {
    Objects.requireNonNull(priceComponents, "TariffElement.price_components is required");
    priceComponents = List.copyOf(priceComponents);
  }
}
