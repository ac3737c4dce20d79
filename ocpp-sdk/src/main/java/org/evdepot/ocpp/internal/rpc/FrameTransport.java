package org.evdepot.ocpp.internal.rpc;

import java.io.IOException;
import java.net.SocketAddress;

/** What the RPC layer needs from a WebSocket: send text, close, and tell the peer's address. */
public interface FrameTransport {
  /** Sends one text frame; implementations serialise concurrent callers. */
  void sendText(String text) throws IOException;

  /** Closes the connection with a WebSocket close code. */
  void close(int code, String reason);

  /** Whether the connection is open. */
  boolean isOpen();

  /** The peer's address, or null. */
  SocketAddress remoteAddress();
}
