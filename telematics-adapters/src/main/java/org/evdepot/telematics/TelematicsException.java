package org.evdepot.telematics;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A failure talking to a telematics provider, with a code and an optional retry-after delay. */
public class TelematicsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final String providerId;
  private final int httpStatus;
  private final transient Duration retryAfter;

  /**
   * @param code what went wrong
   * @param providerId which provider
   * @param httpStatus the HTTP status, or 0 when there was none
   * @param retryAfter the delay the provider asked for, or {@code null}
   * @param message what happened (never contains secrets)
   * @param cause the underlying failure, or {@code null}
   */
  public TelematicsException(
      ErrorCode code,
      String providerId,
      int httpStatus,
      Duration retryAfter,
      String message,
      Throwable cause) {
    super(providerId + ": " + code + ": " + message, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.providerId = Objects.requireNonNull(providerId, "providerId");
    this.httpStatus = httpStatus;
    this.retryAfter = retryAfter;
  }

  /** Shortcut without HTTP status, retry-after or cause. */
  public TelematicsException(ErrorCode code, String providerId, String message) {
    this(code, providerId, 0, null, message, null);
  }

  /** What went wrong. */
  public ErrorCode code() {
    return code;
  }

  /** The provider that failed. */
  public String providerId() {
    return providerId;
  }

  /** The HTTP status, or 0 when the failure was not an HTTP answer. */
  public int httpStatus() {
    return httpStatus;
  }

  /** How long the provider asked us to wait (from {@code Retry-After}), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
