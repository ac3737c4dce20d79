package org.evdepot.ocpp.rpc;

/** Told when connections open and close. Exceptions are logged and ignored. */
public interface SessionListener {
  /** The WebSocket handshake completed and the session can send and receive. */
  default void onOpen(OcppSession session) {}

  /**
   * The connection closed.
   *
   * @param code the WebSocket close code
   * @param reason the close reason, may be empty
   */
  default void onClose(OcppSession session, int code, String reason) {}
}
