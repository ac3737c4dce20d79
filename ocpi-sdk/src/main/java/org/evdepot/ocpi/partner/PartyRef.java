package org.evdepot.ocpi.partner;

import java.util.Locale;
import java.util.Objects;
import org.evdepot.ocpi.Role;

/**
 * A party identified by country code and party ID, with its role.
 *
 * @param countryCode ISO-3166 alpha-2 country code, e.g. {@code NL}
 * @param partyId three-character party ID, e.g. {@code TNM}
 * @param role market role
 */
public record PartyRef(String countryCode, String partyId, Role role) {
  /** Checks fields: country code of 2 and party ID of 3 characters. */
  public PartyRef {
    Objects.requireNonNull(countryCode, "party.country_code is required");
    Objects.requireNonNull(partyId, "party.party_id is required");
    Objects.requireNonNull(role, "party.role is required");
    if (countryCode.length() != 2) {
      throw new IllegalArgumentException(
          "party.country_code must have 2 characters: " + countryCode);
    }
    if (partyId.length() != 3) {
      throw new IllegalArgumentException("party.party_id must have 3 characters: " + partyId);
    }
  }

  /**
   * Whether the given codes name this party (OCPI CiStrings compare case-insensitively).
   *
   * @param country country code
   * @param party party ID
   * @return true when both match
   */
  public boolean matches(String country, String party) {
    return country != null
        && party != null
        && countryCode.toUpperCase(Locale.ROOT).equals(country.toUpperCase(Locale.ROOT))
        && partyId.toUpperCase(Locale.ROOT).equals(party.toUpperCase(Locale.ROOT));
  }
}
