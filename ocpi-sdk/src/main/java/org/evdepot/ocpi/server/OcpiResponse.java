package org.evdepot.ocpi.server;

import java.util.Map;
import java.util.Objects;

/**
 * The HTTP answer {@link OcpiServer} produces; the hosting framework writes it out as is.
 *
 * @param status HTTP status
 * @param headers response headers (Content-Type, pagination headers, Location)
 * @param body JSON body
 */
public record OcpiResponse(int status, Map<String, String> headers, String body) {
  /** Copies headers. */
  public OcpiResponse {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "response.body is required");
  }
}
