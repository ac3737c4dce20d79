/**
 * The polling scheduler: per-provider token buckets and daily quotas, adaptive intervals with
 * seeded jitter, Retry-After and exponential backoff, an authentication circuit breaker, batching,
 * and degradation to stale data when a provider fails.
 */
package org.evdepot.telematics.polling;
