package org.evdepot.ocpi;

import java.util.Optional;

/**
 * OCPI status codes of the response envelope (OCPI 2.2.1 §5): 1xxx success, 2xxx client errors,
 * 3xxx server errors, 4xxx hub errors.
 */
public enum OcpiStatus {
  /** 1000: generic success. */
  SUCCESS(1000, "Success"),
  /** 2000: generic client error. */
  CLIENT_ERROR(2000, "Generic client error"),
  /** 2001: invalid or missing parameters. */
  INVALID_OR_MISSING_PARAMETERS(2001, "Invalid or missing parameters"),
  /** 2002: not enough information. */
  NOT_ENOUGH_INFORMATION(2002, "Not enough information"),
  /** 2003: unknown location. */
  UNKNOWN_LOCATION(2003, "Unknown location"),
  /** 2004: unknown token. */
  UNKNOWN_TOKEN(2004, "Unknown token"),
  /** 3000: generic server error. */
  SERVER_ERROR(3000, "Generic server error"),
  /** 3001: unable to use the client's API (e.g. during registration). */
  UNABLE_TO_USE_CLIENT_API(3001, "Unable to use the client's API"),
  /** 3002: unsupported version. */
  UNSUPPORTED_VERSION(3002, "Unsupported version"),
  /** 3003: no matching endpoints. */
  NO_MATCHING_ENDPOINTS(3003, "No matching endpoints or expected endpoints missing"),
  /** 4000: generic hub error. */
  HUB_ERROR(4000, "Generic hub error"),
  /** 4001: unknown receiver (TO address unknown). */
  HUB_UNKNOWN_RECEIVER(4001, "Unknown receiver"),
  /** 4002: timeout on forwarded request. */
  HUB_TIMEOUT(4002, "Timeout on forwarded request"),
  /** 4003: connection problem, receiving party not connected. */
  HUB_CONNECTION_PROBLEM(4003, "Connection problem");

  private final int code;
  private final String message;

  OcpiStatus(int code, String message) {
    this.code = code;
    this.message = message;
  }

  /**
   * The numeric code.
   *
   * @return e.g. 2001
   */
  public int code() {
    return code;
  }

  /**
   * The default human-readable message.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Finds the constant for a numeric code.
   *
   * @param code the code
   * @return the constant, or empty for custom or unknown codes
   */
  public static Optional<OcpiStatus> find(int code) {
    for (OcpiStatus s : values()) {
      if (s.code == code) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a numeric code is in the success range 1000-1999.
   *
   * @param code the code
   * @return true for success codes
   */
  public static boolean isSuccess(int code) {
    return code >= 1000 && code < 2000;
  }
}
