package org.evdepot.telematics.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.evdepot.telematics.ErrorCode;
import org.evdepot.telematics.TelematicsException;
import org.evdepot.telematics.internal.HttpSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2.0 access tokens (RFC 6749) from a token endpoint, by the client-credentials grant
 * (section 4.4) or the refresh-token grant (section 6). Tokens are renewed {@code refreshAhead}
 * before they expire. When the server rotates the refresh token (Smartcar and Tesla do), the new
 * one replaces the old and is handed to the rotation listener so the caller can persist it: the old
 * one will not work again.
 *
 * <p>Secrets and tokens never appear in {@link #toString()} or logs.
 */
public final class OAuth2TokenSource implements TokenSource {
  private static final Logger LOG = LoggerFactory.getLogger(OAuth2TokenSource.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Which grant the source uses. */
  public enum Grant {
    /** {@code grant_type=client_credentials}: the application's own credentials. */
    CLIENT_CREDENTIALS,
    /** {@code grant_type=refresh_token}: a user's long-lived refresh token. */
    REFRESH_TOKEN
  }

  private final String name;
  private final URI tokenEndpoint;
  private final String clientId;
  private final Secret clientSecret;
  private final Grant grant;
  private final String scope;
  private final String audience;
  private final boolean basicAuth;
  private final Duration refreshAhead;
  private final Clock clock;
  private final HttpClient http;
  private final Duration timeout;
  private final Consumer<Secret> rotationListener;

  private Secret refreshToken;
  private AccessToken token;

  private OAuth2TokenSource(Builder b) {
    this.name = b.name;
    this.tokenEndpoint = b.tokenEndpoint;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.grant = b.grant;
    this.scope = b.scope;
    this.audience = b.audience;
    this.basicAuth = b.basicAuth;
    this.refreshAhead = b.refreshAhead;
    this.clock = b.clock;
    this.http = b.http != null ? b.http : HttpSupport.defaultClient();
    this.timeout = b.timeout;
    this.rotationListener = b.rotationListener;
    this.refreshToken = b.refreshToken;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public synchronized AccessToken current() {
    if (token == null || token.needsRefresh(clock.instant(), refreshAhead)) {
      token = requestToken();
    }
    return token;
  }

  @Override
  public synchronized void invalidate() {
    token = null;
  }

  /** The refresh token currently held (after any rotation); empty for client credentials. */
  public synchronized java.util.Optional<Secret> refreshToken() {
    return java.util.Optional.ofNullable(refreshToken);
  }

  private AccessToken requestToken() {
    Map<String, String> form = new LinkedHashMap<>();
    if (grant == Grant.CLIENT_CREDENTIALS) {
      form.put("grant_type", "client_credentials");
    } else {
      form.put("grant_type", "refresh_token");
      form.put("refresh_token", refreshToken.reveal());
    }
    if (scope != null) {
      form.put("scope", scope);
    }
    if (audience != null) {
      form.put("audience", audience);
    }
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json");
    if (basicAuth) {
      String pair = clientId + ":" + clientSecret.reveal();
      rb.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    } else {
      form.put("client_id", clientId);
      form.put("client_secret", clientSecret.reveal());
    }
    Instant sentAt = clock.instant();
    HttpResponse<String> response =
        HttpSupport.send(
            http,
            rb.POST(HttpRequest.BodyPublishers.ofString(HttpSupport.form(form))).build(),
            name);
    int status = response.statusCode();
    if (status == 400 || status == 401 || status == 403) {
      // RFC 6749 section 5.2: invalid_grant / invalid_client; the body may echo nothing secret but
      // we still report only the error code.
      String error = errorCode(response.body());
      throw new TelematicsException(
          ErrorCode.AUTHENTICATION,
          name,
          status,
          null,
          "token endpoint rejected the " + grant + " grant: " + error,
          null);
    }
    HttpSupport.raiseForStatus(response, name, clock);
    JsonNode body = HttpSupport.parse(MAPPER, response.body(), name);
    JsonNode access = body.get("access_token");
    if (access == null || !access.isTextual() || access.asText().isBlank()) {
      throw new TelematicsException(
          ErrorCode.MALFORMED_RESPONSE, name, "token response has no access_token");
    }
    long expiresIn = body.path("expires_in").asLong(3600);
    JsonNode rotated = body.get("refresh_token");
    if (grant == Grant.REFRESH_TOKEN && rotated != null && rotated.isTextual()) {
      Secret next = Secret.of(rotated.asText());
      if (!next.equals(refreshToken)) {
        refreshToken = next;
        LOG.info("{}: refresh token rotated", name);
        if (rotationListener != null) {
          rotationListener.accept(next);
        }
      }
    }
    Instant expiresAt = sentAt.plusSeconds(expiresIn);
    LOG.debug("{}: new access token, expires at {}", name, expiresAt);
    return new AccessToken(Secret.of(access.asText()), expiresAt);
  }

  private static String errorCode(String body) {
    try {
      return MAPPER.readTree(body).path("error").asText("unknown");
    } catch (Exception e) {
      return "unknown";
    }
  }

  @Override
  public String toString() {
    return "OAuth2TokenSource[" + name + ", " + grant + ", clientId=" + clientId + "]";
  }

  /** Builds an {@link OAuth2TokenSource}. */
  public static final class Builder {
    private String name = "oauth2";
    private URI tokenEndpoint;
    private String clientId;
    private Secret clientSecret;
    private Grant grant;
    private Secret refreshToken;
    private String scope;
    private String audience;
    private boolean basicAuth;
    private Duration refreshAhead = Duration.ofSeconds(60);
    private Clock clock = Clock.systemUTC();
    private HttpClient http;
    private Duration timeout = Duration.ofSeconds(20);
    private Consumer<Secret> rotationListener;

    private Builder() {}

    /** A name for logs and errors (usually the provider id). */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    /** The token endpoint. */
    public Builder tokenEndpoint(URI value) {
      this.tokenEndpoint = value;
      return this;
    }

    /** The OAuth client id. */
    public Builder clientId(String value) {
      this.clientId = value;
      return this;
    }

    /** The OAuth client secret. */
    public Builder clientSecret(Secret value) {
      this.clientSecret = value;
      return this;
    }

    /** Uses the client-credentials grant. */
    public Builder clientCredentials() {
      this.grant = Grant.CLIENT_CREDENTIALS;
      return this;
    }

    /** Uses the refresh-token grant, starting from this refresh token. */
    public Builder refreshToken(Secret value) {
      this.grant = Grant.REFRESH_TOKEN;
      this.refreshToken = Objects.requireNonNull(value, "refreshToken");
      return this;
    }

    /** Space-separated scopes to request, if any. */
    public Builder scope(String value) {
      this.scope = value;
      return this;
    }

    /** The audience parameter (Tesla Fleet API needs the regional base URL here). */
    public Builder audience(String value) {
      this.audience = value;
      return this;
    }

    /** Sends the client credentials as HTTP Basic instead of form fields (Smartcar). */
    public Builder basicAuth(boolean value) {
      this.basicAuth = value;
      return this;
    }

    /** How long before expiry to renew (default 60 s). */
    public Builder refreshAhead(Duration value) {
      this.refreshAhead = Objects.requireNonNull(value, "refreshAhead");
      return this;
    }

    /** The clock (tests use a virtual one). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The HTTP client (default: a shared JDK client). */
    public Builder httpClient(HttpClient value) {
      this.http = value;
      return this;
    }

    /** The request timeout (default 20 s). */
    public Builder timeout(Duration value) {
      this.timeout = Objects.requireNonNull(value, "timeout");
      return this;
    }

    /** Called with each new refresh token after a rotation, so it can be persisted. */
    public Builder onRefreshTokenRotated(Consumer<Secret> value) {
      this.rotationListener = value;
      return this;
    }

    /** Validates and builds. */
    public OAuth2TokenSource build() {
      if (tokenEndpoint == null) {
        throw new IllegalArgumentException("tokenEndpoint must be set");
      }
      if (clientId == null || clientId.isBlank()) {
        throw new IllegalArgumentException("clientId must not be blank but was '" + clientId + "'");
      }
      if (clientSecret == null) {
        throw new IllegalArgumentException("clientSecret must be set");
      }
      if (grant == null) {
        throw new IllegalArgumentException(
            "grant must be set: call clientCredentials() or refreshToken(...)");
      }
      if (refreshAhead.isNegative()) {
        throw new IllegalArgumentException(
            "refreshAhead must not be negative but was " + refreshAhead);
      }
      return new OAuth2TokenSource(this);
    }
  }
}
