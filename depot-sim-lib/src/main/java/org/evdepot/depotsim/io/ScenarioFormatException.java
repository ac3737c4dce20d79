package org.evdepot.depotsim.io;

/** A scenario file that cannot be read: the message names the JSON path and the value. */
public final class ScenarioFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, and where
   * @param cause the underlying error, or null
   */
  public ScenarioFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
