package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpi.v221.DisplayText;
import org.evdepot.ocpi.v221.EnergyMix;
import org.evdepot.ocpi.v221.TariffElement;

/**
 * A 2.1.1 tariff: no owner fields, no type, no min/max price (OCPI 2.1.1 §11.2.1).
 *
 * <p>Wire fields: {@code id}, {@code currency}, {@code tariff_alt_text} (optional), {@code
 * tariff_alt_url} (optional), {@code elements}, {@code energy_mix} (optional), {@code
 * last_updated}. Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param id tariff ID
 * @param currency currency
 * @param tariffAltText text
 * @param tariffAltUrl URL
 * @param elements elements
 * @param energyMix energy mix
 * @param lastUpdated last change
 */
public record Tariff211(
    @JsonProperty("id") String id,
    @JsonProperty("currency") String currency,
    @JsonProperty("tariff_alt_text") List<DisplayText> tariffAltText,
    @JsonProperty("tariff_alt_url") String tariffAltUrl,
    @JsonProperty("elements") List<TariffElement> elements,
    @JsonProperty("energy_mix") EnergyMix energyMix,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Tariff211 {
    Objects.requireNonNull(id, "Tariff211.id is required");
    Objects.requireNonNull(currency, "Tariff211.currency is required");
    tariffAltText = tariffAltText == null ? null : List.copyOf(tariffAltText);
    Objects.requireNonNull(elements, "Tariff211.elements is required");
    elements = List.copyOf(elements);
    Objects.requireNonNull(lastUpdated, "Tariff211.last_updated is required");
  }
}
