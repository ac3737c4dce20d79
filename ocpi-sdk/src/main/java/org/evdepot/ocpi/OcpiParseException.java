package org.evdepot.ocpi;

/**
 * A body that is not valid JSON (status 2000, HTTP 400) or misses or mistypes a field (status 2001,
 * HTTP 400).
 */
public class OcpiParseException extends OcpiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status 2000 for malformed JSON, 2001 for invalid or missing fields
   * @param message what is wrong, naming the field where known
   * @param cause parser exception
   */
  public OcpiParseException(OcpiStatus status, String message, Throwable cause) {
    super(status, 400, message, cause);
  }
}
