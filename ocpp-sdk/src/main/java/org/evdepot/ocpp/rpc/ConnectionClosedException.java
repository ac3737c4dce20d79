package org.evdepot.ocpp.rpc;

/** The connection closed before a CALL could be sent or answered. */
public final class ConnectionClosedException extends OcppException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ConnectionClosedException(String message) {
    super(message);
  }
}
