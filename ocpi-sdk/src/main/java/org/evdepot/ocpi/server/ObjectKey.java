package org.evdepot.ocpi.server;

import java.util.Locale;
import java.util.Objects;

/**
 * Key of a stored OCPI object: owner country code, owner party ID and object ID. Country code and
 * party ID are upper-cased because OCPI compares them case-insensitively.
 *
 * @param countryCode owner's country code
 * @param partyId owner's party ID
 * @param id object ID (or token UID)
 */
public record ObjectKey(String countryCode, String partyId, String id) {
  /** Normalises and checks the fields. */
  public ObjectKey {
    countryCode = Objects.requireNonNull(countryCode, "key.countryCode").toUpperCase(Locale.ROOT);
    partyId = Objects.requireNonNull(partyId, "key.partyId").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(id, "key.id");
  }
}
