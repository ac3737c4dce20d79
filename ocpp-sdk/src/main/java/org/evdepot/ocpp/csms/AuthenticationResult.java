package org.evdepot.ocpp.csms;

/**
 * The verdict of a {@link ChargerAuthenticator}.
 *
 * @param accepted whether the WebSocket upgrade may complete
 * @param httpStatus the HTTP status of the rejection (401, 403, 404...), ignored when accepted
 * @param reason why, for logs (never sent with secrets)
 */
public record AuthenticationResult(boolean accepted, int httpStatus, String reason) {
  private static final AuthenticationResult ACCEPT = new AuthenticationResult(true, 101, "");

  /** Let the charger connect. */
  public static AuthenticationResult accept() {
    return ACCEPT;
  }

  /** Refuse with 401 Unauthorized. */
  public static AuthenticationResult reject(String reason) {
    return new AuthenticationResult(false, 401, reason);
  }

  /** Refuse with {@code httpStatus}. */
  public static AuthenticationResult reject(int httpStatus, String reason) {
    if (httpStatus < 400 || httpStatus > 599) {
      throw new IllegalArgumentException("httpStatus must be 4xx or 5xx, was " + httpStatus);
    }
    return new AuthenticationResult(false, httpStatus, reason);
  }
}
