package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Energy mix of the supplied energy (OCPI 2.2.1 §8.4.7).
 *
 * <p>Wire fields: {@code is_green_energy}, {@code energy_sources} (optional), {@code
 * environ_impact} (optional), {@code supplier_name} (optional), {@code energy_product_name}
 * (optional). Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param isGreenEnergy whether the energy is green
 * @param energySources sources
 * @param environImpact environmental impact
 * @param supplierName supplier
 * @param energyProductName product name
 */
public record EnergyMix(
    @JsonProperty("is_green_energy") Boolean isGreenEnergy,
    @JsonProperty("energy_sources") List<EnergySource> energySources,
    @JsonProperty("environ_impact") List<EnvironmentalImpact> environImpact,
    @JsonProperty("supplier_name") String supplierName,
    @JsonProperty("energy_product_name") String energyProductName) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public EnergyMix {
    Objects.requireNonNull(isGreenEnergy, "EnergyMix.is_green_energy is required");
    energySources = energySources == null ? null : List.copyOf(energySources);
    environImpact = environImpact == null ? null : List.copyOf(environImpact);
  }
}
