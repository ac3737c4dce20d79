package org.evdepot.telematics.auth;

import java.time.Instant;

/** A static API key (Samsara's bearer token, a webhook shared secret); it never expires. */
public final class ApiKey implements TokenSource {
  private final AccessToken token;

  private ApiKey(Secret key) {
    this.token = new AccessToken(key, Instant.MAX);
  }

  /** Wraps a key. */
  public static ApiKey of(Secret key) {
    return new ApiKey(key);
  }

  @Override
  public AccessToken current() {
    return token;
  }

  /** Nothing to renew: a rejected key stays rejected, which the caller reports. */
  @Override
  public void invalidate() {}

  @Override
  public String toString() {
    return "ApiKey[****]";
  }
}
