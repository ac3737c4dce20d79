package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Energy contract of a driver (OCPI 2.2.1 §12.4.2).
 *
 * <p>Wire fields: {@code supplier_name}, {@code contract_id} (optional). Required fields are
 * checked when the record is built; optional ones may be {@code null}.
 *
 * @param supplierName supplier
 * @param contractId contract ID at the supplier
 */
public record EnergyContract(
    @JsonProperty("supplier_name") String supplierName,
    @JsonProperty("contract_id") String contractId) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public EnergyContract {
    Objects.requireNonNull(supplierName, "EnergyContract.supplier_name is required");
  }
}
