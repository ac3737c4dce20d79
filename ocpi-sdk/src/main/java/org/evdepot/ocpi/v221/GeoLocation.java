package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Latitude and longitude as decimal strings (OCPI 2.2.1 §8.4.13).
 *
 * <p>Wire fields: {@code latitude}, {@code longitude}. Required fields are checked when the record
 * is built; optional ones may be {@code null}.
 *
 * @param latitude latitude, e.g. {@code 51.047599}
 * @param longitude longitude, e.g. {@code 3.729944}
 */
public record GeoLocation(
    @JsonProperty("latitude") String latitude, @JsonProperty("longitude") String longitude) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public GeoLocation {
    Objects.requireNonNull(latitude, "GeoLocation.latitude is required");
    Objects.requireNonNull(longitude, "GeoLocation.longitude is required");
  }
}
