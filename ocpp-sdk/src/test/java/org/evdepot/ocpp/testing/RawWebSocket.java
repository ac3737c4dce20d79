package org.evdepot.ocpp.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bare WebSocket client (the JDK's) for sending hand-written frames to a server under test and
 * reading what comes back.
 */
public final class RawWebSocket implements AutoCloseable {
  private final WebSocket ws;
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final java.util.concurrent.atomic.AtomicInteger pings =
      new java.util.concurrent.atomic.AtomicInteger();

  private RawWebSocket(URI uri, String subprotocol, String authorization) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    WebSocket.Builder b = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
    if (subprotocol != null) {
      b.subprotocols(subprotocol);
    }
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    StringBuilder partial = new StringBuilder();
    this.ws =
        b.buildAsync(
                uri,
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                      received.add(partial.toString());
                      partial.setLength(0);
                    }
                    w.request(1);
                    return null;
                  }

                  @Override
                  public CompletionStage<?> onPing(WebSocket w, java.nio.ByteBuffer message) {
                    pings.incrementAndGet(); // the JDK client answers with a Pong by itself
                    w.request(1);
                    return null;
                  }

                  @Override
                  public CompletionStage<?> onClose(WebSocket w, int code, String reason) {
                    closed.complete(code);
                    return null;
                  }

                  @Override
                  public void onError(WebSocket w, Throwable error) {
                    closed.complete(-1);
                  }
                })
            .get(10, TimeUnit.SECONDS);
  }

  /** How many WebSocket pings the peer has sent so far. */
  public int pingsReceived() {
    return pings.get();
  }

  /** Opens a connection offering {@code subprotocol}, with an optional Authorization header. */
  public static RawWebSocket open(URI uri, String subprotocol, String authorization)
      throws Exception {
    return new RawWebSocket(uri, subprotocol, authorization);
  }

  /** The subprotocol the server chose. */
  public String subprotocol() {
    return ws.getSubprotocol();
  }

  /** Sends one text frame. */
  public void send(String text) throws Exception {
    ws.sendText(text, true).get(10, TimeUnit.SECONDS);
  }

  /** The next frame received, waiting up to 10 s; fails the test when none arrives. */
  public String next() throws Exception {
    String s = received.poll(10, TimeUnit.SECONDS);
    if (s == null) {
      throw new AssertionError("no frame received within 10 s");
    }
    return s;
  }

  /** Sends one text frame, ignoring a failure (the server may close while we are sending). */
  public void sendIgnoringFailure(String text) {
    try {
      ws.sendText(text, true).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // expected when the server closes the connection mid-frame
    }
  }

  /** Sends {@code text} and returns the next frame received. */
  public String exchange(String text) throws Exception {
    send(text);
    return next();
  }

  /** Completes with the close code when the server closes the connection. */
  public CompletableFuture<Integer> closed() {
    return closed;
  }

  @Override
  public void close() {
    ws.abort();
  }
}
