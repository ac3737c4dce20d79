package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Location references of a 2.1.1 authorisation (OCPI 2.1.1 §12.4.1).
 *
 * <p>Wire fields: {@code location_id}, {@code evse_uids} (optional), {@code connector_ids}
 * (optional). Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param locationId location ID
 * @param evseUids EVSE UIDs
 * @param connectorIds connector IDs
 */
public record LocationReferences211(
    @JsonProperty("location_id") String locationId,
    @JsonProperty("evse_uids") List<String> evseUids,
    @JsonProperty("connector_ids") List<String> connectorIds) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public LocationReferences211 {
    Objects.requireNonNull(locationId, "LocationReferences211.location_id is required");
    evseUids = evseUids == null ? null : List.copyOf(evseUids);
    connectorIds = connectorIds == null ? null : List.copyOf(connectorIds);
  }
}
