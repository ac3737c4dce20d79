package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An EVSE: one charging point that can charge one vehicle at a time (OCPI 2.2.1 §8.3.2).
 *
 * <p>Wire fields: {@code uid}, {@code evse_id} (optional), {@code status}, {@code status_schedule}
 * (optional), {@code capabilities} (optional), {@code connectors}, {@code floor_level} (optional),
 * {@code coordinates} (optional), {@code physical_reference} (optional), {@code directions}
 * (optional), {@code parking_restrictions} (optional), {@code images} (optional), {@code
 * last_updated}. Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param uid unique ID within the CPO's platform
 * @param evseId eMI3 EVSE ID
 * @param status current status
 * @param statusSchedule planned status changes
 * @param capabilities capabilities
 * @param connectors connectors (at least one)
 * @param floorLevel floor level
 * @param coordinates coordinates
 * @param physicalReference number or name printed on the charger
 * @param directions directions
 * @param parkingRestrictions parking restrictions
 * @param images images
 * @param lastUpdated last change
 */
public record Evse(
    @JsonProperty("uid") String uid,
    @JsonProperty("evse_id") String evseId,
    @JsonProperty("status") Status status,
    @JsonProperty("status_schedule") List<StatusSchedule> statusSchedule,
    @JsonProperty("capabilities") List<Capability> capabilities,
    @JsonProperty("connectors") List<Connector> connectors,
    @JsonProperty("floor_level") String floorLevel,
    @JsonProperty("coordinates") GeoLocation coordinates,
    @JsonProperty("physical_reference") String physicalReference,
    @JsonProperty("directions") List<DisplayText> directions,
    @JsonProperty("parking_restrictions") List<ParkingRestriction> parkingRestrictions,
    @JsonProperty("images") List<Image> images,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Evse {
    Objects.requireNonNull(uid, "Evse.uid is required");
    Objects.requireNonNull(status, "Evse.status is required");
    statusSchedule = statusSchedule == null ? null : List.copyOf(statusSchedule);
    capabilities = capabilities == null ? null : List.copyOf(capabilities);
    Objects.requireNonNull(connectors, "Evse.connectors is required");
    connectors = List.copyOf(connectors);
    directions = directions == null ? null : List.copyOf(directions);
    parkingRestrictions = parkingRestrictions == null ? null : List.copyOf(parkingRestrictions);
    images = images == null ? null : List.copyOf(images);
    Objects.requireNonNull(lastUpdated, "Evse.last_updated is required");
  }
}
