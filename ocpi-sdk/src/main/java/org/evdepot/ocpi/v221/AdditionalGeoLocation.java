package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A related point of a location (OCPI 2.2.1 §8.4.1).
 *
 * <p>Wire fields: {@code latitude}, {@code longitude}, {@code name} (optional). Required fields are
 * checked when the record is built; optional ones may be {@code null}.
 *
 * @param latitude latitude
 * @param longitude longitude
 * @param name name of the point
 */
public record AdditionalGeoLocation(
    @JsonProperty("latitude") String latitude,
    @JsonProperty("longitude") String longitude,
    @JsonProperty("name") DisplayText name) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public AdditionalGeoLocation {
    Objects.requireNonNull(latitude, "AdditionalGeoLocation.latitude is required");
    Objects.requireNonNull(longitude, "AdditionalGeoLocation.longitude is required");
  }
}
