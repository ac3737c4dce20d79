package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A charging location (OCPI 2.2.1 §8.3.1).
 *
 * <p>Wire fields: {@code country_code}, {@code party_id}, {@code id}, {@code publish}, {@code
 * publish_allowed_to} (optional), {@code name} (optional), {@code address}, {@code city}, {@code
 * postal_code} (optional), {@code state} (optional), {@code country}, {@code coordinates}, {@code
 * related_locations} (optional), {@code parking_type} (optional), {@code evses} (optional), {@code
 * directions} (optional), {@code operator} (optional), {@code suboperator} (optional), {@code
 * owner} (optional), {@code facilities} (optional), {@code time_zone}, {@code opening_times}
 * (optional), {@code charging_when_closed} (optional), {@code images} (optional), {@code
 * energy_mix} (optional), {@code last_updated}. Required fields are checked when the record is
 * built; optional ones may be {@code null}.
 *
 * @param countryCode ISO-3166 alpha-2 country code of the owning CPO
 * @param partyId ID of the owning CPO
 * @param id location ID, unique within the CPO
 * @param publish whether the location may be published
 * @param publishAllowedTo tokens allowed to see an unpublished location
 * @param name display name
 * @param address street and number
 * @param city city or town
 * @param postalCode postal code
 * @param state state or province
 * @param country ISO-3166 alpha-3 country code
 * @param coordinates coordinates
 * @param relatedLocations related points such as entrances
 * @param parkingType general parking type
 * @param evses EVSEs at this location
 * @param directions human-readable directions
 * @param operator operator
 * @param suboperator suboperator
 * @param owner owner
 * @param facilities facilities nearby
 * @param timeZone IANA time zone such as {@code Europe/Oslo}
 * @param openingTimes opening times
 * @param chargingWhenClosed whether charging continues when closed
 * @param images images
 * @param energyMix energy mix
 * @param lastUpdated when the location or one of its children last changed
 */
public record Location(
    @JsonProperty("country_code") String countryCode,
    @JsonProperty("party_id") String partyId,
    @JsonProperty("id") String id,
    @JsonProperty("publish") Boolean publish,
    @JsonProperty("publish_allowed_to") List<PublishTokenType> publishAllowedTo,
    @JsonProperty("name") String name,
    @JsonProperty("address") String address,
    @JsonProperty("city") String city,
    @JsonProperty("postal_code") String postalCode,
    @JsonProperty("state") String state,
    @JsonProperty("country") String country,
    @JsonProperty("coordinates") GeoLocation coordinates,
    @JsonProperty("related_locations") List<AdditionalGeoLocation> relatedLocations,
    @JsonProperty("parking_type") ParkingType parkingType,
    @JsonProperty("evses") List<Evse> evses,
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
  public Location {
    Objects.requireNonNull(countryCode, "Location.country_code is required");
    Objects.requireNonNull(partyId, "Location.party_id is required");
    Objects.requireNonNull(id, "Location.id is required");
    Objects.requireNonNull(publish, "Location.publish is required");
    publishAllowedTo = publishAllowedTo == null ? null : List.copyOf(publishAllowedTo);
    Objects.requireNonNull(address, "Location.address is required");
    Objects.requireNonNull(city, "Location.city is required");
    Objects.requireNonNull(country, "Location.country is required");
    Objects.requireNonNull(coordinates, "Location.coordinates is required");
    relatedLocations = relatedLocations == null ? null : List.copyOf(relatedLocations);
    evses = evses == null ? null : List.copyOf(evses);
    directions = directions == null ? null : List.copyOf(directions);
    facilities = facilities == null ? null : List.copyOf(facilities);
    Objects.requireNonNull(timeZone, "Location.time_zone is required");
    images = images == null ? null : List.copyOf(images);
    Objects.requireNonNull(lastUpdated, "Location.last_updated is required");
  }
}
