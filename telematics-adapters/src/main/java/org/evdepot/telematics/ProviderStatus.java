package org.evdepot.telematics;

/** The health of a provider as seen by the poller. */
public enum ProviderStatus {
  /** Answering normally. */
  HEALTHY,
  /** Rate limited: waiting for the delay the provider asked for. */
  RATE_LIMITED,
  /** Failing (5xx, timeouts, malformed answers): backing off; its data is stale. */
  UNAVAILABLE,
  /** Credentials rejected repeatedly: circuit open, polling suspended until the cool-down. */
  AUTH_FAILED,
  /** Daily request quota used up until the next UTC day. */
  QUOTA_EXHAUSTED
}
