package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The token used in a session or CDR (OCPI 2.2.1 §10.4.3).
 *
 * <p>Wire fields: {@code country_code}, {@code party_id}, {@code uid}, {@code type}, {@code
 * contract_id}. Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param countryCode country code of the eMSP
 * @param partyId party ID of the eMSP
 * @param uid token UID
 * @param type token type
 * @param contractId contract ID
 */
public record CdrToken(
    @JsonProperty("country_code") String countryCode,
    @JsonProperty("party_id") String partyId,
    @JsonProperty("uid") String uid,
    @JsonProperty("type") TokenType type,
    @JsonProperty("contract_id") String contractId) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public CdrToken {
    Objects.requireNonNull(countryCode, "CdrToken.country_code is required");
    Objects.requireNonNull(partyId, "CdrToken.party_id is required");
    Objects.requireNonNull(uid, "CdrToken.uid is required");
    Objects.requireNonNull(type, "CdrToken.type is required");
    Objects.requireNonNull(contractId, "CdrToken.contract_id is required");
  }
}
