package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import org.evdepot.ocpi.v221.WhitelistType;

/**
 * A 2.1.1 token: auth_id instead of contract_id, no owner fields (OCPI 2.1.1 §12.3.2).
 *
 * <p>Wire fields: {@code uid}, {@code type}, {@code auth_id}, {@code visual_number} (optional),
 * {@code issuer}, {@code valid}, {@code whitelist}, {@code language} (optional), {@code
 * last_updated}. Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param uid token UID
 * @param type token type
 * @param authId authorisation ID
 * @param visualNumber visual number
 * @param issuer issuer
 * @param valid valid
 * @param whitelist whitelist type
 * @param language language
 * @param lastUpdated last change
 */
public record Token211(
    @JsonProperty("uid") String uid,
    @JsonProperty("type") TokenType211 type,
    @JsonProperty("auth_id") String authId,
    @JsonProperty("visual_number") String visualNumber,
    @JsonProperty("issuer") String issuer,
    @JsonProperty("valid") Boolean valid,
    @JsonProperty("whitelist") WhitelistType whitelist,
    @JsonProperty("language") String language,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Token211 {
    Objects.requireNonNull(uid, "Token211.uid is required");
    Objects.requireNonNull(type, "Token211.type is required");
    Objects.requireNonNull(authId, "Token211.auth_id is required");
    Objects.requireNonNull(issuer, "Token211.issuer is required");
    Objects.requireNonNull(valid, "Token211.valid is required");
    Objects.requireNonNull(whitelist, "Token211.whitelist is required");
    Objects.requireNonNull(lastUpdated, "Token211.last_updated is required");
  }
}
