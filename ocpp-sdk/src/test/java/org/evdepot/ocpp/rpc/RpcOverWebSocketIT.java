package org.evdepot.ocpp.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.csms.AuthenticationResult;
import org.evdepot.ocpp.csms.OcppCsmsServer;
import org.evdepot.ocpp.station.OcppStationClient;
import org.evdepot.ocpp.testing.Ports;
import org.evdepot.ocpp.testing.RawWebSocket;
import org.evdepot.ocpp.testing.TestActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The RPC layer over real WebSockets on loopback, with a two-action test catalog so that framing,
 * correlation, flow control, timeouts, error answers and reconnects are tested apart from the
 * generated messages.
 */
class RpcOverWebSocketIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<AutoCloseable> toClose = new ArrayList<>();
  private final List<FrameEvent> frames = new CopyOnWriteArrayList<>();
  private int port;

  @AfterEach
  void tearDown() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  private OcppCsmsServer startServer(OcppVersion version, RpcOptions options) {
    TestActions cat = catalog(version);
    Handlers handlers =
        Handlers.builder()
            .on(
                cat.ping,
                (req, ctx) -> {
                  if (req.n() == 13) {
                    throw new CallErrorException(RpcErrorCode.GENERIC_ERROR, "unlucky");
                  }
                  if (req.n() == 666) {
                    throw new IllegalStateException("handler bug");
                  }
                  return new TestActions.Pong(req.n() + 1);
                })
            .build();
    port = port == 0 ? Ports.free() : port;
    OcppCsmsServer server =
        OcppCsmsServer.builder()
            .port(port)
            .basePath("/ocpp")
            .version(cat, handlers)
            .authenticator(
                info ->
                    info.chargePointId().startsWith("secure")
                            && !info.passwordEquals("s3cret-password")
                        ? AuthenticationResult.reject("bad password")
                        : AuthenticationResult.accept())
            .rpcOptions(options.toBuilder().frameListener(frames::add).build())
            .validationMode(
                id ->
                    id.startsWith("lenient") ? org.evdepot.ocpp.codec.ValidationMode.LENIENT : null)
            .build();
    server.start();
    toClose.add(server);
    return server;
  }

  private OcppCsmsServer startServer(OcppVersion version) {
    return startServer(version, RpcOptions.builder().callTimeout(Duration.ofSeconds(5)).build());
  }

  private static TestActions catalog(OcppVersion version) {
    return version == OcppVersion.V16 ? TestActions.V16 : TestActions.V201;
  }

  private URI base() {
    return URI.create("ws://127.0.0.1:" + port + "/ocpp");
  }

  private OcppStationClient station(OcppVersion version, String id, Handlers handlers) {
    OcppStationClient c =
        OcppStationClient.builder()
            .serverUri(base())
            .chargePointId(id)
            .catalog(catalog(version))
            .handlers(handlers)
            .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200))
            .rpcOptions(RpcOptions.builder().callTimeout(Duration.ofSeconds(5)).build())
            .build();
    toClose.add(c);
    return c;
  }

  private RawWebSocket raw(OcppVersion version, String id) throws Exception {
    RawWebSocket ws = RawWebSocket.open(base().resolve("/ocpp/" + id), version.subprotocol(), null);
    toClose.add(ws);
    return ws;
  }

  private static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s);
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void callsInBothDirections_areAnsweredWithTypedResponses(OcppVersion version) throws Exception {
    OcppCsmsServer server = startServer(version);
    TestActions cat = catalog(version);
    OcppStationClient station =
        station(
            version,
            "CP-1",
            Handlers.builder()
                .on(cat.reset, (req, ctx) -> new TestActions.ResetResult("Accepted:" + req.type()))
                .build());
    await(station.connect());

    TestActions.Pong pong = await(station.call(new TestActions.Ping(41, cat)));
    assertThat(pong.n()).isEqualTo(42);

    OcppSession onServer = server.session("CP-1").orElseThrow();
    assertThat(onServer.version()).isEqualTo(version);
    TestActions.ResetResult reset = await(onServer.call(new TestActions.Reset("Soft", cat)));
    assertThat(reset.status()).isEqualTo("Accepted:Soft");

    assertThat(frames)
        .filteredOn(f -> f.direction() == FrameDirection.IN && f.messageTypeId() == 2)
        .extracting(FrameEvent::action, FrameEvent::chargePointId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ping", "CP-1"));
    assertThat(frames)
        .filteredOn(f -> f.direction() == FrameDirection.OUT && f.messageTypeId() == 3)
        .extracting(FrameEvent::action)
        .containsExactly("Ping");
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void handlerErrors_becomeCallErrors(OcppVersion version) throws Exception {
    startServer(version);
    TestActions cat = catalog(version);
    OcppStationClient station = station(version, "CP-2", Handlers.none());
    await(station.connect());

    assertThatThrownBy(() -> await(station.call(new TestActions.Ping(13, cat))))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            CallErrorException.class,
            e -> {
              assertThat(e.code()).isEqualTo(RpcErrorCode.GENERIC_ERROR);
              assertThat(e.description()).isEqualTo("unlucky");
            });
    assertThatThrownBy(() -> await(station.call(new TestActions.Ping(666, cat))))
        .cause()
        .isInstanceOfSatisfying(
            CallErrorException.class,
            e -> assertThat(e.code()).isEqualTo(RpcErrorCode.INTERNAL_ERROR));
    // The connection survives both.
    assertThat(await(station.call(new TestActions.Ping(1, cat))).n()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void malformedFrames_getTheCallErrorTheSpecPrescribes_andTheConnectionStaysUp(OcppVersion version)
      throws Exception {
    startServer(version);
    RawWebSocket ws = raw(version, "CP-raw");
    boolean v16 = version == OcppVersion.V16;
    String frameworkError = v16 ? "FormationViolation" : "RpcFrameworkError";

    assertError(ws.exchange("this is not json"), "-1", frameworkError);
    assertError(ws.exchange("{\"a\":1}"), "-1", frameworkError);
    assertError(ws.exchange("[2, 17, \"Ping\", {\"n\":1}]"), "-1", frameworkError);
    assertError(ws.exchange("[\"2\", \"m1\", \"Ping\", {\"n\":1}]"), "-1", frameworkError);
    assertError(
        ws.exchange("[2, \"" + "x".repeat(37) + "\", \"Ping\", {\"n\":1}]"), "-1", frameworkError);
    assertError(ws.exchange("[2, \"m2\"]"), "m2", frameworkError);
    assertError(ws.exchange("[2, \"m3\", \"Ping\", {\"n\":1}, 5]"), "m3", frameworkError);
    assertError(
        ws.exchange("[7, \"m4\", \"Ping\", {\"n\":1}]"),
        "m4",
        v16 ? "FormationViolation" : "MessageTypeNotSupported");
    assertError(ws.exchange("[2, \"m5\", \"NoSuchAction\", {}]"), "m5", "NotImplemented");
    assertError(ws.exchange("[2, \"m6\", \"Reset\", {\"type\":\"Hard\"}]"), "m6", "NotSupported");
    assertError(
        ws.exchange("[2, \"m7\", \"Ping\", [1]]"),
        "m7",
        v16 ? "FormationViolation" : "FormatViolation");
    assertError(
        ws.exchange("[2, \"m8\", \"Ping\", {\"n\":\"x\"}]"), "m8", "TypeConstraintViolation");
    assertError(
        ws.exchange("[2, \"m9\", \"Ping\", {}]"),
        "m9",
        v16 ? "OccurenceConstraintViolation" : "OccurrenceConstraintViolation");
    assertError(
        ws.exchange("[2, \"m10\", \"Ping\", {\"n\":1, \"extra\":true}]"),
        "m10",
        v16 ? "FormationViolation" : "FormatViolation");
    assertError(
        ws.exchange("[2, \"m11\", \"Ping\", {\"n\":1"),
        "m11",
        v16 ? "FormationViolation" : "FormatViolation");

    // A CALLRESULT for an id we never sent is dropped; the next CALL is answered normally.
    ws.send("[3, \"never-sent\", {}]");
    JsonNode ok = json(ws.exchange("[2, \"m12\", \"Ping\", {\"n\":5}]"));
    assertThat(ok.get(0).asInt()).isEqualTo(3);
    assertThat(ok.get(1).asText()).isEqualTo("m12");
    assertThat(ok.get(2).get("n").asInt()).isEqualTo(6);
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void aChargerConfiguredLenient_mayAddUnknownFields_othersMayNot(OcppVersion version)
      throws Exception {
    startServer(version);
    String frame = "[2, \"l1\", \"Ping\", {\"n\":1, \"vendorExtra\":\"x\"}]";
    RawWebSocket lenient = raw(version, "lenient-1");
    JsonNode ok = json(lenient.exchange(frame));
    assertThat(ok.get(0).asInt()).isEqualTo(3);
    assertThat(ok.get(2).get("n").asInt()).isEqualTo(2);
    RawWebSocket strict = raw(version, "strict-1");
    assertError(
        strict.exchange(frame),
        "l1",
        version == OcppVersion.V16 ? "FormationViolation" : "FormatViolation");
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void oversizedFrame_closesOnlyThatConnection(OcppVersion version) throws Exception {
    startServer(version);
    RawWebSocket big = raw(version, "CP-big");
    RawWebSocket other = raw(version, "CP-other");
    String payload = "x".repeat(1024 * 1024);
    big.sendIgnoringFailure("[2, \"b1\", \"Ping\", {\"n\":1, \"pad\":\"" + payload + "\"}]");
    // Closed with 1009 (message too big), or cut off while the client was still sending.
    assertThat(big.closed().get(10, TimeUnit.SECONDS)).isIn(1009, -1);

    JsonNode answer = json(other.exchange("[2, \"o1\", \"Ping\", {\"n\":1}]"));
    assertThat(answer.get(2).get("n").asInt()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void aSilentConnection_isClosedAfterTheIdleTimeout_anActiveOneIsNot(OcppVersion version)
      throws Exception {
    TestActions cat = catalog(version);
    port = Ports.free();
    OcppCsmsServer server =
        OcppCsmsServer.builder()
            .port(port)
            .basePath("/ocpp")
            .version(
                cat,
                Handlers.builder()
                    .on(cat.ping, (req, ctx) -> new TestActions.Pong(req.n()))
                    .build())
            .pingInterval(Duration.ZERO)
            .idleTimeout(Duration.ofMillis(600))
            .build();
    server.start();
    toClose.add(server);
    RawWebSocket silent = raw(version, "CP-silent");
    RawWebSocket active = raw(version, "CP-active");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    int i = 0;
    while (!silent.closed().isDone()) {
      assertThat(System.nanoTime()).as("silent connection still open").isLessThan(deadline);
      active.exchange("[2, \"a" + i++ + "\", \"Ping\", {\"n\":1}]");
      Thread.sleep(100);
    }
    assertThat(silent.closed().get()).isEqualTo(1001);
    assertThat(active.closed()).isNotDone();
    assertThat(server.session("CP-active")).isPresent();
  }

  private static void assertError(String frame, String messageId, String code) throws Exception {
    JsonNode n = json(frame);
    assertThat(n.size()).as(frame).isEqualTo(5);
    assertThat(n.get(0).asInt()).as(frame).isEqualTo(4);
    assertThat(n.get(1).asText()).as(frame).isEqualTo(messageId);
    assertThat(n.get(2).asText()).as(frame).isEqualTo(code);
    assertThat(n.get(3).isTextual()).as(frame).isTrue();
    assertThat(n.get(4).isObject()).as(frame).isTrue();
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void onlyOneCallIsOutstandingPerDirection_andTheRestWaitInOrder(OcppVersion version)
      throws Exception {
    OcppCsmsServer server = startServer(version);
    TestActions cat = catalog(version);
    RawWebSocket ws = raw(version, "CP-flow");
    OcppSession session = awaitSession(server, "CP-flow");

    CompletableFuture<TestActions.ResetResult> first =
        session.call(new TestActions.Reset("Hard", cat)).toCompletableFuture();
    CompletableFuture<TestActions.ResetResult> second =
        session.call(new TestActions.Reset("Soft", cat)).toCompletableFuture();

    JsonNode call1 = json(ws.next());
    assertThat(call1.get(3).get("type").asText()).isEqualTo("Hard");
    // The second CALL is held back until the first is answered.
    assertThat(second).isNotDone();
    ws.send("[3, \"" + call1.get(1).asText() + "\", {\"status\":\"one\"}]");
    assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo("one");

    JsonNode call2 = json(ws.next());
    assertThat(call2.get(3).get("type").asText()).isEqualTo("Soft");
    ws.send("[3, \"" + call2.get(1).asText() + "\", {\"status\":\"two\"}]");
    assertThat(second.get(10, TimeUnit.SECONDS).status()).isEqualTo("two");
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void unansweredCall_timesOut_andTheNextQueuedCallIsSent(OcppVersion version) throws Exception {
    OcppCsmsServer server =
        startServer(version, RpcOptions.builder().callTimeout(Duration.ofMillis(300)).build());
    TestActions cat = catalog(version);
    RawWebSocket ws = raw(version, "CP-slow");
    OcppSession session = awaitSession(server, "CP-slow");

    CompletableFuture<TestActions.ResetResult> first =
        session.call(new TestActions.Reset("Hard", cat)).toCompletableFuture();
    CompletableFuture<TestActions.ResetResult> second =
        session.call(new TestActions.Reset("Soft", cat)).toCompletableFuture();
    JsonNode call1 = json(ws.next());
    assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(CallTimeoutException.class);

    JsonNode call2 = json(ws.next());
    assertThat(call2.get(3).get("type").asText()).isEqualTo("Soft");
    // A late answer to the timed-out CALL is dropped and does not complete the second one.
    ws.send("[3, \"" + call1.get(1).asText() + "\", {\"status\":\"late\"}]");
    ws.send("[3, \"" + call2.get(1).asText() + "\", {\"status\":\"two\"}]");
    assertThat(second.get(10, TimeUnit.SECONDS).status()).isEqualTo("two");
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void invalidCallResult_failsTheCaller_withoutAnswering(OcppVersion version) throws Exception {
    OcppCsmsServer server = startServer(version);
    TestActions cat = catalog(version);
    RawWebSocket ws = raw(version, "CP-bad-result");
    OcppSession session = awaitSession(server, "CP-bad-result");

    CompletableFuture<TestActions.ResetResult> call =
        session.call(new TestActions.Reset("Hard", cat)).toCompletableFuture();
    JsonNode frame = json(ws.next());
    ws.send("[3, \"" + frame.get(1).asText() + "\", {\"status\": 5}]");
    assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(InvalidResponseException.class);

    CompletableFuture<TestActions.ResetResult> err =
        session.call(new TestActions.Reset("Soft", cat)).toCompletableFuture();
    JsonNode frame2 = json(ws.next());
    ws.send("[4, \"" + frame2.get(1).asText() + "\", \"NotSupported\", \"no resets here\", {}]");
    assertThatThrownBy(() -> err.get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOfSatisfying(
            CallErrorException.class,
            e -> {
              assertThat(e.code()).isEqualTo(RpcErrorCode.NOT_SUPPORTED);
              assertThat(e.description()).isEqualTo("no resets here");
            });
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void handshake_withoutASupportedSubprotocol_isRefused(OcppVersion version) throws Exception {
    startServer(version);
    assertThatThrownBy(() -> RawWebSocket.open(base().resolve("/ocpp/CP-x"), null, null))
        .isInstanceOf(ExecutionException.class);
    assertThatThrownBy(() -> RawWebSocket.open(base().resolve("/ocpp/CP-x"), "ocpp9.9", null))
        .isInstanceOf(ExecutionException.class);
    OcppVersion other = version == OcppVersion.V16 ? OcppVersion.V201 : OcppVersion.V16;
    assertThatThrownBy(
            () -> RawWebSocket.open(base().resolve("/ocpp/CP-x"), other.subprotocol(), null))
        .isInstanceOf(ExecutionException.class);
    try (RawWebSocket ok =
        RawWebSocket.open(base().resolve("/ocpp/CP-x"), version.subprotocol(), null)) {
      assertThat(ok.subprotocol()).isEqualTo(version.subprotocol());
    }
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void basicAuth_wrongOrMissingPassword_isRefusedBeforeTheUpgrade(OcppVersion version)
      throws Exception {
    OcppCsmsServer server = startServer(version);
    URI uri = base().resolve("/ocpp/secure-1");
    String good =
        "Basic " + Base64.getEncoder().encodeToString("secure-1:s3cret-password".getBytes());
    String bad = "Basic " + Base64.getEncoder().encodeToString("secure-1:guess".getBytes());
    assertThatThrownBy(() -> RawWebSocket.open(uri, version.subprotocol(), null))
        .isInstanceOf(ExecutionException.class);
    assertThatThrownBy(() -> RawWebSocket.open(uri, version.subprotocol(), bad))
        .isInstanceOf(ExecutionException.class);
    assertThat(server.session("secure-1")).isEmpty();

    OcppStationClient station =
        OcppStationClient.builder()
            .serverUri(base())
            .chargePointId("secure-1")
            .catalog(catalog(version))
            .basicAuthPassword("s3cret-password")
            .build();
    toClose.add(station);
    await(station.connect());
    assertThat(await(station.call(new TestActions.Ping(1, catalog(version)))).n()).isEqualTo(2);
    try (RawWebSocket ws = RawWebSocket.open(uri, version.subprotocol(), good)) {
      assertThat(ws.subprotocol()).isEqualTo(version.subprotocol());
    }
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void station_reconnectsAfterTheServerRestarts(OcppVersion version) throws Exception {
    OcppCsmsServer server = startServer(version);
    TestActions cat = catalog(version);
    OcppStationClient station = station(version, "CP-re", Handlers.none());
    await(station.connect());
    assertThat(await(station.call(new TestActions.Ping(1, cat))).n()).isEqualTo(2);

    server.stop();
    awaitCondition(() -> !station.isOpen());
    assertThatThrownBy(() -> await(station.call(new TestActions.Ping(1, cat))))
        .cause()
        .isInstanceOf(ConnectionClosedException.class);

    startServer(version);
    await(station.whenConnected());
    assertThat(await(station.call(new TestActions.Ping(2, cat))).n()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(OcppVersion.class)
  void aChargerThatConnectsAgain_replacesItsOldSession(OcppVersion version) throws Exception {
    OcppCsmsServer server = startServer(version);
    RawWebSocket first = raw(version, "CP-twice");
    OcppSession s1 = awaitSession(server, "CP-twice");
    RawWebSocket second = raw(version, "CP-twice");
    awaitCondition(() -> server.session("CP-twice").map(s -> s != s1).orElse(false));
    assertThat(first.closed().get(10, TimeUnit.SECONDS)).isEqualTo(1000);
    JsonNode answer = json(second.exchange("[2, \"t1\", \"Ping\", {\"n\":1}]"));
    assertThat(answer.get(2).get("n").asInt()).isEqualTo(2);
    assertThat(server.sessions()).hasSize(1);
  }

  private static OcppSession awaitSession(OcppCsmsServer server, String id) throws Exception {
    awaitCondition(() -> server.session(id).isPresent());
    return server.session(id).orElseThrow();
  }

  private static void awaitCondition(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      Thread.sleep(10);
    }
  }
}
