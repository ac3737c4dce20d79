package org.evdepot.ocpi;

/**
 * A partner answered with an HTTP error or a non-success OCPI status code. {@link #statusCode()} is
 * the partner's OCPI code, or 3001 (unable to use the client's API) when the body had none.
 */
public class OcpiRemoteException extends OcpiException {
  private static final long serialVersionUID = 1L;
  private final String url;

  /**
   * Creates the exception.
   *
   * @param statusCode partner's OCPI status code
   * @param httpStatus partner's HTTP status
   * @param url requested URL
   * @param message message from the partner or describing the failure
   * @param cause cause, may be null
   */
  public OcpiRemoteException(
      int statusCode, int httpStatus, String url, String message, Throwable cause) {
    super(
        statusCode,
        httpStatus,
        message + " (" + httpStatus + "/" + statusCode + " " + url + ")",
        cause);
    this.url = url;
  }

  /**
   * The URL that failed.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }
}
