package org.evdepot.ocpp.rpc;

/** Base of the SDK's unchecked exceptions about an OCPP exchange. */
public class OcppException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message. */
  public OcppException(String message) {
    super(message);
  }

  /** Creates the exception with a message and a cause. */
  public OcppException(String message, Throwable cause) {
    super(message, cause);
  }
}
