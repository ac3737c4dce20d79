package org.evdepot.ocpp.internal.rpc;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import org.glassfish.tyrus.core.TyrusSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link FrameTransport} over a {@code jakarta.websocket} session (Tyrus on both sides). */
public final class TyrusTransport implements FrameTransport {
  private static final Logger LOG = LoggerFactory.getLogger(TyrusTransport.class);
  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

  private final Session session;
  private final SocketAddress remote;

  /** Wraps {@code session}; {@code remote} may be null when unknown. */
  public TyrusTransport(Session session, SocketAddress remote) {
    this.session = session;
    this.remote = remote;
  }

  /** The peer address Tyrus knows for a server-side session (port unknown: 0), or null. */
  public static SocketAddress remoteAddressOf(Session session) {
    if (session instanceof TyrusSession) {
      String addr = ((TyrusSession) session).getRemoteAddr();
      if (addr != null) {
        return InetSocketAddress.createUnresolved(addr, 0);
      }
    }
    return null;
  }

  @Override
  public void sendText(String text) throws IOException {
    // The basic remote must not be used by two threads at once.
    // Not guarded by isOpen(): Tyrus reports a session as open only after onOpen returns, and a
    // session may legitimately be used from another thread while onOpen is still running.
    synchronized (session) {
      try {
        session.getBasicRemote().sendText(text);
      } catch (IllegalStateException e) {
        throw new IOException("session is closed", e);
      }
    }
  }

  /** Sends a WebSocket ping; failures are logged (the idle timeout will close a dead peer). */
  public void ping() {
    synchronized (session) {
      if (!session.isOpen()) {
        return;
      }
      try {
        session.getBasicRemote().sendPing(EMPTY.duplicate());
      } catch (IOException | RuntimeException e) {
        LOG.debug("ping failed: {}", e.toString());
      }
    }
  }

  @Override
  public void close(int code, String reason) {
    try {
      if (session.isOpen()) {
        session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("close failed: {}", e.toString());
    }
  }

  @Override
  public boolean isOpen() {
    return session.isOpen();
  }

  @Override
  public SocketAddress remoteAddress() {
    return remote;
  }
}
