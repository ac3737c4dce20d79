package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.evdepot.ocpi.Role;

/**
 * One role of a platform (OCPI 2.2.1 §7.3.1).
 *
 * <p>Wire fields: {@code role}, {@code business_details}, {@code party_id}, {@code country_code}.
 * Required fields are checked when the record is built; optional ones may be {@code null}.
 *
 * @param role role type
 * @param businessDetails details of the party
 * @param partyId CPO, eMSP or other party ID (ISO-15118)
 * @param countryCode ISO-3166 alpha-2 country code
 */
public record CredentialsRole(
    @JsonProperty("role") Role role,
    @JsonProperty("business_details") BusinessDetails businessDetails,
    @JsonProperty("party_id") String partyId,
    @JsonProperty("country_code") String countryCode) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public CredentialsRole {
    Objects.requireNonNull(role, "CredentialsRole.role is required");
    Objects.requireNonNull(businessDetails, "CredentialsRole.business_details is required");
    Objects.requireNonNull(partyId, "CredentialsRole.party_id is required");
    Objects.requireNonNull(countryCode, "CredentialsRole.country_code is required");
  }
}
