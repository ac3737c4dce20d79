package org.evdepot.ocpi.v211;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpi.v221.AdditionalGeoLocation;
import org.evdepot.ocpi.v221.BusinessDetails;
import org.evdepot.ocpi.v221.DisplayText;
import org.evdepot.ocpi.v221.EnergyMix;
import org.evdepot.ocpi.v221.Facility;
import org.evdepot.ocpi.v221.GeoLocation;
import org.evdepot.ocpi.v221.Hours;
import org.evdepot.ocpi.v221.Image;

/**
 * A 2.1.1 location: no owner country/party fields, a mandatory type (OCPI 2.1.1 §8.3.1).
 *
 * <p>Wire fields: {@code id}, {@code type}, {@code name} (optional), {@code address}, {@code city},
 * {@code postal_code}, {@code country}, {@code coordinates}, {@code related_locations} (optional),
 * {@code evses} (optional), {@code directions} (optional), {@code operator} (optional), {@code
 * suboperator} (optional), {@code owner} (optional), {@code facilities} (optional), {@code
 * time_zone} (optional), {@code opening_times} (optional), {@code charging_when_closed} (optional),
 * {@code images} (optional), {@code energy_mix} (optional), {@code last_updated}. Required fields
 * are checked when the record is built; optional ones may be {@code null}.
 *
 * @param id location ID
 * @param type location type
 * @param name display name
 * @param address street and number
 * @param city city
 * @param postalCode postal code
 * @param country ISO-3166 alpha-3 country code
 * @param coordinates coordinates
 * @param relatedLocations related points
 * @param evses EVSEs
 * @param directions directions
 * @param operator operator
 * @param suboperator suboperator
 * @param owner owner
 * @param facilities facilities
 * @param timeZone IANA time zone
 * @param openingTimes opening times
 * @param chargingWhenClosed charging when closed
 * @param images images
 * @param energyMix energy mix
 * @param lastUpdated last change
 */
public record Location211(
    @JsonProperty("id") String id,
    @JsonProperty("type") LocationType211 type,
    @JsonProperty("name") String name,
    @JsonProperty("address") String address,
    @JsonProperty("city") String city,
    @JsonProperty("postal_code") String postalCode,
    @JsonProperty("country") String country,
    @JsonProperty("coordinates") GeoLocation coordinates,
    @JsonProperty("related_locations") List<AdditionalGeoLocation> relatedLocations,
    @JsonProperty("evses") List<Evse211> evses,
    @JsonProperty("directions") List<DisplayText> directions,
    @JsonProperty("operator") BusinessDetails operator,
    @JsonProperty("suboperator") BusinessDetails suboperator,
    @JsonProperty("owner") BusinessDetails owner,
    @JsonProperty("facilities") List<Facility> facilities,
    @JsonProperty("time_zone") String timeZone,
    @JsonProperty("opening_times") Hours openingTimes,
    @JsonProperty("charging_when_closed") Boolean chargingWhenClosed,
    @JsonProperty("images") List<Image> images,
    @JsonProperty("energy_mix") EnergyMix energyMix,
    @JsonProperty("last_updated") Instant lastUpdated) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Location211 {
    Objects.requireNonNull(id, "Location211.id is required");
    Objects.requireNonNull(type, "Location211.type is required");
    Objects.requireNonNull(address, "Location211.address is required");
    Objects.requireNonNull(city, "Location211.city is required");
    Objects.requireNonNull(postalCode, "Location211.postal_code is required");
    Objects.requireNonNull(country, "Location211.country is required");
    Objects.requireNonNull(coordinates, "Location211.coordinates is required");
    relatedLocations = relatedLocations == null ? null : List.copyOf(relatedLocations);
    evses = evses == null ? null : List.copyOf(evses);
    directions = directions == null ? null : List.copyOf(directions);
    facilities = facilities == null ? null : List.copyOf(facilities);
    images = images == null ? null : List.copyOf(images);
    Objects.requireNonNull(lastUpdated, "Location211.last_updated is required");
  }
}
