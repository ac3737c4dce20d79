package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A price with and without VAT (OCPI 2.2.1 §16.4).
 *
 * <p>Wire fields: {@code excl_vat}, {@code incl_vat} (optional). Required fields are checked when
 * the record is built; optional ones may be {@code null}.
 *
 * @param exclVat price excluding VAT
 * @param inclVat price including VAT, when VAT is known
 */
public record Price(
    @JsonProperty("excl_vat") BigDecimal exclVat, @JsonProperty("incl_vat") BigDecimal inclVat) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Price {
    Objects.requireNonNull(exclVat, "Price.excl_vat is required");
  }
}
