package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpi.v221.Capability;
import org.evdepot.ocpi.v221.DisplayText;
import org.evdepot.ocpi.v221.GeoLocation;
import org.evdepot.ocpi.v221.Image;
import org.evdepot.ocpi.v221.ParkingRestriction;
import org.evdepot.ocpi.v221.Status;
import org.evdepot.ocpi.v221.StatusSchedule;

/**
 * A 2.1.1 EVSE (OCPI 2.1.1 §8.3.2).
 *
 * <p>Wire fields: {@code uid}, {@code evse_id} (optional), {@code status}, {@code status_schedule}
 * (optional), {@code capabilities} (optional), {@code connectors}, {@code floor_level} (optional),
 * {@code coordinates} (optional), {@code physical_reference} (optional), {@code directions}
 * (optional), {@code parking_restrictions} (optional), {@code images} (optional), {@code
 * last_updated}. Required fields are checked when the record is built; optional ones may be {@code
 * null}.
 *
 * @param uid unique ID
 * @param evseId eMI3 EVSE ID
 * @param status status
 * @param statusSchedule planned status
 * @param capabilities capabilities
 * @param connectors connectors
 * @param floorLevel floor level
 * @param coordinates coordinates
 * @param physicalReference physical reference
 * @param directions directions
 * @param parkingRestrictions parking restrictions
 * @param images images
 * @param lastUpdated last change
 */
public record Evse211(
    @JsonProperty("uid") String uid,
    @JsonProperty("evse_id") String evseId,
    @JsonProperty("status") Status status,
    @JsonProperty("status_schedule") List<StatusSchedule> statusSchedule,
    @JsonProperty("capabilities") List<Capability> capabilities,
    @JsonProperty("connectors") List<Connector211> connectors,
    @JsonProperty("floor_level") String floorLevel,
    @JsonProperty("coordinates") GeoLocation coordinates,
    @JsonProperty("physical_reference") String physicalReference,
    @JsonProperty("directions") List<DisplayText> directions,
    @JsonProperty("parking_restrictions") List<ParkingRestriction> parkingRestrictions,
    @JsonProperty("images") List<Image> images,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Evse211 {
    Objects.requireNonNull(uid, "Evse211.uid is required");
    Objects.requireNonNull(status, "Evse211.status is required");
    statusSchedule = statusSchedule == null ? null : List.copyOf(statusSchedule);
    capabilities = capabilities == null ? null : List.copyOf(capabilities);
    Objects.requireNonNull(connectors, "Evse211.connectors is required");
    connectors = List.copyOf(connectors);
    directions = directions == null ? null : List.copyOf(directions);
    parkingRestrictions = parkingRestrictions == null ? null : List.copyOf(parkingRestrictions);
    images = images == null ? null : List.copyOf(images);
    Objects.requireNonNull(lastUpdated, "Evse211.last_updated is required");
  }
}
