package org.evdepot.bench.ocpp;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.ValidationMode;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.rpc.FrameTransport;
import org.evdepot.ocpp.internal.rpc.RpcConnection;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.RpcOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Decode, validate, dispatch and answer one OCPP-J CALL, per message and version.
 *
 * <ul>
 *   <li>{@code rpcOnText}: the real path. {@link RpcConnection#onText(String)} on the CSMS side
 *       with a transport that only keeps the last frame, handlers run on the calling thread (the
 *       default runs them on the common pool). Covers frame header parsing, catalog look-up, strict
 *       decoding with schema validation, dispatch to the handler, validation of the response and
 *       encoding of the CALLRESULT, plus the frame-listener events the connection always creates.
 *   <li>{@code codecDecodeCall}: the frame header ({@code [2,"id","Action",}) parsed with the
 *       shared Jackson factory, then the generated {@link MessageCodec} reads and validates the
 *       payload in strict mode; no dispatch, no answer.
 *   <li>{@code jacksonTokensOnly}: the frame tokenised by Jackson without any typing or validation,
 *       the floor under every decoder built on Jackson's streaming parser.
 *   <li>{@code codecEncodeCallResult}: validation of the response and the CALLRESULT written as
 *       {@code RpcConnection} writes it (a fresh {@link BufferRecycler} per frame).
 *   <li>{@code codecEncodeCallResultPooled}: the same with the factory's pooled recycler, to
 *       measure what the per-frame recycler costs.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar OcppFrameBenchmark -f 1 -wi 2 -i 3 -w
 * 2s -r 2s -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OcppFrameBenchmark {

  /** Which frame to process. */
  @Param({
    "V16_BOOT_NOTIFICATION",
    "V16_METER_VALUES",
    "V16_STOP_TRANSACTION",
    "V201_BOOT_NOTIFICATION",
    "V201_METER_VALUES",
    "V201_TRANSACTION_EVENT"
  })
  public BenchFrames frame;

  private String text;
  private ActionType<?, ?> action;
  private MessageCodec<Object> responseCodec;
  private OcppResponse response;
  private String messageId;
  private LastFrameTransport transport;
  private RpcConnection connection;
  private ScheduledExecutorService scheduler;

  /** Builds the connection and checks that the frame is answered with a CALLRESULT. */
  @Setup(Level.Trial)
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void setUp() throws IOException {
    text = frame.frame();
    messageId = frame.messageId();
    action =
        frame
            .catalog()
            .find(frame.action())
            .orElseThrow(() -> new IllegalStateException("no action " + frame.action()));
    responseCodec = (MessageCodec<Object>) action.responseCodec();
    response = frame.response();
    OcppResponse canned = response;
    Handlers handlers = Handlers.builder().on((ActionType) action, (req, ctx) -> canned).build();
    transport = new LastFrameTransport();
    scheduler = Executors.newSingleThreadScheduledExecutor();
    connection =
        new RpcConnection(
            "BENCH-1",
            frame.catalog(),
            true,
            handlers,
            RpcOptions.builder().handlerExecutor(Runnable::run).build(),
            scheduler,
            transport,
            Clock.systemUTC());
    connection.onText(text);
    if (transport.last == null || !transport.last.startsWith("[3,")) {
      throw new IllegalStateException(
          frame + " was not answered with a CALLRESULT: " + transport.last);
    }
    if (codecDecodeCall() == null || !codecEncodeCallResult().startsWith("[3,")) {
      throw new IllegalStateException(frame + " does not decode");
    }
  }

  /** Stops the connection's timer. */
  @TearDown(Level.Trial)
  public void tearDown() {
    scheduler.shutdownNow();
  }

  /** The real receive path: one CALL in, one CALLRESULT out. */
  @Benchmark
  public String rpcOnText() {
    connection.onText(text);
    return transport.last;
  }

  /** Frame header parsing plus strict decoding (which validates) of the payload. */
  @Benchmark
  public Object codecDecodeCall() throws IOException {
    try (JsonParser p = RpcConnection.JSON.createParser(text)) {
      if (p.nextToken() != JsonToken.START_ARRAY
          || p.nextToken() != JsonToken.VALUE_NUMBER_INT
          || p.getIntValue() != 2
          || p.nextToken() != JsonToken.VALUE_STRING) {
        throw new IllegalStateException("not a CALL");
      }
      String id = p.getText();
      if (p.nextToken() != JsonToken.VALUE_STRING) {
        throw new IllegalStateException("no action");
      }
      ActionType<?, ?> found = frame.catalog().find(p.getText()).orElseThrow();
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("no payload");
      }
      Object payload = found.requestCodec().read(p, new DecodeContext(ValidationMode.STRICT));
      if (p.nextToken() != JsonToken.END_ARRAY || id.isEmpty()) {
        throw new IllegalStateException("trailing elements");
      }
      return payload;
    }
  }

  /**
   * The floor under any Jackson-based decoder: the whole frame tokenised with the shared factory,
   * field names read (canonicalised) and string values materialised, nothing typed or validated.
   */
  @Benchmark
  public long jacksonTokensOnly() throws IOException {
    try (JsonParser p = RpcConnection.JSON.createParser(text)) {
      return tokens(p);
    }
  }

  /**
   * The same floor with Jackson's byte parser (the frame encoded to UTF-8 first, as a transport
   * that hands over bytes would avoid): whether feeding bytes instead of a {@code String} would
   * pay.
   */
  @Benchmark
  public long jacksonTokensOnlyUtf8() throws IOException {
    try (JsonParser p = RpcConnection.JSON.createParser(text.getBytes(StandardCharsets.UTF_8))) {
      return tokens(p);
    }
  }

  private static long tokens(JsonParser p) throws IOException {
    long seen = 0;
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      if (t == JsonToken.FIELD_NAME) {
        seen += p.currentName().length();
      } else if (t == JsonToken.VALUE_STRING) {
        seen += p.getTextLength();
      } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        seen += p.getTextLength();
      }
    }
    return seen;
  }

  /** Response validation and CALLRESULT encoding as the SDK does it today. */
  @Benchmark
  public String codecEncodeCallResult() throws IOException {
    List<Violation> violations = responseCodec.validate(response);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(violations.toString());
    }
    SegmentedStringWriter w = new SegmentedStringWriter(new BufferRecycler());
    try (JsonGenerator g = RpcConnection.JSON.createGenerator(w)) {
      g.writeStartArray();
      g.writeNumber(3);
      g.writeString(messageId);
      responseCodec.write(g, response);
      g.writeEndArray();
    }
    return w.getAndClear();
  }

  /** The same with the factory's pooled buffer recycler. */
  @Benchmark
  public String codecEncodeCallResultPooled() throws IOException {
    List<Violation> violations = responseCodec.validate(response);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(violations.toString());
    }
    BufferRecycler recycler = RpcConnection.JSON._getBufferRecycler();
    try {
      SegmentedStringWriter w = new SegmentedStringWriter(recycler);
      try (JsonGenerator g = RpcConnection.JSON.createGenerator(w)) {
        g.writeStartArray();
        g.writeNumber(3);
        g.writeString(messageId);
        responseCodec.write(g, response);
        g.writeEndArray();
      }
      return w.getAndClear();
    } finally {
      recycler.releaseToPool();
    }
  }

  /** Keeps the last frame sent; nothing leaves the process. */
  static final class LastFrameTransport implements FrameTransport {
    String last;

    @Override
    public void sendText(String text) {
      last = text;
    }

    @Override
    public void close(int code, String reason) {}

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public SocketAddress remoteAddress() {
      return null;
    }
  }
}
