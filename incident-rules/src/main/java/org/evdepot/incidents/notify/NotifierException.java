package org.evdepot.incidents.notify;

/** A notification that could not be delivered. */
public class NotifierException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  /** A failure; {@code retryable} says whether trying again may help. */
  public NotifierException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** Whether trying again may help (network error, HTTP 5xx, SMTP 4xx). */
  public boolean retryable() {
    return retryable;
  }
}
