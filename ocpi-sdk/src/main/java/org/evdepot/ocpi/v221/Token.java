package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A token of an eMSP (OCPI 2.2.1 §12.3.2).
 *
 * <p>Wire fields: {@code country_code}, {@code party_id}, {@code uid}, {@code type}, {@code
 * contract_id}, {@code visual_number} (optional), {@code issuer}, {@code group_id} (optional),
 * {@code valid}, {@code whitelist}, {@code language} (optional), {@code default_profile_type}
 * (optional), {@code energy_contract} (optional), {@code last_updated}. Required fields are checked
 * when the record is built; optional ones may be {@code null}.
 *
 * @param countryCode country code of the eMSP
 * @param partyId party ID of the eMSP
 * @param uid token UID
 * @param type token type
 * @param contractId contract ID
 * @param visualNumber number printed on the token
 * @param issuer issuing company
 * @param groupId group ID
 * @param valid whether the token is valid
 * @param whitelist how the token may be authorised
 * @param language ISO 639-1 language of the driver
 * @param defaultProfileType default charging profile type
 * @param energyContract energy contract of the driver
 * @param lastUpdated last change
 */
public record Token(
    @JsonProperty("country_code") String countryCode,
    @JsonProperty("party_id") String partyId,
    @JsonProperty("uid") String uid,
    @JsonProperty("type") TokenType type,
    @JsonProperty("contract_id") String contractId,
    @JsonProperty("visual_number") String visualNumber,
    @JsonProperty("issuer") String issuer,
    @JsonProperty("group_id") String groupId,
    @JsonProperty("valid") Boolean valid,
    @JsonProperty("whitelist") WhitelistType whitelist,
    @JsonProperty("language") String language,
    @JsonProperty("default_profile_type") ProfileType defaultProfileType,
    @JsonProperty("energy_contract") EnergyContract energyContract,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Token {
    Objects.requireNonNull(countryCode, "Token.country_code is required");
    Objects.requireNonNull(partyId, "Token.party_id is required");
    Objects.requireNonNull(uid, "Token.uid is required");
    Objects.requireNonNull(type, "Token.type is required");
    Objects.requireNonNull(contractId, "Token.contract_id is required");
    Objects.requireNonNull(issuer, "Token.issuer is required");
    Objects.requireNonNull(valid, "Token.valid is required");
    Objects.requireNonNull(whitelist, "Token.whitelist is required");
    Objects.requireNonNull(lastUpdated, "Token.last_updated is required");
  }
}
