package org.evdepot.telematics;

/**
 * What a provider can do, so the scheduler can plan for it.
 *
 * @param maxBatchSize how many vehicles one {@link TelematicsProvider#fetch} call may carry (1 when
 *     the provider has no batch or feed endpoint)
 * @param canWake whether the provider can wake a sleeping vehicle (and charges for it)
 * @param pushOnly whether data arrives by push only, so polling is pointless
 */
public record ProviderCapabilities(int maxBatchSize, boolean canWake, boolean pushOnly) {
  /** Validates the batch size. */
  public ProviderCapabilities {
    if (maxBatchSize < 1) {
      throw new IllegalArgumentException("maxBatchSize must be at least 1 but was " + maxBatchSize);
    }
  }
}
