package org.evdepot.telematics.internal;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.evdepot.telematics.auth.TokenSource;

/**
 * Sends bearer-authorised requests: adds the token, and on HTTP 401 forgets the token and retries
 * once with a renewed one (a token revoked early, or a clock difference at expiry).
 */
public final class AuthorizedCaller {
  private final String provider;
  private final HttpClient http;
  private final TokenSource tokens;
  private final Duration timeout;
  private final Clock clock;

  /** Creates a caller for one provider. */
  public AuthorizedCaller(
      String provider, HttpClient http, TokenSource tokens, Duration timeout, Clock clock) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.http = Objects.requireNonNull(http, "http");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The clock the caller and its adapter use. */
  public Clock clock() {
    return clock;
  }

  /**
   * Sends the request built by {@code request} with a bearer token. Returns any status but 401,
   * which is retried once; a second 401 is returned to the caller.
   */
  public HttpResponse<String> send(RequestFactory request) {
    return send(tokens, request);
  }

  /** Like {@link #send(RequestFactory)}, with another account's tokens. */
  public HttpResponse<String> send(TokenSource account, RequestFactory request) {
    HttpResponse<String> response = sendOnce(account, request);
    if (response.statusCode() == 401) {
      account.invalidate();
      response = sendOnce(account, request);
    }
    return response;
  }

  /** Sends and throws the typed failure for any non-2xx status. */
  public HttpResponse<String> sendOk(RequestFactory request) {
    return sendOk(tokens, request);
  }

  /** Like {@link #sendOk(RequestFactory)}, with another account's tokens. */
  public HttpResponse<String> sendOk(TokenSource account, RequestFactory request) {
    HttpResponse<String> response = send(account, request);
    HttpSupport.raiseForStatus(response, provider, clock);
    return response;
  }

  private HttpResponse<String> sendOnce(TokenSource account, RequestFactory request) {
    HttpRequest.Builder b = request.create().timeout(timeout);
    b.header("Authorization", "Bearer " + account.current().value().reveal());
    return HttpSupport.send(http, b.build(), provider);
  }

  /** Creates a fresh request builder per attempt. */
  @FunctionalInterface
  public interface RequestFactory {
    /** A new builder with URI, method and headers, but no Authorization. */
    HttpRequest.Builder create();
  }
}
