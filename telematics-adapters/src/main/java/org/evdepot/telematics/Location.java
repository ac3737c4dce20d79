package org.evdepot.telematics;

/**
 * A position fix in WGS84.
 *
 * @param latitude degrees, -90..90
 * @param longitude degrees, -180..180
 * @param accuracyMetres horizontal accuracy radius in metres, or {@code NaN} when not known
 * @param headingDegrees heading 0..360 clockwise from north, or {@code NaN} when not known
 * @param speedKmh ground speed in km/h, or {@code NaN} when not known
 */
public record Location(
    double latitude,
    double longitude,
    double accuracyMetres,
    double headingDegrees,
    double speedKmh) {

  /** Validates the coordinates (range checks of the optional parts are left to plausibility). */
  public Location {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude must be within -90..90 but was " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude must be within -180..180 but was " + longitude);
    }
  }

  /** A fix with coordinates only. */
  public static Location of(double latitude, double longitude) {
    return new Location(latitude, longitude, Double.NaN, Double.NaN, Double.NaN);
  }

  /** Great-circle distance to another fix in metres (haversine on a 6,371,008.8 m mean radius). */
  public double distanceMetresTo(Location other) {
    double r = 6_371_008.8;
    double p1 = Math.toRadians(latitude);
    double p2 = Math.toRadians(other.latitude);
    double dp = p2 - p1;
    double dl = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
