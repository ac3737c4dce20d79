package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.evdepot.ocpi.v221.BusinessDetails;

/**
 * Flat 2.1.1 credentials: one party, no roles (OCPI 2.1.1 §6.2.1). {@code toString()} hides the
 * token.
 *
 * <p>Wire fields: {@code token}, {@code url}, {@code business_details}, {@code party_id}, {@code
 * country_code}. Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param token token the receiver of this object uses to call the sender
 * @param url URL of the sender's versions endpoint
 * @param businessDetails details of the party
 * @param partyId party ID
 * @param countryCode ISO-3166 alpha-2 country code
 */
public record Credentials211(
    @JsonProperty("token") String token,
    @JsonProperty("url") String url,
    @JsonProperty("business_details") BusinessDetails businessDetails,
    @JsonProperty("party_id") String partyId,
    @JsonProperty("country_code") String countryCode) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Credentials211 {
    Objects.requireNonNull(token, "Credentials211.token is required");
    Objects.requireNonNull(url, "Credentials211.url is required");
    Objects.requireNonNull(businessDetails, "Credentials211.business_details is required");
    Objects.requireNonNull(partyId, "Credentials211.party_id is required");
    Objects.requireNonNull(countryCode, "Credentials211.country_code is required");
  }

  /** Never prints the token. */
  @Override
  public String toString() {
    return "Credentials211[token=***, url=" + url + ", party=" + countryCode + "*" + partyId + "]";
  }
}
