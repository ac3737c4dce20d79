package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * References to a location and its EVSEs (OCPI 2.2.1 §12.4.4).
 *
 * <p>Wire fields: {@code location_id}, {@code evse_uids} (optional). Required fields are checked
 * when the record is built; optional ones may be {@code null}.
 *
 * @param locationId location ID
 * @param evseUids EVSE UIDs
 */
public record LocationReferences(
    @JsonProperty("location_id") String locationId,
    @JsonProperty("evse_uids") List<String> evseUids) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public LocationReferences {
    Objects.requireNonNull(locationId, "LocationReferences.location_id is required");
    evseUids = evseUids == null ? null : List.copyOf(evseUids);
  }
}
