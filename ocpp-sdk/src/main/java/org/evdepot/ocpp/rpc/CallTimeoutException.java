package org.evdepot.ocpp.rpc;

/** The peer did not answer a CALL within the configured response timeout. */
public final class CallTimeoutException extends OcppException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for the CALL of {@code action} with {@code messageId}. */
  public CallTimeoutException(String action, String messageId, long timeoutMillis) {
    super(
        "no response to "
            + action
            + " (message id "
            + messageId
            + ") within "
            + timeoutMillis
            + " ms");
  }
}
