package org.evdepot.manage.core.model;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * An identifier that may authorize charging.
 *
 * @param token the token value (RFID UID, app user id, ...)
 * @param type where it comes from
 * @param status authorization status
 * @param expiresAt expiry, or null for none
 * @param parentIdTag group id tag, or null
 * @param autoRecorded whether it was recorded automatically at its first use
 * @param lastUsedAt last authorization or transaction
 */
@Serdeable
public record IdToken(
    String token,
    IdTokenType type,
    IdTokenStatus status,
    Instant expiresAt,
    String parentIdTag,
    boolean autoRecorded,
    Instant lastUsedAt) {}
