package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A token allowed to see an unpublished location (OCPI 2.2.1 §8.4.20).
 *
 * <p>Wire fields: {@code uid} (optional), {@code type} (optional), {@code visual_number}
 * (optional), {@code issuer} (optional), {@code group_id} (optional). Required fields are checked
 * when the record is built; optional ones may be {@code null}.
 *
 * @param uid token UID
 * @param type token type
 * @param visualNumber visual number
 * @param issuer issuer
 * @param groupId group ID
 */
public record PublishTokenType(
    @JsonProperty("uid") String uid,
    @JsonProperty("type") TokenType type,
    @JsonProperty("visual_number") String visualNumber,
    @JsonProperty("issuer") String issuer,
    @JsonProperty("group_id") String groupId) {}
