package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;

/**
 * One module endpoint of a version (OCPI 2.2.1 §6.2.2).
 *
 * <p>Wire fields: {@code identifier}, {@code role}, {@code url}. Required fields are checked when
 * the record is built; optional ones may be {@code null}.
 *
 * @param identifier module identifier
 * @param role whether this endpoint is the sender or receiver interface
 * @param url URL of the endpoint
 */
public record Endpoint(
    @JsonProperty("identifier") ModuleId identifier,
    @JsonProperty("role") InterfaceRole role,
    @JsonProperty("url") String url) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Endpoint {
    Objects.requireNonNull(identifier, "Endpoint.identifier is required");
    Objects.requireNonNull(role, "Endpoint.role is required");
    Objects.requireNonNull(url, "Endpoint.url is required");
  }
}
