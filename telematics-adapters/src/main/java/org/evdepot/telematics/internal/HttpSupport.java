package org.evdepot.telematics.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.evdepot.telematics.ErrorCode;
import org.evdepot.telematics.TelematicsException;

/** HTTP plumbing shared by the adapters: sending, status mapping, Retry-After, JSON parsing. */
public final class HttpSupport {
  private static final HttpClient DEFAULT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private HttpSupport() {}

  /** A shared JDK client with a 10 s connect timeout. */
  public static HttpClient defaultClient() {
    return DEFAULT;
  }

  /** Sends and maps I/O failures and interruption to {@link ErrorCode#PROVIDER_UNAVAILABLE}. */
  public static HttpResponse<String> send(HttpClient http, HttpRequest request, String provider) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TelematicsException(
          ErrorCode.PROVIDER_UNAVAILABLE,
          provider,
          0,
          null,
          "I/O failure calling " + request.uri().getPath() + ": " + e.getClass().getSimpleName(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TelematicsException(
          ErrorCode.PROVIDER_UNAVAILABLE, provider, 0, null, "interrupted", e);
    }
  }

  /**
   * Throws the typed failure for a non-2xx status: 401/403 authentication, 404 not found, 408
   * vehicle asleep, 429 rate limited (with Retry-After), 5xx unavailable, other 4xx rejected.
   */
  public static void raiseForStatus(HttpResponse<String> response, String provider, Clock clock) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    String path = response.request().uri().getPath();
    ErrorCode code;
    if (status == 401 || status == 403) {
      code = ErrorCode.AUTHENTICATION;
    } else if (status == 404) {
      code = ErrorCode.VEHICLE_NOT_FOUND;
    } else if (status == 408) {
      code = ErrorCode.VEHICLE_ASLEEP;
    } else if (status == 429) {
      code = ErrorCode.RATE_LIMITED;
    } else if (status >= 500) {
      code = ErrorCode.PROVIDER_UNAVAILABLE;
    } else {
      code = ErrorCode.REQUEST_REJECTED;
    }
    Duration retryAfter = retryAfter(response, clock).orElse(null);
    throw new TelematicsException(
        code, provider, status, retryAfter, "HTTP " + status + " from " + path, null);
  }

  /**
   * The {@code Retry-After} header (RFC 9110 section 10.2.3): delay seconds or an HTTP date.
   * Unparseable values are ignored.
   */
  public static Optional<Duration> retryAfter(HttpResponse<?> response, Clock clock) {
    Optional<String> header = response.headers().firstValue("Retry-After");
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String v = header.get().trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  /** Parses JSON, mapping failure to {@link ErrorCode#MALFORMED_RESPONSE}. */
  public static JsonNode parse(ObjectMapper mapper, String body, String provider) {
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new TelematicsException(ErrorCode.MALFORMED_RESPONSE, provider, "empty body");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new TelematicsException(
          ErrorCode.MALFORMED_RESPONSE,
          provider,
          0,
          null,
          "invalid JSON at line " + e.getLocation().getLineNr(),
          e);
    }
  }

  /** An {@code application/x-www-form-urlencoded} body. */
  public static String form(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8));
      sb.append('=');
      sb.append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  /** URL-encodes one path segment or query value. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
