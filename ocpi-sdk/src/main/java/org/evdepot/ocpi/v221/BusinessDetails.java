package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Business details of a party (OCPI 2.2.1 §8.4.2).
 *
 * <p>Wire fields: {@code name}, {@code website} (optional), {@code logo} (optional). Required
 * fields are checked when the record is built; optional ones may be {@code null}.
 *
 * @param name name of the operator
 * @param website link to the operator's website
 * @param logo image link to the operator's logo
 */
public record BusinessDetails(
    @JsonProperty("name") String name,
    @JsonProperty("website") String website,
    @JsonProperty("logo") Image logo) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public BusinessDetails {
    Objects.requireNonNull(name, "BusinessDetails.name is required");
  }
}
