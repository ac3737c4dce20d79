package org.evdepot.ocpi;

/**
 * Base of every exception this SDK throws: carries the OCPI status code and the HTTP status that a
 * server would answer with.
 */
public class OcpiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int statusCode;
  private final int httpStatus;

  /**
   * Creates the exception.
   *
   * @param status OCPI status
   * @param httpStatus HTTP status
   * @param message message
   * @param cause cause, may be null
   */
  public OcpiException(OcpiStatus status, int httpStatus, String message, Throwable cause) {
    this(status.code(), httpStatus, message, cause);
  }

  /**
   * Creates the exception with a raw status code.
   *
   * @param statusCode OCPI status code
   * @param httpStatus HTTP status
   * @param message message
   * @param cause cause, may be null
   */
  public OcpiException(int statusCode, int httpStatus, String message, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.httpStatus = httpStatus;
  }

  /**
   * The OCPI status code.
   *
   * @return e.g. 2001
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The HTTP status.
   *
   * @return e.g. 400
   */
  public int httpStatus() {
    return httpStatus;
  }
}
