package org.evdepot.ocpp.station;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpp.ActionCatalog;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.internal.rpc.DaemonThreads;
import org.evdepot.ocpp.internal.rpc.RpcConnection;
import org.evdepot.ocpp.internal.rpc.TyrusTransport;
import org.evdepot.ocpp.rpc.ConnectionClosedException;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.rpc.RpcOptions;
import org.evdepot.ocpp.rpc.SessionListener;
import org.glassfish.tyrus.client.ClientManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The charging station side: a WebSocket client (Tyrus) that connects to a CSMS at {@code
 * <serverUri>/<chargePointId>} with one OCPP subprotocol and, optionally, HTTP Basic credentials
 * (security profile 1), and reconnects with exponential backoff and jitter whenever the connection
 * drops, until {@link #close()}.
 *
 * <p>The client is itself an {@link OcppSession}: {@link #call} goes over the current connection,
 * and fails with {@link ConnectionClosedException} while disconnected.
 *
 * <pre>{@code
 * OcppStationClient station = OcppStationClient.builder()
 *     .serverUri(URI.create("ws://localhost:8887/ocpp"))
 *     .chargePointId("CP-001")
 *     .catalog(V16Actions.CATALOG)
 *     .handlers(handlers)
 *     .build();
 * station.connect().toCompletableFuture().get(10, SECONDS);
 * BootNotificationResponse boot = station.call(bootRequest).toCompletableFuture().get();
 * }</pre>
 */
public final class OcppStationClient implements OcppSession, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OcppStationClient.class);

  private final URI endpoint;
  private final String chargePointId;
  private final ActionCatalog catalog;
  private final Handlers handlers;
  private final RpcOptions rpcOptions;
  private final String basicAuthHeader;
  private final Duration minBackoff;
  private final Duration maxBackoff;
  private final Duration pingInterval;
  private final Duration idleTimeout;
  private final int maxFrameSize;
  private final SessionListener sessionListener;
  private final Clock clock;
  private final ClientManager tyrus;
  private final boolean sharedContainer;
  private final ScheduledExecutorService scheduler;

  private final Object lock = new Object();
  private RpcConnection current;
  private TyrusTransport currentTransport;
  private CompletableFuture<OcppSession> connected = new CompletableFuture<>();
  private boolean started;
  private boolean closed;
  private int attempt;
  private ScheduledFuture<?> pinger;

  /** {@link System#nanoTime()} of the last frame or pong received on the current connection. */
  private volatile long lastReceived;

  private OcppStationClient(Builder b) {
    String base = b.serverUri.toString();
    if (!base.endsWith("/")) {
      base = base + "/";
    }
    this.endpoint =
        URI.create(
            base + URLEncoder.encode(b.chargePointId, StandardCharsets.UTF_8).replace("+", "%20"));
    this.chargePointId = b.chargePointId;
    this.catalog = b.catalog;
    this.handlers = b.handlers;
    this.rpcOptions = b.rpcOptions;
    this.basicAuthHeader =
        b.password == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (b.chargePointId + ":" + b.password).getBytes(StandardCharsets.UTF_8));
    this.minBackoff = b.minBackoff;
    this.maxBackoff = b.maxBackoff;
    this.pingInterval = b.pingInterval;
    this.idleTimeout =
        b.idleTimeout != null
            ? b.idleTimeout
            : b.pingInterval.isZero() ? Duration.ZERO : b.pingInterval.multipliedBy(3);
    this.maxFrameSize = b.maxFrameSize;
    this.sessionListener = b.sessionListener;
    this.clock = b.clock;
    this.sharedContainer = b.sharedContainer;
    this.tyrus = ClientManager.createClient();
    if (b.sharedContainer) {
      // One Grizzly transport for every client of the process instead of one each.
      this.tyrus
          .getProperties()
          .put(org.glassfish.tyrus.client.ClientProperties.SHARED_CONTAINER, true);
    }
    if (b.sslContext != null) {
      // Client mode; the server's host name is verified against its certificate.
      this.tyrus
          .getProperties()
          .put(
              org.glassfish.tyrus.client.ClientProperties.SSL_ENGINE_CONFIGURATOR,
              new org.glassfish.tyrus.client.SslEngineConfigurator(
                  b.sslContext, true, false, false));
    }
    // A handshake that never completes (e.g. a server caught mid-shutdown) must not stall
    // reconnects.
    this.tyrus
        .getProperties()
        .put(
            org.glassfish.tyrus.client.ClientProperties.HANDSHAKE_TIMEOUT,
            b.handshakeTimeout.toMillis());
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("ocpp-station-" + chargePointId));
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The URL this client connects to. */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Starts connecting (and reconnecting after every drop). The stage completes with the first
   * established session, or exceptionally when the client is closed before one was established.
   * Calling it again returns the stage of the current connection attempt.
   */
  public CompletionStage<OcppSession> connect() {
    synchronized (lock) {
      if (closed) {
        return CompletableFuture.failedFuture(new ConnectionClosedException("client is closed"));
      }
      if (!started) {
        started = true;
        scheduler.execute(this::attemptConnect);
      }
      return connected;
    }
  }

  /** A stage completing when the client is (or next becomes) connected. */
  public CompletionStage<OcppSession> whenConnected() {
    synchronized (lock) {
      return connected;
    }
  }

  private void attemptConnect() {
    synchronized (lock) {
      if (closed) {
        return;
      }
    }
    ClientEndpointConfig config =
        ClientEndpointConfig.Builder.create()
            .preferredSubprotocols(List.of(catalog.version().subprotocol()))
            .configurator(
                new ClientEndpointConfig.Configurator() {
                  @Override
                  public void beforeRequest(Map<String, List<String>> headers) {
                    if (basicAuthHeader != null) {
                      headers.put("Authorization", List.of(basicAuthHeader));
                    }
                  }
                })
            .build();
    try {
      tyrus.connectToServer(new StationEndpoint(), config, endpoint);
    } catch (DeploymentException | IOException | RuntimeException e) {
      LOG.info("[{}] cannot connect to {}: {}", chargePointId, endpoint, e.getMessage());
      scheduleReconnect();
    }
  }

  private void scheduleReconnect() {
    long delay;
    synchronized (lock) {
      if (closed) {
        return;
      }
      delay = backoffMillis(attempt++);
    }
    LOG.debug("[{}] reconnecting in {} ms", chargePointId, delay);
    try {
      scheduler.schedule(this::attemptConnect, delay, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      LOG.debug("[{}] not reconnecting: client closed", chargePointId);
    }
  }

  private long backoffMillis(int attempt) {
    return backoffMillis(
        attempt, minBackoff.toMillis(), maxBackoff.toMillis(), ThreadLocalRandom.current());
  }

  /**
   * Exponential backoff with jitter: the base doubles per attempt from {@code min} up to {@code
   * max}, and the delay is drawn uniformly from [base/2, base].
   */
  static long backoffMillis(
      int attempt, long min, long max, java.util.random.RandomGenerator random) {
    long base = min << Math.min(attempt, 20);
    if (base <= 0 || base > max) {
      base = max;
    }
    long half = base / 2;
    return half + random.nextLong(base - half + 1);
  }

  private void opened(Session session) {
    if (!catalog.version().subprotocol().equals(session.getNegotiatedSubprotocol())) {
      LOG.warn(
          "[{}] server did not accept subprotocol {} (got '{}')",
          chargePointId,
          catalog.version().subprotocol(),
          session.getNegotiatedSubprotocol());
      try {
        session.close(new CloseReason(CloseReason.CloseCodes.PROTOCOL_ERROR, "subprotocol"));
      } catch (IOException e) {
        LOG.debug("close failed", e);
      }
      return;
    }
    session.setMaxTextMessageBufferSize(maxFrameSize);
    TyrusTransport transport = new TyrusTransport(session, null);
    RpcConnection rpc =
        new RpcConnection(
            chargePointId, catalog, false, handlers, rpcOptions, scheduler, transport, clock);
    session.getUserProperties().put(RpcConnection.class.getName(), rpc);
    lastReceived = System.nanoTime();
    session.addMessageHandler(
        String.class,
        (String text) -> {
          lastReceived = System.nanoTime();
          rpc.onText(text);
        });
    session.addMessageHandler(
        jakarta.websocket.PongMessage.class,
        (jakarta.websocket.PongMessage pong) -> lastReceived = System.nanoTime());
    CompletableFuture<OcppSession> toComplete;
    synchronized (lock) {
      if (closed) {
        transport.close(1000, "client closed");
        return;
      }
      current = rpc;
      currentTransport = transport;
      attempt = 0;
      toComplete = connected;
      if (!pingInterval.isZero() || !idleTimeout.isZero()) {
        long ms = keepAlivePeriodMillis();
        pinger =
            scheduler.scheduleAtFixedRate(
                () -> keepAlive(session, rpc, transport), ms, ms, TimeUnit.MILLISECONDS);
      }
    }
    LOG.info(
        "[{}] connected to {} with {}", chargePointId, endpoint, catalog.version().subprotocol());
    try {
      sessionListener.onOpen(rpc);
    } catch (RuntimeException e) {
      LOG.warn("session listener failed", e);
    }
    rpcOptions.handlerExecutor().execute(() -> toComplete.complete(this));
  }

  private long keepAlivePeriodMillis() {
    long period = pingInterval.isZero() ? Long.MAX_VALUE : pingInterval.toMillis();
    if (!idleTimeout.isZero()) {
      period = Math.min(period, Math.max(10, idleTimeout.toMillis() / 4));
    }
    return Math.max(10, period);
  }

  private long lastPinged;

  /**
   * Pings when due and drops a connection that has received nothing (no frame, no pong) for the
   * idle timeout: a half-open TCP connection (a NAT or mobile network that lost the flow) never
   * reports a close by itself. The client then reconnects.
   */
  private void keepAlive(Session session, RpcConnection rpc, TyrusTransport transport) {
    long now = System.nanoTime();
    if (!idleTimeout.isZero() && now - lastReceived > idleTimeout.toNanos()) {
      LOG.info(
          "[{}] nothing received for {} ms, dropping the connection",
          chargePointId,
          idleTimeout.toMillis());
      transport.close(1001, "idle timeout");
      // The close handshake cannot complete over a dead connection: act on it now; the runtime's
      // own onClose, if it ever comes, finds the connection already replaced and is ignored.
      closedSession(session, new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "idle timeout"));
      return;
    }
    if (!pingInterval.isZero() && now - lastPinged >= pingInterval.toNanos()) {
      lastPinged = now;
      transport.ping();
    }
  }

  private void closedSession(Session session, CloseReason reason) {
    RpcConnection rpc =
        (RpcConnection) session.getUserProperties().get(RpcConnection.class.getName());
    if (rpc == null) {
      scheduleReconnect();
      return;
    }
    synchronized (lock) {
      if (current != rpc) {
        return; // already handled (idle timeout, or the client was closed)
      }
      current = null;
      currentTransport = null;
      if (pinger != null) {
        pinger.cancel(false);
        pinger = null;
      }
      if (connected.isDone()) {
        connected = new CompletableFuture<>();
      }
    }
    rpc.onClosed("connection closed: " + reason.getReasonPhrase());
    LOG.info(
        "[{}] disconnected ({} {})",
        chargePointId,
        reason.getCloseCode().getCode(),
        reason.getReasonPhrase());
    try {
      sessionListener.onClose(rpc, reason.getCloseCode().getCode(), reason.getReasonPhrase());
    } catch (RuntimeException e) {
      LOG.warn("session listener failed", e);
    }
    scheduleReconnect();
  }

  @Override
  public String chargePointId() {
    return chargePointId;
  }

  @Override
  public OcppVersion version() {
    return catalog.version();
  }

  @Override
  public SocketAddress remoteAddress() {
    return null;
  }

  @Override
  public boolean isOpen() {
    synchronized (lock) {
      return current != null && current.isOpen();
    }
  }

  @Override
  public <R extends OcppResponse> CompletionStage<R> call(OcppRequest<R> request) {
    RpcConnection rpc;
    synchronized (lock) {
      rpc = current;
    }
    if (rpc == null) {
      return CompletableFuture.failedFuture(
          new ConnectionClosedException(chargePointId + " is not connected"));
    }
    return rpc.call(request);
  }

  /**
   * Drops the current connection without closing the client, as a network failure would; the client
   * reconnects. For tests and for applying a changed configuration.
   */
  public void disconnect() {
    TyrusTransport t;
    synchronized (lock) {
      t = currentTransport;
    }
    if (t != null) {
      t.close(1001, "reconnecting");
    }
  }

  /** Closes the connection and stops reconnecting. */
  @Override
  public void close() {
    RpcConnection rpc;
    CompletableFuture<OcppSession> pending;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      rpc = current;
      current = null;
      pending = connected;
    }
    if (rpc != null) {
      rpc.close();
    }
    pending.completeExceptionally(new ConnectionClosedException("client closed"));
    scheduler.shutdownNow();
    if (!sharedContainer) {
      // A shared container stops by itself once idle; shutting it down here would cut the other
      // clients that use it.
      tyrus.shutdown();
    }
  }

  private final class StationEndpoint extends Endpoint {
    @Override
    public void onOpen(Session session, EndpointConfig config) {
      opened(session);
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
      closedSession(session, closeReason);
    }

    @Override
    public void onError(Session session, Throwable thr) {
      LOG.debug("[{}] WebSocket error: {}", chargePointId, thr.toString());
    }
  }

  /** Builder of {@link OcppStationClient}. */
  public static final class Builder {
    private URI serverUri;
    private String chargePointId;
    private ActionCatalog catalog;
    private Handlers handlers = Handlers.none();
    private RpcOptions rpcOptions = RpcOptions.defaults();
    private String password;
    private javax.net.ssl.SSLContext sslContext;
    private Duration minBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofMinutes(2);
    private Duration pingInterval = Duration.ZERO;
    private Duration idleTimeout;
    private Duration handshakeTimeout = Duration.ofSeconds(30);
    private boolean sharedContainer;
    private int maxFrameSize = 256 * 1024;
    private SessionListener sessionListener = new SessionListener() {};
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The CSMS URL without the charge point id, e.g. {@code ws://csms.example:8887/ocpp}. */
    public Builder serverUri(URI uri) {
      Objects.requireNonNull(uri, "serverUri");
      if (!"ws".equals(uri.getScheme()) && !"wss".equals(uri.getScheme())) {
        throw new IllegalArgumentException("serverUri must be ws:// or wss://, was " + uri);
      }
      this.serverUri = uri;
      return this;
    }

    /** This station's identity (the last path segment of the URL). */
    public Builder chargePointId(String id) {
      Objects.requireNonNull(id, "chargePointId");
      if (id.isEmpty() || id.length() > 48) {
        throw new IllegalArgumentException(
            "chargePointId must have 1..48 characters, was '" + id + "'");
      }
      this.chargePointId = id;
      return this;
    }

    /** The version to speak, given by its catalog ({@code V16Actions.CATALOG}...). */
    public Builder catalog(ActionCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /** Handlers for the CSMS's CALLs. */
    public Builder handlers(Handlers handlers) {
      this.handlers = Objects.requireNonNull(handlers, "handlers");
      return this;
    }

    /** RPC settings. */
    public Builder rpcOptions(RpcOptions options) {
      this.rpcOptions = Objects.requireNonNull(options, "rpcOptions");
      return this;
    }

    /** HTTP Basic password (user name = charge point id, security profile 1). */
    public Builder basicAuthPassword(String password) {
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * TLS for a {@code wss://} server URI: the context's trust managers verify the CSMS (security
     * profile 2); its key managers present this station's certificate when the CSMS asks for one
     * (profile 3, the certificate's CN being the charge point id).
     */
    public Builder tls(javax.net.ssl.SSLContext context) {
      this.sslContext = Objects.requireNonNull(context, "sslContext");
      return this;
    }

    /** Reconnect backoff: first delay and cap (defaults 1 s and 2 min). */
    public Builder reconnectBackoff(Duration min, Duration max) {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
        throw new IllegalArgumentException(
            "backoff needs 0 < min <= max, was min=" + min + " max=" + max);
      }
      this.minBackoff = min;
      this.maxBackoff = max;
      return this;
    }

    /**
     * Whether this client shares one Tyrus/Grizzly client container with every other client of the
     * process that also sets it (default false: a container each). Many simulated stations in one
     * JVM want it: a container each costs threads and about 180 KiB per station.
     */
    public Builder sharedContainer(boolean shared) {
      this.sharedContainer = shared;
      return this;
    }

    /**
     * How long to wait for the WebSocket handshake of one connection attempt before giving up and
     * scheduling the next (default 30 s).
     */
    public Builder handshakeTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "handshakeTimeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("handshakeTimeout must be positive, was " + timeout);
      }
      this.handshakeTimeout = timeout;
      return this;
    }

    /** WebSocket ping interval (default: none, the CSMS pings). */
    public Builder pingInterval(Duration interval) {
      if (interval.isNegative()) {
        throw new IllegalArgumentException("pingInterval must not be negative, was " + interval);
      }
      this.pingInterval = interval;
      return this;
    }

    /**
     * Drops a connection from which nothing (no frame, no pong) arrived for this long, and
     * reconnects: how a half-open connection is noticed. Default: three ping intervals when {@link
     * #pingInterval} is set, otherwise none. {@link Duration#ZERO} turns it off.
     */
    public Builder idleTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("idleTimeout must not be negative, was " + timeout);
      }
      this.idleTimeout = timeout;
      return this;
    }

    /** The largest text frame accepted (default 256 KiB). */
    public Builder maxFrameSize(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxFrameSize must be at least 1024, was " + bytes);
      }
      this.maxFrameSize = bytes;
      return this;
    }

    /** Told when connections open and close. */
    public Builder sessionListener(SessionListener listener) {
      this.sessionListener = Objects.requireNonNull(listener, "sessionListener");
      return this;
    }

    /** Clock for frame events. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Validates and builds (does not connect). */
    public OcppStationClient build() {
      if (serverUri == null) {
        throw new IllegalStateException("serverUri is required");
      }
      if (chargePointId == null) {
        throw new IllegalStateException("chargePointId is required");
      }
      if (catalog == null) {
        throw new IllegalStateException("catalog is required");
      }
      if ("wss".equals(serverUri.getScheme()) && sslContext == null) {
        try {
          sslContext = javax.net.ssl.SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException("no default TLS context for " + serverUri, e);
        }
      }
      return new OcppStationClient(this);
    }
  }
}
