package org.evdepot.ocpi.client;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A raw HTTP answer from a partner.
 *
 * @param url requested URL
 * @param status HTTP status
 * @param headers response headers
 * @param body response body, possibly empty
 */
public record OcpiHttpResult(
    String url, int status, Map<String, List<String>> headers, String body) {

  /**
   * First value of a header, case-insensitively.
   *
   * @param name header name
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null
          && e.getKey().toLowerCase(Locale.ROOT).equals(lower)
          && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }
}
