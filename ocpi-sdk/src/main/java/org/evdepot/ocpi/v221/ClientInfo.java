package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import org.evdepot.ocpi.Role;

/**
 * Connection status of a party behind a hub (OCPI 2.2.1 §15.3.1).
 *
 * <p>Wire fields: {@code party_id}, {@code country_code}, {@code role}, {@code status}, {@code
 * last_updated}. Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param partyId party ID
 * @param countryCode country code
 * @param role role
 * @param status connection status
 * @param lastUpdated last change
 */
public record ClientInfo(
    @JsonProperty("party_id") String partyId,
    @JsonProperty("country_code") String countryCode,
    @JsonProperty("role") Role role,
    @JsonProperty("status") ConnectionStatus status,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public ClientInfo {
    Objects.requireNonNull(partyId, "ClientInfo.party_id is required");
    Objects.requireNonNull(countryCode, "ClientInfo.country_code is required");
    Objects.requireNonNull(role, "ClientInfo.role is required");
    Objects.requireNonNull(status, "ClientInfo.status is required");
    Objects.requireNonNull(lastUpdated, "ClientInfo.last_updated is required");
  }
}
