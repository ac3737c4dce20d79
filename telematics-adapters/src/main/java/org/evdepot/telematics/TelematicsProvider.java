package org.evdepot.telematics;

/**
 * The one shape every telematics source has: a provider fetches normalised snapshots for a batch of
 * its vehicles. Implementations are thread-safe; they own their HTTP client and credentials, and
 * never log secrets.
 *
 * <p>Adapters shipped here: {@code org.evdepot.telematics.smartcar.SmartcarProvider}, {@code
 * geotab.GeotabProvider}, {@code samsara.SamsaraProvider}, {@code tesla.TeslaFleetProvider} and
 * {@code push.WebhookProvider}.
 */
public interface TelematicsProvider {
  /** A stable id, used in {@link VehicleRef#providerId()} and in logs. */
  String id();

  /** What the provider can do (batch size, wake, push). */
  ProviderCapabilities capabilities();

  /**
   * Fetches the vehicles of the request.
   *
   * @param request at most {@link ProviderCapabilities#maxBatchSize()} vehicles of this provider
   * @return a snapshot per vehicle that answered and a failure per vehicle that did not
   * @throws TelematicsException when the whole request failed (authentication, rate limit, outage,
   *     malformed answer)
   */
  FetchResult fetch(FetchRequest request);
}
