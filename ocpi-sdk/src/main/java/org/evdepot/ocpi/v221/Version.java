package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One OCPI version a platform supports and where its details live (OCPI 2.2.1 §6.1.2).
 *
 * <p>Wire fields: {@code version}, {@code url}. Required fields are checked when the record is
 * built; optional ones may be {@code null}.
 *
 * @param version version number such as {@code 2.2.1}
 * @param url URL of the version details endpoint
 */
public record Version(@JsonProperty("version") String version, @JsonProperty("url") String url) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Version {
    Objects.requireNonNull(version, "Version.version is required");
    Objects.requireNonNull(url, "Version.url is required");
  }
}
