package org.evdepot.telematics.auth;

/**
 * Supplies a valid bearer credential, renewing it before it expires. Thread-safe.
 *
 * <p>Implementations: {@link OAuth2TokenSource} (client credentials, refresh token with rotation)
 * and {@link ApiKey}. Geotab's session credentials live in {@code geotab.GeotabSession}.
 */
public interface TokenSource {
  /**
   * A token valid now, renewed first when it is about to expire.
   *
   * @throws org.evdepot.telematics.TelematicsException with code AUTHENTICATION when the
   *     credentials are rejected
   */
  AccessToken current();

  /** Forgets the current token after the provider rejected it (HTTP 401), forcing a renewal. */
  void invalidate();
}
