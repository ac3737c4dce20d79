package org.evdepot.telematics.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A bearer credential and when it expires.
 *
 * @param value the token (or API key, or session id)
 * @param expiresAt when it stops working; {@link Instant#MAX} for credentials that do not expire
 */
public record AccessToken(Secret value, Instant expiresAt) {
  /** Validates the fields. */
  public AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Whether the token must be renewed at {@code now}, renewing {@code ahead} before expiry. */
  public boolean needsRefresh(Instant now, Duration ahead) {
    return expiresAt != Instant.MAX && !now.isBefore(expiresAt.minus(ahead));
  }

  /** Never prints the token. */
  @Override
  public String toString() {
    return "AccessToken[****, expiresAt=" + expiresAt + "]";
  }
}
