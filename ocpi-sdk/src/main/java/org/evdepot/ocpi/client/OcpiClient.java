package org.evdepot.ocpi.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.evdepot.ocpi.OcpiEnvelope;
import org.evdepot.ocpi.OcpiJson;
import org.evdepot.ocpi.OcpiParseException;
import org.evdepot.ocpi.OcpiRemoteException;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.partner.LocalPlatform;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartyRef;
import org.evdepot.ocpi.partner.TokenEncoding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transport for OCPI calls on the JDK {@link HttpClient}: adds {@code Authorization}, {@code
 * X-Request-ID} (new per attempt) and {@code X-Correlation-ID} (one per logical call), applies the
 * request timeout and retries 5xx answers and I/O failures per {@link RetryPolicy} (by default only
 * the idempotent methods; a POST is retried only when the connection could not be opened).
 * Immutable and thread-safe; build with {@link #builder()}, then call a partner through {@link
 * #partner(Partner, PartyRef)}.
 */
public final class OcpiClient {
  private static final Logger LOG = LoggerFactory.getLogger(OcpiClient.class);

  private final HttpClient http;
  private final Duration requestTimeout;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private final Supplier<String> ids;

  private OcpiClient(Builder b) {
    this.http =
        b.http != null ? b.http : HttpClient.newBuilder().connectTimeout(b.connectTimeout).build();
    this.requestTimeout = b.requestTimeout;
    this.retry = b.retry;
    this.sleeper = b.sleeper;
    this.ids = b.ids;
  }

  /**
   * A builder with defaults: 10 s connect and request timeouts, {@link RetryPolicy#defaults()},
   * real sleeping, random UUID request IDs.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client bound to one partner.
   *
   * @param partner the partner (tokens, version, endpoints)
   * @param self our own party, for routing headers
   * @return the partner client
   */
  public PartnerClient partner(Partner partner, PartyRef self) {
    return new PartnerClient(this, partner, List.of(self));
  }

  /**
   * A client bound to one partner, for a platform that may have several roles: the {@code
   * OCPI-from-*} routing headers name our party in the role that calls the interface (e.g. our CPO
   * party when pushing locations), the {@code OCPI-to-*} headers the partner's party in the role
   * that implements it.
   *
   * @param partner the partner
   * @param platform our platform
   * @return the partner client
   */
  public PartnerClient partner(Partner partner, LocalPlatform platform) {
    return new PartnerClient(this, partner, platform.parties());
  }

  /**
   * Writes a token into the Authorization header value.
   *
   * @param token the token
   * @param base64 whether to Base64-encode it
   * @return {@code Token <value>}
   */
  public static String authorization(String token, boolean base64) {
    String value =
        base64 ? Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)) : token;
    return "Token " + value;
  }

  /**
   * Whether a partner gets Base64 tokens for the given encoding setting and version.
   *
   * @param encoding the setting
   * @param versionEncodes whether the version prescribes Base64
   * @return true to encode
   */
  public static boolean encodes(TokenEncoding encoding, boolean versionEncodes) {
    return switch (encoding) {
      case BASE64 -> true;
      case RAW -> false;
      case BY_VERSION -> versionEncodes;
    };
  }

  /**
   * Sends one logical request with retries.
   *
   * @param method HTTP method
   * @param url absolute URL
   * @param token credentials token
   * @param base64Token whether to Base64-encode the token
   * @param headers extra headers (routing headers)
   * @param body JSON body or null
   * @return the final answer (which may be an HTTP error that was not retried)
   * @throws OcpiRemoteException (3001) when every attempt failed with I/O errors or 5xx
   */
  public OcpiHttpResult send(
      String method,
      String url,
      String token,
      boolean base64Token,
      Map<String, String> headers,
      String body) {
    Objects.requireNonNull(url, "url");
    String correlationId = ids.get();
    OcpiHttpResult last = null;
    IOException lastError = null;
    boolean idempotent = retry.retries(method);
    int attempt = 0;
    while (++attempt <= retry.maxAttempts()) {
      HttpRequest.Builder rb =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(requestTimeout)
              .header("Authorization", authorization(token, base64Token))
              .header("X-Request-ID", ids.get())
              .header("X-Correlation-ID", correlationId)
              .header("Accept", "application/json");
      headers.forEach(rb::header);
      if (body != null) {
        rb.header("Content-Type", "application/json");
        rb.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      } else {
        rb.method(method, HttpRequest.BodyPublishers.noBody());
      }
      try {
        HttpResponse<String> resp =
            http.send(rb.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        last = new OcpiHttpResult(url, resp.statusCode(), resp.headers().map(), resp.body());
        lastError = null;
        if (resp.statusCode() < 500) {
          return last;
        }
        LOG.debug("{} {} answered {} (attempt {})", method, url, resp.statusCode(), attempt);
        if (!idempotent) {
          return last;
        }
      } catch (IOException e) {
        lastError = e;
        LOG.debug("{} {} failed (attempt {}): {}", method, url, attempt, e.toString());
        if (!idempotent && !neverSent(e)) {
          break;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OcpiRemoteException(
            OcpiStatus.UNABLE_TO_USE_CLIENT_API.code(), 0, url, "interrupted", e);
      }
      if (attempt < retry.maxAttempts()) {
        sleeper.sleep(retry.backoff(attempt));
      }
    }
    if (lastError != null) {
      int attempts = Math.min(attempt, retry.maxAttempts());
      throw new OcpiRemoteException(
          OcpiStatus.UNABLE_TO_USE_CLIENT_API.code(),
          0,
          url,
          "no answer after "
              + attempts
              + (attempts == 1 ? " attempt: " : " attempts: ")
              + lastError,
          lastError);
    }
    return last;
  }

  /** Whether the failure happened before the request could reach the partner. */
  private static boolean neverSent(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException
          || t instanceof java.net.http.HttpConnectTimeoutException
          || t instanceof java.net.UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decodes an answer's envelope and returns its data, or throws when the HTTP status is not 2xx or
   * the OCPI status is not 1xxx.
   *
   * @param result the answer
   * @param json codec of the partner's parsing mode
   * @param dataType type of {@code data}; {@code Void.class} to ignore data
   * @param <T> data type
   * @return the data (null when the partner sent none)
   * @throws OcpiRemoteException on errors
   */
  public static <T> T decode(OcpiHttpResult result, OcpiJson json, Class<T> dataType) {
    OcpiEnvelope<T> env = envelope(result, json, dataType);
    return env.data();
  }

  static <T> OcpiEnvelope<T> envelope(OcpiHttpResult result, OcpiJson json, Class<T> dataType) {
    if (dataType == Void.class) {
      return envelope(
          result,
          json,
          body -> {
            var tree = json.tree(body);
            return new OcpiEnvelope<>(
                null,
                tree.path("status_code").asInt(OcpiStatus.SUCCESS.code()),
                tree.path("status_message").asText(null),
                java.time.Instant.EPOCH);
          });
    }
    return envelope(result, json, body -> json.readEnvelope(body, dataType));
  }

  static <T> OcpiEnvelope<T> envelope(
      OcpiHttpResult result, OcpiJson json, Function<String, OcpiEnvelope<T>> parser) {
    boolean ok = result.status() >= 200 && result.status() < 300;
    if (!ok) {
      int code = OcpiStatus.UNABLE_TO_USE_CLIENT_API.code();
      String message = "HTTP " + result.status();
      try {
        var tree = json.tree(result.body());
        if (tree.hasNonNull("status_code")) {
          code = tree.get("status_code").asInt();
        }
        if (tree.hasNonNull("status_message")) {
          message = tree.get("status_message").asText();
        }
      } catch (OcpiParseException ignored) {
        // not an OCPI body: keep the HTTP description
      }
      throw new OcpiRemoteException(code, result.status(), result.url(), message, null);
    }
    OcpiEnvelope<T> env;
    try {
      env = parser.apply(result.body());
    } catch (OcpiParseException e) {
      throw new OcpiRemoteException(
          OcpiStatus.UNABLE_TO_USE_CLIENT_API.code(),
          result.status(),
          result.url(),
          "unreadable answer: " + e.getMessage(),
          e);
    }
    if (!env.isSuccess()) {
      throw new OcpiRemoteException(
          env.statusCode(),
          result.status(),
          result.url(),
          String.valueOf(env.statusMessage()),
          null);
    }
    return env;
  }

  /** Builder of {@link OcpiClient}; validates on {@link #build()}. */
  public static final class Builder {
    private HttpClient http;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(10);
    private RetryPolicy retry = RetryPolicy.defaults();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Supplier<String> ids = () -> UUID.randomUUID().toString();

    private Builder() {}

    /**
     * Uses an existing HTTP client (its own connect timeout applies).
     *
     * @param client the client
     * @return this builder
     */
    public Builder httpClient(HttpClient client) {
      this.http = client;
      return this;
    }

    /**
     * Connect timeout of the HTTP client this builder creates.
     *
     * @param timeout positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /**
     * Timeout of each request attempt.
     *
     * @param timeout positive duration
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    /**
     * Retry policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retry(RetryPolicy policy) {
      this.retry = policy;
      return this;
    }

    /**
     * How to wait between retries.
     *
     * @param s the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper s) {
      this.sleeper = s;
      return this;
    }

    /**
     * Source of X-Request-ID and X-Correlation-ID values.
     *
     * @param supplier the supplier
     * @return this builder
     */
    public Builder requestIds(Supplier<String> supplier) {
      this.ids = supplier;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalArgumentException when a setting is invalid
     */
    public OcpiClient build() {
      requirePositive(connectTimeout, "connectTimeout");
      requirePositive(requestTimeout, "requestTimeout");
      Objects.requireNonNull(retry, "retry is required");
      Objects.requireNonNull(sleeper, "sleeper is required");
      Objects.requireNonNull(ids, "requestIds is required");
      return new OcpiClient(this);
    }

    private static void requirePositive(Duration d, String name) {
      if (d == null || d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
    }
  }

  static Map<String, String> noHeaders() {
    return new LinkedHashMap<>();
  }
}
