package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.evdepot.ocpi.ModuleId;

/**
 * One module endpoint of a 2.1.1 version; 2.1.1 has no interface roles (OCPI 2.1.1 §5.2.2).
 *
 * <p>Wire fields: {@code identifier}, {@code url}. Required fields are checked when the record is
 * built; optional ones may be {@code null}.
 *
 * @param identifier module identifier
 * @param url URL of the endpoint
 */
public record Endpoint211(
    @JsonProperty("identifier") ModuleId identifier, @JsonProperty("url") String url) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Endpoint211 {
    Objects.requireNonNull(identifier, "Endpoint211.identifier is required");
    Objects.requireNonNull(url, "Endpoint211.url is required");
  }
}
