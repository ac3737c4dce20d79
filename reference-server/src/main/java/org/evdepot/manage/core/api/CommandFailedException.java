package org.evdepot.manage.core.api;

/**
 * A command did not get a usable answer: the charger answered with a CALLERROR (HTTP 502), did not
 * answer in time (504), or the request was missing a field the command needs (400, with {@link
 * #field()}).
 */
public class CommandFailedException extends RuntimeException {

  /** Why the command failed. */
  public enum Reason {
    /** A request field is missing or invalid. */
    INVALID_REQUEST,
    /** The charger answered with a CALLERROR. */
    CALL_ERROR,
    /** No answer in time. */
    TIMEOUT
  }

  private final Reason reason;
  private final String field;

  /**
   * @param reason why
   * @param field offending request field, or null
   * @param message details (the CALLERROR code and description, the timeout)
   */
  public CommandFailedException(Reason reason, String field, String message) {
    super(message);
    this.reason = reason;
    this.field = field;
  }

  /**
   * @return why the command failed
   */
  public Reason reason() {
    return reason;
  }

  /**
   * @return the offending request field, or null
   */
  public String field() {
    return field;
  }
}
