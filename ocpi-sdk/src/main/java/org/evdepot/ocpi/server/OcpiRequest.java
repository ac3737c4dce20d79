package org.evdepot.ocpi.server;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as any framework can hand it to {@link OcpiServer}.
 *
 * @param method HTTP method, e.g. {@code GET}
 * @param path decoded request path, e.g. {@code /ocpi/2.2.1/locations}
 * @param query query parameters
 * @param headers request headers (names compared case-insensitively)
 * @param body request body, or null
 */
public record OcpiRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    String body) {

  /** Checks and copies fields. */
  public OcpiRequest {
    Objects.requireNonNull(method, "request.method is required");
    Objects.requireNonNull(path, "request.path is required");
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
  }

  /**
   * Builds a request from a raw URI (path and query string).
   *
   * @param method HTTP method
   * @param uri request URI, e.g. {@code /ocpi/2.2.1/locations?offset=10}
   * @param headers headers
   * @param body body or null
   * @return the request
   */
  public static OcpiRequest of(
      String method, URI uri, Map<String, List<String>> headers, String body) {
    Map<String, List<String>> q = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        q.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      }
    }
    Map<String, List<String>> h = new LinkedHashMap<>();
    headers.forEach(
        (k, v) -> {
          if (k != null) {
            h.put(k, List.copyOf(v));
          }
        });
    return new OcpiRequest(method.toUpperCase(Locale.ROOT), uri.getPath(), q, h, body);
  }

  /**
   * First value of a header, case-insensitively.
   *
   * @param name header name
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * First value of a query parameter.
   *
   * @param name parameter name
   * @return the value, or empty
   */
  public Optional<String> queryParam(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }
}
