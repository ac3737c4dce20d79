package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The endpoints of one OCPI 2.1.1 version (OCPI 2.1.1 §5.2).
 *
 * <p>Wire fields: {@code version}, {@code endpoints}. Required fields are checked when the record
 * is built; optional ones may be {@code null}.
 *
 * @param version version number
 * @param endpoints supported endpoints
 */
public record VersionDetails211(
    @JsonProperty("version") String version,
    @JsonProperty("endpoints") List<Endpoint211> endpoints) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public VersionDetails211 {
    Objects.requireNonNull(version, "VersionDetails211.version is required");
    Objects.requireNonNull(endpoints, "VersionDetails211.endpoints is required");
    endpoints = List.copyOf(endpoints);
  }
}
