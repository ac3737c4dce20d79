package org.evdepot.ocpp.station.reliability;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.rpc.DaemonThreads;
import org.evdepot.ocpp.internal.rpc.RpcConnection;
import org.evdepot.ocpp.rpc.ConnectionClosedException;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.rpc.SessionListener;
import org.evdepot.ocpp.station.OcppStationClient;
import org.evdepot.ocpp.v16.MeterValuesRequest;
import org.evdepot.ocpp.v16.StartTransactionRequest;
import org.evdepot.ocpp.v16.StartTransactionResponse;
import org.evdepot.ocpp.v16.StopTransactionRequest;
import org.evdepot.ocpp.v201.TransactionEventRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A charging station that keeps its transaction-related messages when the connection fails and
 * boots the way OCPP prescribes. It wraps an {@link OcppStationClient} (which reconnects by itself)
 * and adds:
 *
 * <ul>
 *   <li><b>BootNotification first.</b> After the first connection it sends the configured
 *       BootNotification; on {@code Pending} or {@code Rejected} it waits the response's {@code
 *       interval} (or {@link Builder#bootRetryFallback} when the interval is 0 or the call failed)
 *       and sends it again, until {@code Accepted}. Until then {@link #call} refuses messages that
 *       are not transaction-related with {@link BootNotAcceptedException}, and queued transaction
 *       messages wait. A reconnect of the same process does not boot again (the spec asks for a
 *       BootNotification after a reboot, not after a reconnect).
 *   <li><b>An offline queue for transaction-related messages</b> (1.6 StartTransaction,
 *       StopTransaction, MeterValues with a {@code transactionId}; 2.0.1 TransactionEvent): {@link
 *       #call} writes them to a {@link MessageStore} and returns; they are sent one at a time, in
 *       order, whenever the station is connected and accepted. A message leaves the store only when
 *       its CALLRESULT arrived (the store is updated before the caller's stage completes, so a
 *       message once answered is never sent again, not even after a crash) or after the last try of
 *       its {@link RetryPolicy}. A connection lost while a message is outstanding does not count as
 *       a failed try; the message is sent again after the reconnect, before any newer one.
 * </ul>
 *
 * <h2>OCPP 1.6 transaction ids while offline</h2>
 *
 * A 1.6 CSMS assigns the transaction id in the StartTransaction response, which a station that is
 * offline cannot have. Every queued StartTransaction therefore gets a <em>local</em> id from the
 * store: a negative number (-1, -2, ...) that never repeats for the life of the store, returned by
 * {@link #startTransaction}. Use it as {@code transactionId} in that transaction's MeterValues and
 * StopTransaction. When the StartTransaction's CALLRESULT arrives, the mapping from local to
 * CSMS-assigned id is written to the store (before the StartTransaction is removed from it), and
 * from then on every queued or new message carrying the local id is sent with the CSMS's id
 * instead. The mapping is durable, so a StopTransaction queued after a restart with the local id
 * still finds its transaction. Consequence: negative transaction ids are always read as local ids;
 * a CSMS that assigns negative ids cannot be combined with this queue. If a StartTransaction is
 * dropped, the messages referring to its local id are dropped too.
 *
 * <p>The station owns the {@link OcppStationClient.Builder#sessionListener session listener} of the
 * client it builds; pass yours to {@link Builder#sessionListener}. The store is not closed by
 * {@link #close()}: it belongs to the caller.
 *
 * <pre>{@code
 * ReliableStation station = ReliableStation.builder()
 *     .client(OcppStationClient.builder()
 *         .serverUri(URI.create("ws://csms.example:8887/ocpp"))
 *         .chargePointId("CP-001")
 *         .catalog(V16Actions.CATALOG))
 *     .bootNotification(new BootNotificationRequest("Vendor", "Model", null, ...))
 *     .store(FileMessageStore.open(Path.of("/var/lib/charger/ocpp-queue.journal")))
 *     .retryPolicy(new RetryPolicy(3, Duration.ofSeconds(30)))
 *     .build();
 * station.start();
 * PendingStart start = station.startTransaction(startRequest);   // works offline too
 * station.call(new MeterValuesRequest(1, start.localTransactionId(), values));
 * }</pre>
 */
public final class ReliableStation implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReliableStation.class);

  private final OcppStationClient client;
  private final OcppVersion version;
  private final OcppRequest<?> bootRequest;
  private final MessageStore store;
  private final RetryPolicy retryPolicy;
  private final TaskScheduler scheduler;
  private final ScheduledExecutorService ownScheduler;
  private final Duration bootRetryFallback;
  private final SessionListener userListener;
  private final DeliveryListener deliveryListener;
  private final ExecutorService loop;
  private final Object enqueueLock = new Object();
  private final Map<Integer, Integer> mappings = new ConcurrentHashMap<>();
  private final CompletableFuture<OcppResponse> bootAccepted = new CompletableFuture<>();
  private final java.util.concurrent.atomic.AtomicInteger queued =
      new java.util.concurrent.atomic.AtomicInteger();

  // State below is confined to the loop thread, except the volatile flags read by callers.
  private final ArrayDeque<Entry> queue = new ArrayDeque<>();
  private volatile boolean accepted;
  private volatile boolean closed;
  private boolean connected;
  private boolean bootInFlight;
  private Future<?> bootTimer;
  private Entry inFlight;
  private Future<?> retryTimer;
  private OcppResponse lastBootResponse;

  private ReliableStation(Builder b) {
    this.bootRequest = b.bootRequest;
    this.store = b.store == null ? new InMemoryMessageStore() : b.store;
    this.retryPolicy = b.retryPolicy;
    this.bootRetryFallback = b.bootRetryFallback;
    this.userListener = b.sessionListener;
    this.deliveryListener = b.deliveryListener;
    if (b.scheduler == null) {
      ownScheduler =
          Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("ocpp-reliable-timer"));
      scheduler = TaskScheduler.of(ownScheduler);
    } else {
      ownScheduler = null;
      scheduler = b.scheduler;
    }
    this.client = b.clientBuilder.sessionListener(new Listener()).build();
    this.version = client.version();
    if (bootRequest.actionType().version() != version
        || !"BootNotification".equals(bootRequest.actionType().name())) {
      throw new IllegalArgumentException(
          "bootNotification must be a BootNotification request of "
              + version.subprotocol()
              + ", was "
              + bootRequest.actionType());
    }
    this.loop =
        Executors.newSingleThreadExecutor(
            DaemonThreads.named("ocpp-reliable-" + client.chargePointId()));
    mappings.putAll(store.transactionMappings());
    for (StoredMessage m : store.pending()) {
      queue.add(new Entry(m, decode(m), new CompletableFuture<>()));
    }
    queued.set(queue.size());
    if (!queue.isEmpty()) {
      LOG.info(
          "[{}] {} transaction message(s) queued from an earlier run",
          client.chargePointId(),
          queue.size());
    }
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether OCPP counts {@code request} as transaction-related, i.e. whether {@link #call} queues
   * it: 1.6 StartTransaction, StopTransaction and MeterValues with a {@code transactionId}; 2.0.1
   * TransactionEvent.
   */
  public static boolean isTransactionRelated(OcppRequest<?> request) {
    return request instanceof StartTransactionRequest
        || request instanceof StopTransactionRequest
        || (request instanceof MeterValuesRequest
            && ((MeterValuesRequest) request).transactionId() != null)
        || request instanceof TransactionEventRequest;
  }

  /** Starts connecting (and reconnecting); completes with the first established session. */
  public CompletionStage<OcppSession> start() {
    return client.connect();
  }

  /** The wrapped client, e.g. to answer a TriggerMessage while the boot is still Pending. */
  public OcppStationClient client() {
    return client;
  }

  /** Whether the CSMS has accepted the BootNotification. */
  public boolean isAccepted() {
    return accepted;
  }

  /** Completes with the Accepted BootNotification response (1.6 or 2.0.1 type). */
  public CompletionStage<OcppResponse> whenAccepted() {
    return bootAccepted.copy();
  }

  /**
   * How many transaction-related messages wait for their CALLRESULT (including the one in flight).
   */
  public int queuedMessages() {
    return queued.get();
  }

  /** The CSMS-assigned OCPP 1.6 transaction id of local id {@code localId}, once known. */
  public Optional<Integer> transactionId(int localId) {
    return Optional.ofNullable(mappings.get(localId));
  }

  /**
   * Sends {@code request}. A transaction-related request (see {@link #isTransactionRelated}) is
   * stored and queued, and its stage completes when the CSMS answered it, possibly after
   * reconnects, or fails with {@link MessageDroppedException}. Any other request goes straight to
   * the connection and fails with {@link ConnectionClosedException} while disconnected, or with
   * {@link BootNotAcceptedException} before the boot was accepted.
   *
   * @throws IllegalArgumentException when the request is of another version, is a BootNotification
   *     (the station sends it itself), or is invalid
   * @throws MessageStoreException when a transaction-related request cannot be stored
   */
  public <R extends OcppResponse> CompletionStage<R> call(OcppRequest<R> request) {
    Objects.requireNonNull(request, "request");
    ActionType<?, ?> action = request.actionType();
    if (action.version() != version) {
      throw new IllegalArgumentException(
          action + " cannot be sent by an " + version.subprotocol() + " station");
    }
    if ("BootNotification".equals(action.name())) {
      throw new IllegalArgumentException("the station sends BootNotification itself");
    }
    if (closed) {
      return CompletableFuture.failedFuture(new ConnectionClosedException("station is closed"));
    }
    if (isTransactionRelated(request)) {
      return enqueue(request, null);
    }
    if (!accepted) {
      return CompletableFuture.failedFuture(
          new BootNotAcceptedException(
              action.name() + " cannot be sent before the BootNotification is accepted"));
    }
    return client.call(request);
  }

  /**
   * Queues an OCPP 1.6 StartTransaction and returns the local transaction id to use for it at once
   * (see the class documentation).
   */
  public PendingStart startTransaction(StartTransactionRequest request) {
    if (version != OcppVersion.V16) {
      throw new IllegalArgumentException("StartTransaction is an OCPP 1.6 message");
    }
    int[] local = new int[1];
    CompletionStage<StartTransactionResponse> response = enqueue(request, local);
    return new PendingStart(local[0], response);
  }

  @SuppressWarnings("unchecked")
  private <R extends OcppResponse> CompletionStage<R> enqueue(
      OcppRequest<R> request, int[] localOut) {
    ActionType<?, ?> action = request.actionType();
    List<Violation> violations = validate(action, request);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("invalid " + action.name() + " request: " + violations);
    }
    CompletableFuture<OcppResponse> future = new CompletableFuture<>();
    synchronized (enqueueLock) {
      OcppRequest<?> toStore = request;
      Integer local = null;
      if (request instanceof StartTransactionRequest) {
        local = store.allocateLocalTransactionId();
      } else {
        Integer txId = transactionIdOf16(request);
        if (txId != null && txId < 0) {
          Integer assigned = mappings.get(txId);
          if (assigned != null) {
            toStore = withTransactionId(request, assigned);
          } else {
            local = txId;
          }
        }
      }
      StoredMessage stored = store.append(version, action.name(), encode(action, toStore), local);
      if (localOut != null) {
        localOut[0] = local;
      }
      Entry e = new Entry(stored, toStore, future);
      queued.incrementAndGet();
      loop.execute(
          () -> {
            queue.add(e);
            pump();
          });
    }
    return (CompletionStage<R>) (CompletionStage<?>) future;
  }

  // ---------------------------------------------------------------- queue (loop thread)

  private void pump() {
    if (closed || !connected || !accepted || inFlight != null || retryTimer != null) {
      return;
    }
    Entry e = queue.peek();
    if (e == null) {
      return;
    }
    OcppRequest<?> request = resolve(e);
    if (request == null) {
      return;
    }
    inFlight = e;
    CompletionStage<? extends OcppResponse> stage;
    try {
      stage = client.call(request);
    } catch (RuntimeException ex) {
      stage = CompletableFuture.failedFuture(ex);
    }
    stage.whenComplete((resp, err) -> runInLoop(() -> onResult(e, request, resp, err)));
  }

  /** The request to send for the head entry, with local ids replaced; null if it was dropped. */
  private OcppRequest<?> resolve(Entry e) {
    Integer local = e.stored.localTransactionId();
    if (local == null || e.request instanceof StartTransactionRequest) {
      return e.request;
    }
    Integer assigned = mappings.get(local);
    if (assigned == null) {
      drop(
          e,
          new MessageDroppedException(
              e.stored.sequence(),
              e.stored.action()
                  + " refers to local transaction "
                  + local
                  + " whose StartTransaction was not delivered",
              null));
      runInLoop(this::pump);
      return null;
    }
    return withTransactionId(e.request, assigned);
  }

  private void onResult(Entry e, OcppRequest<?> sent, OcppResponse response, Throwable error) {
    inFlight = null;
    if (closed) {
      return;
    }
    Throwable cause = unwrap(error);
    if (cause == null) {
      delivered(e, sent, response);
      pump();
      return;
    }
    if (cause instanceof ConnectionClosedException) {
      LOG.debug(
          "[{}] {} #{} not answered before the connection closed; will resend",
          client.chargePointId(),
          e.stored.action(),
          e.stored.sequence());
      if (client.isOpen()) {
        pump();
      }
      return;
    }
    if (cause instanceof IllegalArgumentException) {
      drop(e, new MessageDroppedException(e.stored.sequence(), "cannot be sent", cause));
      pump();
      return;
    }
    int attempts = e.attempts + 1;
    e.attempts = attempts;
    if (attempts >= retryPolicy.attempts()) {
      drop(
          e,
          new MessageDroppedException(
              e.stored.sequence(),
              e.stored.action() + " dropped after " + attempts + " failed attempt(s)",
              cause));
      pump();
      return;
    }
    try {
      store.recordAttempts(e.stored.sequence(), attempts);
    } catch (MessageStoreException ex) {
      LOG.error("[{}] cannot record a failed attempt", client.chargePointId(), ex);
    }
    Duration delay = retryPolicy.delayAfter(attempts);
    LOG.info(
        "[{}] {} #{} failed ({}); attempt {} of {} in {}",
        client.chargePointId(),
        e.stored.action(),
        e.stored.sequence(),
        cause.toString(),
        attempts + 1,
        retryPolicy.attempts(),
        delay);
    retryTimer =
        scheduler.schedule(
            delay,
            () ->
                runInLoop(
                    () -> {
                      retryTimer = null;
                      pump();
                    }));
  }

  private void delivered(Entry e, OcppRequest<?> sent, OcppResponse response) {
    Throwable storeError = null;
    try {
      Integer local = e.stored.localTransactionId();
      if (local != null && response instanceof StartTransactionResponse) {
        int assigned = ((StartTransactionResponse) response).transactionId();
        // The mapping is durable before the StartTransaction leaves the store: a crash in between
        // resends the StartTransaction but never loses the id of its queued followers.
        store.mapTransaction(local, assigned);
        mappings.put(local, assigned);
      }
      store.remove(e.stored.sequence());
    } catch (MessageStoreException ex) {
      LOG.error("[{}] cannot acknowledge {} in the store", client.chargePointId(), e, ex);
      storeError = ex;
    }
    queue.poll();
    queued.decrementAndGet();
    if (storeError != null) {
      e.future.completeExceptionally(storeError);
      return;
    }
    e.future.complete(response);
    try {
      deliveryListener.onDelivered(e.stored, sent, response);
    } catch (RuntimeException ex) {
      LOG.warn("delivery listener failed", ex);
    }
  }

  private void drop(Entry e, MessageDroppedException reason) {
    LOG.warn("[{}] {}", client.chargePointId(), reason.getMessage());
    try {
      store.remove(e.stored.sequence());
    } catch (MessageStoreException ex) {
      LOG.error("[{}] cannot remove a dropped message", client.chargePointId(), ex);
    }
    queue.remove(e);
    queued.decrementAndGet();
    e.future.completeExceptionally(reason);
    try {
      deliveryListener.onDropped(e.stored, reason);
    } catch (RuntimeException ex) {
      LOG.warn("delivery listener failed", ex);
    }
  }

  // ---------------------------------------------------------------- boot (loop thread)

  private void sendBoot() {
    if (closed || bootInFlight || accepted) {
      return;
    }
    bootInFlight = true;
    CompletionStage<? extends OcppResponse> stage;
    try {
      stage = client.call(bootRequest);
    } catch (RuntimeException ex) {
      stage = CompletableFuture.failedFuture(ex);
    }
    stage.whenComplete((resp, err) -> runInLoop(() -> onBoot(resp, err)));
  }

  private void onBoot(OcppResponse response, Throwable error) {
    bootInFlight = false;
    if (closed) {
      return;
    }
    Throwable cause = unwrap(error);
    if (cause instanceof ConnectionClosedException) {
      return; // sent again when the connection is back
    }
    if (cause != null) {
      LOG.info("[{}] BootNotification failed: {}", client.chargePointId(), cause.toString());
      scheduleBoot(bootRetryFallback);
      return;
    }
    lastBootResponse = response;
    String status = BootStatus.status(response);
    int interval = BootStatus.interval(response);
    if ("Accepted".equals(status)) {
      LOG.info(
          "[{}] BootNotification accepted (heartbeat interval {} s)",
          client.chargePointId(),
          interval);
      accepted = true;
      bootAccepted.complete(response);
      pump();
      return;
    }
    Duration wait = interval > 0 ? Duration.ofSeconds(interval) : bootRetryFallback;
    LOG.info("[{}] BootNotification {}; retrying in {}", client.chargePointId(), status, wait);
    scheduleBoot(wait);
  }

  private void scheduleBoot(Duration wait) {
    bootTimer =
        scheduler.schedule(
            wait,
            () ->
                runInLoop(
                    () -> {
                      bootTimer = null;
                      if (connected) {
                        sendBoot();
                      }
                    }));
  }

  /** The last BootNotification response received (Pending, Rejected or Accepted), if any. */
  public Optional<OcppResponse> lastBootResponse() {
    CompletableFuture<OcppResponse> f = new CompletableFuture<>();
    runInLoop(() -> f.complete(lastBootResponse));
    try {
      return Optional.ofNullable(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------- connection events

  private final class Listener implements SessionListener {
    @Override
    public void onOpen(OcppSession session) {
      runInLoop(
          () -> {
            connected = true;
            if (!accepted) {
              if (bootTimer == null) {
                sendBoot();
              }
            } else {
              pump();
            }
          });
      try {
        userListener.onOpen(session);
      } catch (RuntimeException e) {
        LOG.warn("session listener failed", e);
      }
    }

    @Override
    public void onClose(OcppSession session, int code, String reason) {
      runInLoop(() -> connected = false);
      try {
        userListener.onClose(session, code, reason);
      } catch (RuntimeException e) {
        LOG.warn("session listener failed", e);
      }
    }
  }

  private void runInLoop(Runnable task) {
    try {
      loop.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              LOG.error("[{}] queue task failed", client.chargePointId(), e);
            }
          });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      LOG.debug("station closed; task dropped");
    }
  }

  /**
   * Closes the connection and stops. Queued messages stay in the store (their callers' stages fail
   * with {@link ConnectionClosedException}); the store itself is left open.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    CompletableFuture<Void> drained = new CompletableFuture<>();
    runInLoop(
        () -> {
          if (bootTimer != null) {
            bootTimer.cancel(false);
          }
          if (retryTimer != null) {
            retryTimer.cancel(false);
          }
          ConnectionClosedException ex =
              new ConnectionClosedException("station closed; the message stays in the store");
          for (Entry e : queue) {
            e.future.completeExceptionally(ex);
          }
          bootAccepted.completeExceptionally(new ConnectionClosedException("station closed"));
          drained.complete(null);
        });
    try {
      drained.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      LOG.debug("close", e);
    }
    client.close();
    loop.shutdown();
    if (ownScheduler != null) {
      ownScheduler.shutdownNow();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Integer transactionIdOf16(OcppRequest<?> r) {
    if (r instanceof MeterValuesRequest) {
      return ((MeterValuesRequest) r).transactionId();
    }
    if (r instanceof StopTransactionRequest) {
      return ((StopTransactionRequest) r).transactionId();
    }
    return null;
  }

  private static OcppRequest<?> withTransactionId(OcppRequest<?> r, int id) {
    if (r instanceof MeterValuesRequest) {
      MeterValuesRequest m = (MeterValuesRequest) r;
      return new MeterValuesRequest(m.connectorId(), id, m.meterValue());
    }
    if (r instanceof StopTransactionRequest) {
      StopTransactionRequest s = (StopTransactionRequest) r;
      return new StopTransactionRequest(
          s.idTag(), s.meterStop(), s.timestamp(), id, s.reason(), s.transactionData());
    }
    return r;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Violation> validate(ActionType action, OcppRequest<?> request) {
    return action.requestCodec().validate(request);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String encode(ActionType action, OcppRequest<?> request) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = RpcConnection.JSON.createGenerator(w)) {
      ((MessageCodec) action.requestCodec()).write(g, request);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot encode " + action.name(), e);
    }
    return w.toString();
  }

  private OcppRequest<?> decode(StoredMessage m) {
    if (m.version() != version) {
      throw new MessageStoreException(
          "stored message #" + m.sequence() + " is " + m.version() + ", station speaks " + version);
    }
    ActionType<?, ?> action =
        version
            .catalog()
            .find(m.action())
            .orElseThrow(
                () -> new MessageStoreException("stored message has unknown action " + m.action()));
    try (JsonParser p = RpcConnection.JSON.createParser(m.payload())) {
      p.nextToken();
      return (OcppRequest<?>) action.requestCodec().read(p, DecodeContext.strict());
    } catch (IOException | RuntimeException e) {
      throw new MessageStoreException("cannot decode stored message #" + m.sequence(), e);
    }
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static final class Entry {
    final StoredMessage stored;
    final OcppRequest<?> request;
    final CompletableFuture<OcppResponse> future;
    int attempts;

    Entry(StoredMessage stored, OcppRequest<?> request, CompletableFuture<OcppResponse> future) {
      this.stored = stored;
      this.request = request;
      this.future = future;
      this.attempts = stored.attempts();
    }

    @Override
    public String toString() {
      return stored.action() + " #" + stored.sequence();
    }
  }

  /** Builder of {@link ReliableStation}. */
  public static final class Builder {
    private OcppStationClient.Builder clientBuilder;
    private OcppRequest<?> bootRequest;
    private MessageStore store;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private TaskScheduler scheduler;
    private Duration bootRetryFallback = Duration.ofSeconds(30);
    private SessionListener sessionListener = new SessionListener() {};
    private DeliveryListener deliveryListener = new DeliveryListener() {};

    private Builder() {}

    /**
     * The client to wrap, not built yet: the station installs its own session listener and builds
     * it.
     */
    public Builder client(OcppStationClient.Builder clientBuilder) {
      this.clientBuilder = Objects.requireNonNull(clientBuilder, "client");
      return this;
    }

    /** The BootNotification request to send (1.6 or 2.0.1, matching the client's catalog). */
    public Builder bootNotification(OcppRequest<?> request) {
      this.bootRequest = Objects.requireNonNull(request, "bootNotification");
      return this;
    }

    /** Where queued messages are kept (default a new {@link InMemoryMessageStore}). */
    public Builder store(MessageStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Tries and wait between tries for transaction messages (default 3 tries, 60 s). */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /** Runs the boot and message retries (default: a private timer thread). */
    public Builder scheduler(TaskScheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * How long to wait before sending BootNotification again when the CSMS gave no usable interval
     * (0) or the call failed (default 30 s).
     */
    public Builder bootRetryFallback(Duration wait) {
      Objects.requireNonNull(wait, "bootRetryFallback");
      if (wait.isNegative() || wait.isZero()) {
        throw new IllegalArgumentException("bootRetryFallback must be positive, was " + wait);
      }
      this.bootRetryFallback = wait;
      return this;
    }

    /** Told when connections open and close. */
    public Builder sessionListener(SessionListener listener) {
      this.sessionListener = Objects.requireNonNull(listener, "sessionListener");
      return this;
    }

    /** Told the outcome of every queued message. */
    public Builder deliveryListener(DeliveryListener listener) {
      this.deliveryListener = Objects.requireNonNull(listener, "deliveryListener");
      return this;
    }

    /**
     * Builds the station (and its client) and loads the messages left in the store.
     *
     * @throws IllegalStateException when the client or the boot request is missing
     */
    public ReliableStation build() {
      if (clientBuilder == null) {
        throw new IllegalStateException("client is required");
      }
      if (bootRequest == null) {
        throw new IllegalStateException("bootNotification is required");
      }
      return new ReliableStation(this);
    }
  }
}
