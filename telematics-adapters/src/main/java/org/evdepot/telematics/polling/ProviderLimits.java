package org.evdepot.telematics.polling;

/**
 * The request budget of one provider.
 *
 * @param requestsPerSecond sustained request rate (token bucket refill)
 * @param burst requests allowed at once (token bucket capacity)
 * @param dailyQuota requests per UTC day, or 0 for no daily quota
 */
public record ProviderLimits(double requestsPerSecond, int burst, long dailyQuota) {
  /** Validates the limits. */
  public ProviderLimits {
    if (!(requestsPerSecond > 0)) {
      throw new IllegalArgumentException(
          "requestsPerSecond must be > 0 but was " + requestsPerSecond);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be >= 1 but was " + burst);
    }
    if (dailyQuota < 0) {
      throw new IllegalArgumentException("dailyQuota must be >= 0 but was " + dailyQuota);
    }
  }
}
