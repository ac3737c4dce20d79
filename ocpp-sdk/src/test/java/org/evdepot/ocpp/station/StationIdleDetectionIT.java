package org.evdepot.ocpp.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.rpc.SessionListener;
import org.evdepot.ocpp.testing.Poll;
import org.evdepot.ocpp.v16.V16Actions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A CSMS that completes the WebSocket upgrade and then goes silent, as a half-open connection does
 * (it never answers a ping and never closes): the station must notice and reconnect.
 */
class StationIdleDetectionIT {

  private BlackHoleServer server;
  private OcppStationClient station;

  @AfterEach
  void tearDown() throws IOException {
    if (station != null) {
      station.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aSilentServer_isDroppedAfterTheIdleTimeout_andTheStationReconnects() throws Exception {
    server = new BlackHoleServer();
    List<Integer> closeCodes = new CopyOnWriteArrayList<>();
    station =
        OcppStationClient.builder()
            .serverUri(URI.create("ws://127.0.0.1:" + server.port() + "/ocpp"))
            .chargePointId("CP-HALF-OPEN")
            .catalog(V16Actions.CATALOG)
            .pingInterval(Duration.ofMillis(100))
            .idleTimeout(Duration.ofMillis(400))
            .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(100))
            .sessionListener(
                new SessionListener() {
                  @Override
                  public void onClose(OcppSession session, int code, String reason) {
                    closeCodes.add(code);
                  }
                })
            .build();
    station.connect();

    Poll.until(Duration.ofSeconds(20), "a second connection", () -> server.accepted() >= 2);
    assertThat(closeCodes).isNotEmpty().allMatch(code -> code == 1001);
    assertThat(server.pingsSeen()).isPositive();
  }

  @Test
  void withTheIdleTimeoutOff_aSilentServerIsKept() throws Exception {
    server = new BlackHoleServer();
    station =
        OcppStationClient.builder()
            .serverUri(URI.create("ws://127.0.0.1:" + server.port() + "/ocpp"))
            .chargePointId("CP-PATIENT")
            .catalog(V16Actions.CATALOG)
            .pingInterval(Duration.ofMillis(50))
            .idleTimeout(Duration.ZERO)
            .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(100))
            .build();
    station.connect();

    // Twenty unanswered pings: with idle detection on by default (3 intervals) it would have
    // dropped the connection long before.
    Poll.until(Duration.ofSeconds(20), "20 pings", () -> server.pingsSeen() >= 20);
    assertThat(server.accepted()).isEqualTo(1);
    assertThat(station.isOpen()).isTrue();
  }

  /** Accepts WebSocket upgrades for ocpp1.6, then reads and ignores everything it is sent. */
  private static final class BlackHoleServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger pings = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    BlackHoleServer() throws IOException {
      Thread t = new Thread(this::acceptLoop, "black-hole-accept");
      t.setDaemon(true);
      t.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    int accepted() {
      return accepted.get();
    }

    int pingsSeen() {
      return pings.get();
    }

    private void acceptLoop() {
      while (!socket.isClosed()) {
        try {
          Socket s = socket.accept();
          open.add(s);
          Thread t = new Thread(() -> serve(s), "black-hole-conn");
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    }

    private void serve(Socket s) {
      try (s) {
        InputStream in = s.getInputStream();
        String key = null;
        StringBuilder line = new StringBuilder();
        int c;
        boolean headersDone = false;
        while (!headersDone && (c = in.read()) >= 0) {
          if (c == '\n') {
            String l = line.toString().trim();
            if (l.isEmpty()) {
              headersDone = true;
            } else if (l.toLowerCase().startsWith("sec-websocket-key:")) {
              key = l.substring(l.indexOf(':') + 1).trim();
            }
            line.setLength(0);
          } else {
            line.append((char) c);
          }
        }
        String acceptKey =
            Base64.getEncoder()
                .encodeToString(
                    MessageDigest.getInstance("SHA-1")
                        .digest(
                            (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")
                                .getBytes(StandardCharsets.US_ASCII)));
        OutputStream out = s.getOutputStream();
        out.write(
            ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: "
                    + acceptKey
                    + "\r\nSec-WebSocket-Protocol: ocpp1.6\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        accepted.incrementAndGet();
        // Client frames: FIN/opcode byte, masked length byte (+ extended length), 4-byte mask.
        while (true) {
          int b0 = in.read();
          int b1 = in.read();
          if (b0 < 0 || b1 < 0) {
            return;
          }
          long len = b1 & 0x7f;
          if (len == 126) {
            len = (in.read() << 8) | in.read();
          } else if (len == 127) {
            len = 0;
            for (int i = 0; i < 8; i++) {
              len = (len << 8) | in.read();
            }
          }
          if ((b0 & 0x0f) == 0x9) {
            pings.incrementAndGet();
          }
          long skip = len + ((b1 & 0x80) != 0 ? 4 : 0);
          for (long i = 0; i < skip; i++) {
            if (in.read() < 0) {
              return;
            }
          }
        }
      } catch (Exception e) {
        // connection gone
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket s : open) {
        s.close();
      }
    }
  }
}
