package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The endpoints of one OCPI version (OCPI 2.2.1 §6.2.1).
 *
 * <p>Wire fields: {@code version}, {@code endpoints}. Required fields are checked when the record
 * is built; optional ones may be {@code null}.
 *
 * @param version version number
 * @param endpoints supported endpoints
 */
public record VersionDetails(
    @JsonProperty("version") String version, @JsonProperty("endpoints") List<Endpoint> endpoints) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public VersionDetails {
    Objects.requireNonNull(version, "VersionDetails.version is required");
    Objects.requireNonNull(endpoints, "VersionDetails.endpoints is required");
    endpoints = List.copyOf(endpoints);
  }
}
