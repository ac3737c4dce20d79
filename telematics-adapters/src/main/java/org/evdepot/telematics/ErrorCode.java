package org.evdepot.telematics;

/** What went wrong talking to a provider; drives the scheduler's reaction. */
public enum ErrorCode {
  /** Credentials rejected or expired (HTTP 401/403, Geotab InvalidUserException). */
  AUTHENTICATION,
  /** Too many requests (HTTP 429, Geotab OverLimitException); see retry-after. */
  RATE_LIMITED,
  /** The provider is down or failing (HTTP 5xx, timeouts, connection refused). */
  PROVIDER_UNAVAILABLE,
  /** The provider answered with something that is not the documented shape. */
  MALFORMED_RESPONSE,
  /** The vehicle is asleep or offline and was not woken (Tesla HTTP 408). */
  VEHICLE_ASLEEP,
  /** The provider does not know the vehicle (HTTP 404). */
  VEHICLE_NOT_FOUND,
  /** Any other client-side error (HTTP 4xx) or unsupported request. */
  REQUEST_REJECTED
}
