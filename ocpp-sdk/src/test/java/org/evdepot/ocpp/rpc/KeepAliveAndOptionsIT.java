package org.evdepot.ocpp.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.csms.OcppCsmsServer;
import org.evdepot.ocpp.testing.Ports;
import org.evdepot.ocpp.testing.RawWebSocket;
import org.evdepot.ocpp.testing.TestActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Keep-alive (the CSMS's WebSocket pings and the idle detection that counts the station's pongs)
 * and the {@link RpcOptions} that change where handlers run and what is checked before sending.
 */
class KeepAliveAndOptionsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<AutoCloseable> toClose = new ArrayList<>();
  private int port;

  @AfterEach
  void tearDown() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  private OcppCsmsServer start(OcppCsmsServer.Builder builder) {
    port = Ports.free();
    OcppCsmsServer server = builder.port(port).basePath("/ocpp").build();
    server.start();
    toClose.add(server);
    return server;
  }

  private RawWebSocket raw(String id) throws Exception {
    RawWebSocket ws =
        RawWebSocket.open(
            URI.create("ws://127.0.0.1:" + port + "/ocpp/" + id),
            OcppVersion.V16.subprotocol(),
            null);
    toClose.add(ws);
    return ws;
  }

  @Test
  void aQuietStationThatAnswersPings_staysConnectedPastTheIdleTimeout() throws Exception {
    TestActions cat = TestActions.V16;
    OcppCsmsServer server =
        start(
            OcppCsmsServer.builder()
                .version(
                    cat,
                    Handlers.builder().on(cat.ping, (req, ctx) -> new TestActions.Pong(0)).build())
                .pingInterval(Duration.ofMillis(100))
                .idleTimeout(Duration.ofMillis(500)));
    // The JDK client answers every ping with a pong and sends nothing else.
    RawWebSocket quiet = raw("CP-quiet");

    // Stay quiet for three idle timeouts: had the pongs not counted as traffic, the server would
    // have closed the connection (1001) after the first.
    long start = System.nanoTime();
    long quietFor = TimeUnit.MILLISECONDS.toNanos(1_500);
    long deadline = start + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() - start < quietFor || quiet.pingsReceived() < 3) {
      assertThat(quiet.closed())
          .as("connection closed after %d pings", quiet.pingsReceived())
          .isNotDone();
      assertThat(System.nanoTime()).as("server pings did not arrive").isLessThan(deadline);
      Thread.sleep(20);
    }
    assertThat(quiet.closed()).isNotDone();
    assertThat(server.session("CP-quiet")).isPresent();
  }

  @Test
  void withoutPings_aQuietStationIsClosedAsIdle() throws Exception {
    TestActions cat = TestActions.V16;
    start(
        OcppCsmsServer.builder()
            .version(
                cat, Handlers.builder().on(cat.ping, (req, ctx) -> new TestActions.Pong(0)).build())
            .pingInterval(Duration.ZERO)
            .idleTimeout(Duration.ofMillis(300)));
    RawWebSocket quiet = raw("CP-quiet");

    assertThat(quiet.closed().get(10, TimeUnit.SECONDS)).isEqualTo(1001);
    assertThat(quiet.pingsReceived()).isZero();
  }

  @Test
  void handlers_runOnTheConfiguredExecutor() throws Exception {
    TestActions cat = TestActions.V16;
    ExecutorService pool =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "my-handler-thread"));
    toClose.add(pool::shutdownNow);
    AtomicReference<String> handlerThread = new AtomicReference<>();
    start(
        OcppCsmsServer.builder()
            .version(
                cat,
                Handlers.builder()
                    .on(
                        cat.ping,
                        (req, ctx) -> {
                          handlerThread.set(Thread.currentThread().getName());
                          return new TestActions.Pong(req.n() + 1);
                        })
                    .build())
            .rpcOptions(RpcOptions.builder().handlerExecutor(pool).build()));

    JsonNode answer = JSON.readTree(raw("CP-1").exchange("[2, \"p1\", \"Ping\", {\"n\": 4}]"));

    assertThat(answer.get(0).asInt()).isEqualTo(3);
    assertThat(answer.get(2).get("n").asInt()).isEqualTo(5);
    assertThat(handlerThread.get()).isEqualTo("my-handler-thread");
  }

  @Test
  void validateOutgoing_anInvalidResponseOfAHandler_isAnsweredWithInternalError() throws Exception {
    TestActions cat = TestActions.V16;
    Handlers handlers =
        Handlers.builder().on(cat.ping, (req, ctx) -> new TestActions.Pong(-req.n())).build();
    start(
        OcppCsmsServer.builder()
            .version(cat, handlers)
            .rpcOptions(RpcOptions.builder().validateOutgoing(true).build()));
    RawWebSocket ws = raw("CP-1");

    JsonNode invalid = JSON.readTree(ws.exchange("[2, \"p1\", \"Ping\", {\"n\": 4}]"));
    JsonNode valid = JSON.readTree(ws.exchange("[2, \"p2\", \"Ping\", {\"n\": 0}]"));

    assertThat(invalid.get(0).asInt()).isEqualTo(4);
    assertThat(invalid.get(1).asText()).isEqualTo("p1");
    assertThat(invalid.get(2).asText()).isEqualTo("InternalError");
    assertThat(valid.get(0).asInt()).isEqualTo(3);
    assertThat(ws.closed()).isNotDone();
  }

  @Test
  void withoutValidateOutgoing_theSameResponseIsSentAsIs() throws Exception {
    TestActions cat = TestActions.V16;
    Handlers handlers =
        Handlers.builder().on(cat.ping, (req, ctx) -> new TestActions.Pong(-req.n())).build();
    start(
        OcppCsmsServer.builder()
            .version(cat, handlers)
            .rpcOptions(RpcOptions.builder().validateOutgoing(false).build()));

    JsonNode answer = JSON.readTree(raw("CP-1").exchange("[2, \"p1\", \"Ping\", {\"n\": 4}]"));

    assertThat(answer.get(0).asInt()).isEqualTo(3);
    assertThat(answer.get(2).get("n").asInt()).isEqualTo(-4);
  }
}
