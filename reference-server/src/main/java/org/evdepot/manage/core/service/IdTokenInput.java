package org.evdepot.manage.core.service;

import java.time.Instant;
import org.evdepot.manage.core.model.IdTokenStatus;
import org.evdepot.manage.core.model.IdTokenType;

/**
 * What an operator sets on an id token.
 *
 * @param type RFID, APP or CENTRAL
 * @param status authorization status (null: accepted)
 * @param expiresAt expiry, or null for none
 * @param parentIdTag group id tag, or null
 */
public record IdTokenInput(
    IdTokenType type, IdTokenStatus status, Instant expiresAt, String parentIdTag) {}
