package org.evdepot.ocpp.internal.rpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.SocketAddress;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.evdepot.ocpp.ActionCatalog;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.OcppDecodeException;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.codec.ViolationKind;
import org.evdepot.ocpp.internal.codec.FastDecoders;
import org.evdepot.ocpp.rpc.AsyncRequestHandler;
import org.evdepot.ocpp.rpc.CallContext;
import org.evdepot.ocpp.rpc.CallErrorException;
import org.evdepot.ocpp.rpc.CallTimeoutException;
import org.evdepot.ocpp.rpc.ConnectionClosedException;
import org.evdepot.ocpp.rpc.FrameDirection;
import org.evdepot.ocpp.rpc.FrameEvent;
import org.evdepot.ocpp.rpc.FrameListener;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.InvalidResponseException;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.rpc.RpcErrorCode;
import org.evdepot.ocpp.rpc.RpcOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCPP-J RPC state machine of one connection, independent of the WebSocket library: parses
 * frames, answers CALLs through the handlers, correlates CALLRESULT/CALLERROR with our CALLs,
 * enforces one outstanding CALL per direction and the response timeout.
 *
 * <p>Threading: {@link #onText(String)} is called by the transport's reader (one at a time per
 * connection); handlers and the completion of callers' futures run on the handler executor.
 */
public final class RpcConnection implements OcppSession {
  static final Logger LOG = LoggerFactory.getLogger(RpcConnection.class);

  /** Shared by every connection; its parsers can read trees (free-form payload fields). */
  public static final JsonFactory JSON = new ObjectMapper().getFactory();

  /** OCPP-J: a message id is at most 36 characters. */
  public static final int MAX_MESSAGE_ID_LENGTH = 36;

  private static final int CALL = 2;
  private static final int CALLRESULT = 3;
  private static final int CALLERROR = 4;

  private final String chargePointId;
  private final OcppVersion version;
  private final ActionCatalog catalog;
  private final boolean csmsSide;
  private final Handlers handlers;
  private final RpcOptions options;
  private final ScheduledExecutorService scheduler;
  private final FrameTransport transport;
  private final Clock clock;
  private final SerialExecutor inbound;
  private final String idPrefix;
  private final AtomicLong idCounter = new AtomicLong();

  private final Object lock = new Object();
  private final ArrayDeque<OutCall<?>> queue = new ArrayDeque<>();
  private OutCall<?> inFlight;
  private boolean closed;

  /**
   * Creates the connection.
   *
   * @param csmsSide true on the CSMS, false on the charging station
   */
  public RpcConnection(
      String chargePointId,
      ActionCatalog catalog,
      boolean csmsSide,
      Handlers handlers,
      RpcOptions options,
      ScheduledExecutorService scheduler,
      FrameTransport transport,
      Clock clock) {
    this.chargePointId = Objects.requireNonNull(chargePointId, "chargePointId");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.version = catalog.version();
    this.csmsSide = csmsSide;
    this.handlers = Objects.requireNonNull(handlers, "handlers");
    this.options = Objects.requireNonNull(options, "options");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.inbound = new SerialExecutor(options.handlerExecutor());
    this.idPrefix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + "-";
  }

  @Override
  public String chargePointId() {
    return chargePointId;
  }

  @Override
  public OcppVersion version() {
    return version;
  }

  @Override
  public SocketAddress remoteAddress() {
    return transport.remoteAddress();
  }

  @Override
  public boolean isOpen() {
    synchronized (lock) {
      return !closed && transport.isOpen();
    }
  }

  @Override
  public void close() {
    transport.close(1000, "closed by " + (csmsSide ? "CSMS" : "charging station"));
    onClosed("connection closed");
  }

  // ---------------------------------------------------------------- outgoing CALLs

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <R extends OcppResponse> CompletionStage<R> call(OcppRequest<R> request) {
    Objects.requireNonNull(request, "request");
    ActionType action = request.actionType();
    if (action.version() != version) {
      throw new IllegalArgumentException(
          action + " cannot be sent on an " + version.subprotocol() + " connection");
    }
    if (csmsSide
        ? !action.initiator().csmsMaySend()
        : !action.initiator().chargingStationMaySend()) {
      throw new IllegalArgumentException(
          (csmsSide ? "a CSMS" : "a charging station") + " may not send " + action.name());
    }
    CompletableFuture<R> future = new CompletableFuture<>();
    if (options.validateOutgoing()) {
      List<Violation> violations = action.requestCodec().validate(request);
      if (!violations.isEmpty()) {
        future.completeExceptionally(
            new IllegalArgumentException("invalid " + action.name() + " request: " + violations));
        return future;
      }
    }
    OutCall<R> call = new OutCall<>(nextMessageId(), action, request, future);
    boolean rejected;
    synchronized (lock) {
      rejected = closed;
      if (!rejected) {
        queue.add(call);
      }
    }
    if (rejected) {
      future.completeExceptionally(new ConnectionClosedException("connection is closed"));
      return future;
    }
    pump();
    return future;
  }

  private String nextMessageId() {
    return idPrefix + idCounter.incrementAndGet();
  }

  /** Sends the next queued CALL if none is outstanding. */
  private void pump() {
    OutCall<?> next;
    synchronized (lock) {
      if (closed || inFlight != null || queue.isEmpty()) {
        return;
      }
      next = queue.poll();
      inFlight = next;
    }
    String frame;
    try {
      frame = encodeCall(next);
    } catch (IOException | RuntimeException e) {
      finish(next, null, new IllegalArgumentException("cannot encode " + next.action.name(), e));
      return;
    }
    long timeoutMillis = options.callTimeout().toMillis();
    next.timeout =
        scheduler.schedule(
            () -> onTimeout(next, timeoutMillis), timeoutMillis, TimeUnit.MILLISECONDS);
    try {
      send(frame, CALL, next.messageId, next.action.name());
    } catch (IOException e) {
      finish(next, null, new ConnectionClosedException("cannot send: " + e.getMessage()));
    }
  }

  private void onTimeout(OutCall<?> call, long timeoutMillis) {
    finish(call, null, new CallTimeoutException(call.action.name(), call.messageId, timeoutMillis));
  }

  /** Completes the outstanding CALL {@code call} (if it still is) and sends the next one. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void finish(OutCall<?> call, Object response, Throwable error) {
    synchronized (lock) {
      if (inFlight != call) {
        return;
      }
      inFlight = null;
    }
    if (call.timeout != null) {
      call.timeout.cancel(false);
    }
    CompletableFuture future = call.future;
    options
        .handlerExecutor()
        .execute(
            () -> {
              if (error != null) {
                future.completeExceptionally(error);
              } else {
                future.complete(response);
              }
            });
    pump();
  }

  // ---------------------------------------------------------------- incoming frames

  /** Handles one received text frame. Never throws: every problem is answered or logged. */
  public void onText(String text) {
    FastDecoders.Call fast = fastCall(text);
    if (fast != null) {
      try {
        logIn(text, CALL, fast.messageId(), fast.action().name());
        dispatch(fast.action(), fast.messageId(), fast.payload());
      } catch (RuntimeException e) {
        LOG.error("[{}] unexpected failure handling frame", chargePointId, e);
      }
      return;
    }
    try (JsonParser p = JSON.createParser(text)) {
      readFrame(p, text);
    } catch (JsonProcessingException e) {
      // Not JSON at all, or broken before the message id could be read (readFrame handles the
      // cases after it).
      logIn(text, 0, null, null);
      sendError("-1", RpcErrorCode.RPC_FRAMEWORK_ERROR, "frame is not valid JSON", null);
    } catch (IOException e) {
      LOG.warn("[{}] cannot read frame: {}", chargePointId, e.toString());
    } catch (RuntimeException e) {
      LOG.error("[{}] unexpected failure handling frame", chargePointId, e);
    }
  }

  /**
   * A CALL of a hot action read by a fast decoder, when it is certainly valid and would be
   * dispatched by {@link #readCall}; null in every other case, and then {@link #readFrame} reads
   * the frame (and answers, logs or rejects it) exactly as it would have without the fast path.
   */
  private FastDecoders.Call fastCall(String text) {
    FastDecoders.Call call;
    try {
      call = FastDecoders.readCall(text, version, MAX_MESSAGE_ID_LENGTH);
    } catch (RuntimeException e) {
      LOG.debug("[{}] fast decoder failed, reading the generic way", chargePointId, e);
      return null;
    }
    if (call == null) {
      return null;
    }
    ActionType<?, ?> action = call.action();
    if (catalog.find(action.name()).orElse(null) != action) {
      return null;
    }
    boolean peerMaySend =
        csmsSide ? action.initiator().chargingStationMaySend() : action.initiator().csmsMaySend();
    return peerMaySend && handlers.handles(action) ? call : null;
  }

  private void readFrame(JsonParser p, String text) throws IOException {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      logIn(text, 0, null, null);
      sendError("-1", RpcErrorCode.RPC_FRAMEWORK_ERROR, "frame is not a JSON array", null);
      return;
    }
    if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
      logIn(text, 0, null, null);
      sendError("-1", RpcErrorCode.RPC_FRAMEWORK_ERROR, "message type id is not an integer", null);
      return;
    }
    int typeId = p.getIntValue();
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      logIn(text, typeId, null, null);
      sendError("-1", RpcErrorCode.RPC_FRAMEWORK_ERROR, "message id is not a string", null);
      return;
    }
    String messageId = p.getText();
    if (messageId.length() > MAX_MESSAGE_ID_LENGTH || messageId.isEmpty()) {
      logIn(text, typeId, null, null);
      sendError(
          "-1",
          RpcErrorCode.RPC_FRAMEWORK_ERROR,
          "message id must have 1 to " + MAX_MESSAGE_ID_LENGTH + " characters",
          null);
      return;
    }
    switch (typeId) {
      case CALL:
        readCall(p, text, messageId);
        break;
      case CALLRESULT:
        readCallResult(p, text, messageId);
        break;
      case CALLERROR:
        readCallError(p, text, messageId);
        break;
      default:
        logIn(text, typeId, messageId, null);
        sendError(
            messageId,
            RpcErrorCode.MESSAGE_TYPE_NOT_SUPPORTED,
            "message type id " + typeId + " is not supported",
            null);
    }
  }

  private void readCall(JsonParser p, String text, String messageId) throws IOException {
    String actionName = null;
    try {
      if (p.nextToken() != JsonToken.VALUE_STRING) {
        logIn(text, CALL, messageId, null);
        sendError(messageId, RpcErrorCode.RPC_FRAMEWORK_ERROR, "action is not a string", null);
        return;
      }
      actionName = p.getText();
      logIn(text, CALL, messageId, actionName);
      ActionType<?, ?> action = catalog.find(actionName).orElse(null);
      if (action == null) {
        sendError(
            messageId,
            RpcErrorCode.NOT_IMPLEMENTED,
            "unknown action " + truncate(actionName) + " in " + version.subprotocol(),
            null);
        return;
      }
      boolean peerMaySend =
          csmsSide ? action.initiator().chargingStationMaySend() : action.initiator().csmsMaySend();
      if (!peerMaySend || !handlers.handles(action)) {
        sendError(
            messageId,
            RpcErrorCode.NOT_SUPPORTED,
            actionName + " is not supported " + (peerMaySend ? "here" : "in this direction"),
            null);
        return;
      }
      if (p.nextToken() != JsonToken.START_OBJECT) {
        sendError(messageId, RpcErrorCode.FORMAT_VIOLATION, "payload is not a JSON object", null);
        return;
      }
      DecodeContext ctx = new DecodeContext(options.validationMode());
      Object payload = action.requestCodec().read(p, ctx);
      if (p.nextToken() != JsonToken.END_ARRAY) {
        sendError(
            messageId, RpcErrorCode.RPC_FRAMEWORK_ERROR, "a CALL has exactly 4 elements", null);
        return;
      }
      if (!ctx.warnings().isEmpty()) {
        LOG.info(
            "[{}] accepted {} leniently despite {}", chargePointId, actionName, ctx.warnings());
      }
      dispatch(action, messageId, payload);
    } catch (OcppDecodeException e) {
      Violation v = e.violation();
      sendError(messageId, RpcErrorCode.of(v.kind()), truncate(v.toString()), null);
    } catch (JsonProcessingException e) {
      if (actionName == null) {
        logIn(text, CALL, messageId, null);
      }
      sendError(messageId, RpcErrorCode.FORMAT_VIOLATION, "payload is not valid JSON", null);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void dispatch(ActionType action, String messageId, Object payload) {
    AsyncRequestHandler handler = handlers.handler(action);
    CallContext context = new CallContext(this, messageId, action.name());
    inbound.execute(
        () -> {
          CompletionStage<?> stage;
          try {
            stage = handler.handle(payload, context);
            if (stage == null) {
              stage =
                  CompletableFuture.failedFuture(
                      new IllegalStateException("handler returned no response"));
            }
          } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
          }
          stage.whenComplete((resp, err) -> answer(action, messageId, resp, err));
        });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void answer(ActionType action, String messageId, Object response, Throwable error) {
    Throwable cause = unwrap(error);
    if (cause == null && response == null) {
      cause = new IllegalStateException("handler returned null");
    }
    if (cause instanceof CallErrorException) {
      CallErrorException ce = (CallErrorException) cause;
      sendError(messageId, ce.code(), ce.description(), ce.details());
      return;
    }
    if (cause != null) {
      LOG.warn("[{}] handler of {} failed", chargePointId, action.name(), cause);
      sendError(messageId, RpcErrorCode.INTERNAL_ERROR, "handler failed", null);
      return;
    }
    MessageCodec codec = action.responseCodec();
    if (options.validateOutgoing()) {
      List<Violation> violations = codec.validate(response);
      if (!violations.isEmpty()) {
        LOG.error(
            "[{}] handler of {} produced an invalid response: {}",
            chargePointId,
            action.name(),
            violations);
        sendError(messageId, RpcErrorCode.INTERNAL_ERROR, "invalid response produced", null);
        return;
      }
    }
    BufferRecycler recycler = JSON._getBufferRecycler();
    try {
      SegmentedStringWriter w = new SegmentedStringWriter(recycler);
      try (JsonGenerator g = JSON.createGenerator(w)) {
        g.writeStartArray();
        g.writeNumber(CALLRESULT);
        g.writeString(messageId);
        codec.write(g, response);
        g.writeEndArray();
      }
      send(w.getAndClear(), CALLRESULT, messageId, action.name());
    } catch (IOException | RuntimeException e) {
      LOG.warn("[{}] cannot send {} response: {}", chargePointId, action.name(), e.toString());
    } finally {
      recycler.releaseToPool();
    }
  }

  private void readCallResult(JsonParser p, String text, String messageId) throws IOException {
    OutCall<?> call = outstanding(messageId);
    logIn(text, CALLRESULT, messageId, call == null ? null : call.action.name());
    if (call == null) {
      LOG.warn("[{}] dropped CALLRESULT for unknown message id {}", chargePointId, messageId);
      return;
    }
    try {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new OcppDecodeException(ViolationKind.FORMAT, "", "payload is not a JSON object");
      }
      Object response =
          call.action.responseCodec().read(p, new DecodeContext(options.validationMode()));
      if (p.nextToken() != JsonToken.END_ARRAY) {
        throw new OcppDecodeException(
            ViolationKind.FORMAT, "", "a CALLRESULT has exactly 3 elements");
      }
      finish(call, response, null);
    } catch (OcppDecodeException e) {
      finish(call, null, new InvalidResponseException(call.action.name(), e.violation()));
    } catch (JsonProcessingException e) {
      finish(
          call,
          null,
          new InvalidResponseException(
              call.action.name(),
              new Violation(ViolationKind.FORMAT, "", "payload is not valid JSON")));
    }
  }

  private void readCallError(JsonParser p, String text, String messageId) throws IOException {
    OutCall<?> call = outstanding(messageId);
    logIn(text, CALLERROR, messageId, call == null ? null : call.action.name());
    if (call == null) {
      LOG.warn("[{}] dropped CALLERROR for unknown message id {}", chargePointId, messageId);
      return;
    }
    String code = p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : null;
    String description = p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : "";
    ObjectNode details = null;
    if (p.nextToken() == JsonToken.START_OBJECT) {
      details = p.readValueAsTree();
    }
    RpcErrorCode parsed = RpcErrorCode.fromWireName(code).orElse(RpcErrorCode.GENERIC_ERROR);
    finish(call, null, new CallErrorException(parsed, code, description, details));
  }

  private OutCall<?> outstanding(String messageId) {
    synchronized (lock) {
      return inFlight != null && inFlight.messageId.equals(messageId) ? inFlight : null;
    }
  }

  // ---------------------------------------------------------------- sending

  private String encodeCall(OutCall<?> call) throws IOException {
    // The factory's pooled buffers: a fresh BufferRecycler per frame allocates ~8.5 KiB of buffers.
    BufferRecycler recycler = JSON._getBufferRecycler();
    try {
      SegmentedStringWriter w = new SegmentedStringWriter(recycler);
      try (JsonGenerator g = JSON.createGenerator(w)) {
        g.writeStartArray();
        g.writeNumber(CALL);
        g.writeString(call.messageId);
        g.writeString(call.action.name());
        writePayload(g, call.action.requestCodec(), call.request);
        g.writeEndArray();
      }
      return w.getAndClear();
    } finally {
      recycler.releaseToPool();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void writePayload(JsonGenerator g, MessageCodec<T> codec, Object value)
      throws IOException {
    codec.write(g, (T) value);
  }

  private void sendError(
      String messageId, RpcErrorCode code, String description, ObjectNode details) {
    BufferRecycler recycler = JSON._getBufferRecycler();
    try {
      SegmentedStringWriter w = new SegmentedStringWriter(recycler);
      try (JsonGenerator g = JSON.createGenerator(w)) {
        g.writeStartArray();
        g.writeNumber(CALLERROR);
        g.writeString(messageId);
        g.writeString(code.wireName(version));
        g.writeString(description == null ? "" : description);
        if (details == null) {
          g.writeStartObject();
          g.writeEndObject();
        } else {
          g.writeTree(details);
        }
        g.writeEndArray();
      }
      send(w.getAndClear(), CALLERROR, messageId, null);
    } catch (IOException e) {
      LOG.warn("[{}] cannot send CALLERROR: {}", chargePointId, e.toString());
    } finally {
      recycler.releaseToPool();
    }
  }

  private void send(String frame, int typeId, String messageId, String action) throws IOException {
    transport.sendText(frame);
    notifyListener(FrameDirection.OUT, frame, typeId, messageId, action);
  }

  private void logIn(String text, int typeId, String messageId, String action) {
    notifyListener(FrameDirection.IN, text, typeId, messageId, action);
  }

  private void notifyListener(
      FrameDirection direction, String text, int typeId, String messageId, String action) {
    FrameListener listener = options.frameListener();
    if (listener == FrameListener.NONE) {
      return;
    }
    try {
      listener.onFrame(
          new FrameEvent(
              chargePointId, version, direction, clock.instant(), typeId, messageId, action, text));
    } catch (RuntimeException e) {
      LOG.warn("[{}] frame listener failed", chargePointId, e);
    }
  }

  // ---------------------------------------------------------------- closing

  /** Called by the transport when the socket closed: fails the outstanding and queued CALLs. */
  public void onClosed(String reason) {
    OutCall<?> pending;
    OutCall<?>[] queued;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      pending = inFlight;
      inFlight = null;
      queued = queue.toArray(new OutCall<?>[0]);
      queue.clear();
    }
    ConnectionClosedException e = new ConnectionClosedException(reason);
    if (pending != null) {
      if (pending.timeout != null) {
        pending.timeout.cancel(false);
      }
      pending.future.completeExceptionally(e);
    }
    for (OutCall<?> q : queued) {
      q.future.completeExceptionally(e);
    }
  }

  private static Throwable unwrap(Throwable t) {
    while (t instanceof java.util.concurrent.CompletionException
        || t instanceof java.util.concurrent.ExecutionException) {
      if (t.getCause() == null) {
        break;
      }
      t = t.getCause();
    }
    return t;
  }

  private static String truncate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }

  @Override
  public String toString() {
    return "OcppSession[" + chargePointId + ", " + version.subprotocol() + "]";
  }

  private static final class OutCall<R> {
    final String messageId;
    final ActionType<?, ?> action;
    final Object request;
    final CompletableFuture<R> future;
    volatile ScheduledFuture<?> timeout;

    OutCall(
        String messageId, ActionType<?, ?> action, Object request, CompletableFuture<R> future) {
      this.messageId = messageId;
      this.action = action;
      this.request = request;
      this.future = future;
    }
  }
}
