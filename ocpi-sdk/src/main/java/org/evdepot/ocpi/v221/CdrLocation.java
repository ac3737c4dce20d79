package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Location data frozen into a CDR (OCPI 2.2.1 §10.4.4).
 *
 * <p>Wire fields: {@code id}, {@code name} (optional), {@code address}, {@code city}, {@code
 * postal_code} (optional), {@code state} (optional), {@code country}, {@code coordinates}, {@code
 * evse_uid}, {@code evse_id}, {@code connector_id}, {@code connector_standard}, {@code
 * connector_format}, {@code connector_power_type}. Required fields are checked when the record is
 * built; optional ones may be {@code null}.
 *
 * @param id location ID
 * @param name name
 * @param address address
 * @param city city
 * @param postalCode postal code
 * @param state state
 * @param country ISO-3166 alpha-3 country
 * @param coordinates coordinates
 * @param evseUid EVSE UID
 * @param evseId EVSE ID
 * @param connectorId connector ID
 * @param connectorStandard connector standard
 * @param connectorFormat connector format
 * @param connectorPowerType power type
 */
public record CdrLocation(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("address") String address,
    @JsonProperty("city") String city,
    @JsonProperty("postal_code") String postalCode,
    @JsonProperty("state") String state,
    @JsonProperty("country") String country,
    @JsonProperty("coordinates") GeoLocation coordinates,
    @JsonProperty("evse_uid") String evseUid,
    @JsonProperty("evse_id") String evseId,
    @JsonProperty("connector_id") String connectorId,
    @JsonProperty("connector_standard") ConnectorType connectorStandard,
    @JsonProperty("connector_format") ConnectorFormat connectorFormat,
    @JsonProperty("connector_power_type") PowerType connectorPowerType) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public CdrLocation {
    Objects.requireNonNull(id, "CdrLocation.id is required");
    Objects.requireNonNull(address, "CdrLocation.address is required");
    Objects.requireNonNull(city, "CdrLocation.city is required");
    Objects.requireNonNull(country, "CdrLocation.country is required");
    Objects.requireNonNull(coordinates, "CdrLocation.coordinates is required");
    Objects.requireNonNull(evseUid, "CdrLocation.evse_uid is required");
    Objects.requireNonNull(evseId, "CdrLocation.evse_id is required");
    Objects.requireNonNull(connectorId, "CdrLocation.connector_id is required");
    Objects.requireNonNull(connectorStandard, "CdrLocation.connector_standard is required");
    Objects.requireNonNull(connectorFormat, "CdrLocation.connector_format is required");
    Objects.requireNonNull(connectorPowerType, "CdrLocation.connector_power_type is required");
  }
}
