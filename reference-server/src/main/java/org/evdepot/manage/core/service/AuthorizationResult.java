package org.evdepot.manage.core.service;

import java.time.Instant;
import org.evdepot.manage.core.model.IdTokenStatus;

/**
 * The authorization of an id token (1.6 IdTagInfo, 2.0.1 IdTokenInfo).
 *
 * @param status accepted, blocked, expired or invalid
 * @param expiresAt expiry to send, or null
 * @param parentIdTag group id, or null
 */
public record AuthorizationResult(IdTokenStatus status, Instant expiresAt, String parentIdTag) {

  /** An Invalid answer. */
  public static final AuthorizationResult INVALID =
      new AuthorizationResult(IdTokenStatus.INVALID, null, null);
}
