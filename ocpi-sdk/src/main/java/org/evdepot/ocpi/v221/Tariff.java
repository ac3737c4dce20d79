package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A tariff (OCPI 2.2.1 §11.3.1).
 *
 * <p>Wire fields: {@code country_code}, {@code party_id}, {@code id}, {@code currency}, {@code
 * type} (optional), {@code tariff_alt_text} (optional), {@code tariff_alt_url} (optional), {@code
 * min_price} (optional), {@code max_price} (optional), {@code elements}, {@code start_date_time}
 * (optional), {@code end_date_time} (optional), {@code energy_mix} (optional), {@code
 * last_updated}. Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param countryCode country code of the CPO
 * @param partyId party ID of the CPO
 * @param id tariff ID
 * @param currency ISO-4217 currency
 * @param type tariff type
 * @param tariffAltText human-readable text
 * @param tariffAltUrl human-readable page
 * @param minPrice minimum session price
 * @param maxPrice maximum session price
 * @param elements tariff elements (at least one)
 * @param startDateTime valid from
 * @param endDateTime valid until
 * @param energyMix energy mix
 * @param lastUpdated last change
 */
public record Tariff(
    @JsonProperty("country_code") String countryCode,
    @JsonProperty("party_id") String partyId,
    @JsonProperty("id") String id,
    @JsonProperty("currency") String currency,
    @JsonProperty("type") TariffType type,
    @JsonProperty("tariff_alt_text") List<DisplayText> tariffAltText,
    @JsonProperty("tariff_alt_url") String tariffAltUrl,
    @JsonProperty("min_price") Price minPrice,
    @JsonProperty("max_price") Price maxPrice,
    @JsonProperty("elements") List<TariffElement> elements,
    @JsonProperty("start_date_time") Instant startDateTime,
    @JsonProperty("end_date_time") Instant endDateTime,
    @JsonProperty("energy_mix") EnergyMix energyMix,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Tariff {
    Objects.requireNonNull(countryCode, "Tariff.country_code is required");
    Objects.requireNonNull(partyId, "Tariff.party_id is required");
    Objects.requireNonNull(id, "Tariff.id is required");
    Objects.requireNonNull(currency, "Tariff.currency is required");
    tariffAltText = tariffAltText == null ? null : List.copyOf(tariffAltText);
    Objects.requireNonNull(elements, "Tariff.elements is required");
    elements = List.copyOf(elements);
    Objects.requireNonNull(lastUpdated, "Tariff.last_updated is required");
  }
}
