package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One signed value (OCPI 2.2.1 §10.4.8).
 *
 * <p>Wire fields: {@code nature}, {@code plain_data}, {@code signed_data}. Required fields are
 * checked when the record is built; optional ones may be {@code null}.
 *
 * @param nature nature, such as {@code Start} or {@code End}
 * @param plainData unsigned data
 * @param signedData signed data
 */
public record SignedValue(
    @JsonProperty("nature") String nature,
    @JsonProperty("plain_data") String plainData,
    @JsonProperty("signed_data") String signedData) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public SignedValue {
    Objects.requireNonNull(nature, "SignedValue.nature is required");
    Objects.requireNonNull(plainData, "SignedValue.plain_data is required");
    Objects.requireNonNull(signedData, "SignedValue.signed_data is required");
  }
}
