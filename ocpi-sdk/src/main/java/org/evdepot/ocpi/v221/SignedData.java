package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Signed meter data of a CDR (OCPI 2.2.1 §10.4.7).
 *
 * <p>Wire fields: {@code encoding_method}, {@code encoding_method_version} (optional), {@code
 * public_key} (optional), {@code signed_values}, {@code url} (optional). Required fields are
 * checked when the record is built; optional ones may be {@code null}.
 *
 * @param encodingMethod encoding method
 * @param encodingMethodVersion encoding version
 * @param publicKey public key
 * @param signedValues signed values
 * @param url URL with more information
 */
public record SignedData(
    @JsonProperty("encoding_method") String encodingMethod,
    @JsonProperty("encoding_method_version") Integer encodingMethodVersion,
    @JsonProperty("public_key") String publicKey,
    @JsonProperty("signed_values") List<SignedValue> signedValues,
    @JsonProperty("url") String url) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public SignedData {
    Objects.requireNonNull(encodingMethod, "SignedData.encoding_method is required");
    Objects.requireNonNull(signedValues, "SignedData.signed_values is required");
    signedValues = List.copyOf(signedValues);
  }
}
