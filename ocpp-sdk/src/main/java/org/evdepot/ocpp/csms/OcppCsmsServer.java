package org.evdepot.ocpp.csms;

import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpp.ActionCatalog;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.ValidationMode;
import org.evdepot.ocpp.internal.rpc.DaemonThreads;
import org.evdepot.ocpp.internal.rpc.GrizzlyWebSocketServer;
import org.evdepot.ocpp.internal.rpc.RpcConnection;
import org.evdepot.ocpp.internal.rpc.TyrusTransport;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.rpc.RpcOptions;
import org.evdepot.ocpp.rpc.SessionListener;
import org.glassfish.tyrus.core.HandshakeException;
import org.glassfish.tyrus.spi.UpgradeResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSMS side: a WebSocket server (Tyrus on Grizzly) that chargers connect to at {@code
 * ws://host:port/<basePath>/<chargePointId>}.
 *
 * <ul>
 *   <li>Subprotocol negotiation: the first of the charger's offered subprotocols that the server
 *       supports wins; a handshake offering none is refused with HTTP 400 (OCPP-J 1.6 section
 *       3.1.2, 2.0.1 part 4 section 3.1.2).
 *   <li>Authentication: the {@link ChargerAuthenticator} sees the charge point id and the HTTP
 *       Basic credentials and may refuse the upgrade (401 by default).
 *   <li>A charger that connects again replaces its previous session, which is closed.
 *   <li>TLS ({@code wss://}) with {@link Builder#tls} (security profile 2) or {@link
 *       Builder#mutualTls} with the client certificate's CN bound to the charge point id (profile
 *       3).
 *   <li>Pings every {@code pingInterval}; a connection idle for {@code idleTimeout} is closed;
 *       frames above {@code maxFrameSize} close the connection with 1009 (message too big).
 * </ul>
 *
 * <pre>{@code
 * OcppCsmsServer server = OcppCsmsServer.builder()
 *     .port(8887).basePath("/ocpp")
 *     .version(V16Actions.CATALOG, handlers16)
 *     .build();
 * server.start();
 * }</pre>
 */
public final class OcppCsmsServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OcppCsmsServer.class);
  private static final String PATH_PARAM = "chargePointId";

  private final String host;
  private final int port;
  private final javax.net.ssl.SSLContext sslContext;
  private final boolean requireClientCertificate;
  private final String basePath;
  private final Map<OcppVersion, ActionCatalog> catalogs;
  private final Map<OcppVersion, Handlers> handlers;
  private final List<String> subprotocols;
  private final ChargerAuthenticator authenticator;
  private final SessionListener sessionListener;
  private final RpcOptions rpcOptions;
  private final java.util.function.Function<String, ValidationMode> validationModes;
  private final Duration pingInterval;
  private final Duration idleTimeout;
  private final int maxFrameSize;
  private final Clock clock;

  private final ConcurrentHashMap<String, Connection> sessions = new ConcurrentHashMap<>();
  private GrizzlyWebSocketServer container;
  private ScheduledExecutorService scheduler;
  private ScheduledFuture<?> pinger;

  private OcppCsmsServer(Builder b) {
    this.host = b.host;
    this.port = b.port;
    this.sslContext = b.sslContext;
    this.requireClientCertificate = b.requireClientCertificate;
    this.basePath = b.basePath;
    this.catalogs = new EnumMap<>(b.catalogs);
    this.handlers = new EnumMap<>(b.handlers);
    List<String> protocols = new ArrayList<>();
    for (OcppVersion v : b.catalogs.keySet()) {
      protocols.add(v.subprotocol());
    }
    this.subprotocols = List.copyOf(protocols);
    this.authenticator = b.authenticator;
    this.sessionListener = b.sessionListener;
    this.rpcOptions = b.rpcOptions;
    this.validationModes = b.validationModes;
    this.pingInterval = b.pingInterval;
    this.idleTimeout = b.idleTimeout;
    this.maxFrameSize = b.maxFrameSize;
    this.clock = b.clock;
  }

  /** A builder with the defaults: port 8887, no base path, strict validation. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening on the configured host and port.
   *
   * @throws IllegalStateException when already started
   * @throws java.io.UncheckedIOException when the port cannot be bound
   */
  public synchronized void start() {
    if (container != null) {
      throw new IllegalStateException("already started");
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("ocpp-csms-timer"));
    Map<String, Object> props = new HashMap<>();
    props.put("org.glassfish.tyrus.incomingBufferSize", maxFrameSize + 1024);
    GrizzlyWebSocketServer c;
    try {
      c =
          GrizzlyWebSocketServer.start(
              host, port, endpointConfig(), props, sslContext, requireClientCertificate);
    } catch (DeploymentException | IOException e) {
      scheduler.shutdownNow();
      throw new java.io.UncheckedIOException(
          new IOException("cannot start the OCPP server on port " + port, e));
    }
    container = c;
    if (!pingInterval.isZero() || !idleTimeout.isZero()) {
      long period = housekeepingPeriodMillis();
      pinger =
          scheduler.scheduleAtFixedRate(this::housekeeping, period, period, TimeUnit.MILLISECONDS);
    }
    LOG.info(
        "OCPP server listening on {}://{}:{}{}/{{}} ({})",
        sslContext == null ? "ws" : "wss",
        host,
        c.port(),
        basePath,
        PATH_PARAM,
        subprotocols);
  }

  /** Closes every connection and stops listening. Idempotent. */
  public synchronized void stop() {
    if (container == null) {
      return;
    }
    if (pinger != null) {
      pinger.cancel(false);
    }
    for (Connection conn : sessions.values()) {
      conn.rpc.close();
    }
    container.stop();
    container = null;
    scheduler.shutdownNow();
    sessions.clear();
  }

  @Override
  public void close() {
    stop();
  }

  /** The port: the bound one once started (useful with port 0), else the configured one. */
  public synchronized int port() {
    return container == null ? port : container.port();
  }

  /** The open session of {@code chargePointId}, if it is connected. */
  public Optional<OcppSession> session(String chargePointId) {
    Connection c = sessions.get(chargePointId);
    return c == null ? Optional.empty() : Optional.of(c.rpc);
  }

  /** The open sessions. */
  public Collection<OcppSession> sessions() {
    List<OcppSession> list = new ArrayList<>(sessions.size());
    for (Connection c : sessions.values()) {
      list.add(c.rpc);
    }
    return list;
  }

  private long housekeepingPeriodMillis() {
    long period = 1000;
    if (!pingInterval.isZero()) {
      period = Math.min(period, pingInterval.toMillis());
    }
    if (!idleTimeout.isZero()) {
      period = Math.min(period, Math.max(10, idleTimeout.toMillis() / 4));
    }
    return Math.max(10, period);
  }

  /**
   * Pings every connection due for a ping and closes those idle for longer than the idle timeout.
   * Idle detection is ours rather than the container's: it counts frames and pongs received, and
   * behaves the same whatever the WebSocket runtime.
   */
  private void housekeeping() {
    long now = System.nanoTime();
    long pingNanos = pingInterval.toNanos();
    long idleNanos = idleTimeout.toNanos();
    for (Connection c : sessions.values()) {
      if (idleNanos > 0 && now - c.lastReceived > idleNanos) {
        LOG.info("closing idle connection of {}", c.rpc.chargePointId());
        c.transport.close(1001, "idle timeout");
        continue;
      }
      if (pingNanos > 0 && now - c.lastPinged >= pingNanos) {
        c.lastPinged = now;
        c.transport.ping();
      }
    }
  }

  private ServerEndpointConfig endpointConfig() {
    String path = basePath + "/{" + PATH_PARAM + "}";
    return ServerEndpointConfig.Builder.create(OcppEndpoint.class, path)
        .subprotocols(subprotocols)
        .configurator(new HandshakeConfigurator())
        .build();
  }

  /** Runs during the HTTP upgrade: subprotocol choice and authentication. */
  private final class HandshakeConfigurator extends ServerEndpointConfig.Configurator {
    @Override
    public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
      for (String r : requested) {
        if (supported.contains(r)) {
          return r;
        }
      }
      return "";
    }

    @Override
    public void modifyHandshake(
        ServerEndpointConfig sec, HandshakeRequest request, HandshakeResponse response) {
      List<String> offered = headerTokens(request, "Sec-WebSocket-Protocol");
      OcppVersion version = null;
      for (String o : offered) {
        Optional<OcppVersion> v = OcppVersion.fromSubprotocol(o);
        if (v.isPresent() && catalogs.containsKey(v.get())) {
          version = v.get();
          break;
        }
      }
      if (version == null) {
        throw refuse(
            response,
            400,
            "no supported OCPP subprotocol offered " + offered + ", supported " + subprotocols);
      }
      String cpId = chargePointIdOf(request.getRequestURI().getRawPath());
      String username = null;
      byte[] password = null;
      List<String> auth = request.getHeaders().get("Authorization");
      if (auth == null) {
        auth = request.getHeaders().get("authorization");
      }
      if (auth != null && !auth.isEmpty() && auth.get(0).regionMatches(true, 0, "Basic ", 0, 6)) {
        try {
          byte[] decoded = Base64.getDecoder().decode(auth.get(0).substring(6).trim());
          int colon = -1;
          for (int i = 0; i < decoded.length; i++) {
            if (decoded[i] == ':') {
              colon = i;
              break;
            }
          }
          if (colon >= 0) {
            username = new String(decoded, 0, colon, StandardCharsets.UTF_8);
            password = java.util.Arrays.copyOfRange(decoded, colon + 1, decoded.length);
          }
        } catch (IllegalArgumentException e) {
          throw refuse(response, 401, "malformed Basic credentials");
        }
      }
      List<String> cns = headerTokens(request, GrizzlyWebSocketServer.CLIENT_CN_HEADER);
      String clientCn = cns.isEmpty() ? null : cns.get(0);
      if (requireClientCertificate && (clientCn == null || !clientCn.equals(cpId))) {
        // Security profile 3: the certificate's CN must be the charge point id.
        LOG.info("refused charger {}: client certificate CN {} does not match", cpId, clientCn);
        throw refuse(response, 403, "client certificate does not match the charge point id");
      }
      HandshakeInfo info = new HandshakeInfo(cpId, version, username, password, null, clientCn);
      AuthenticationResult result;
      try {
        result = authenticator.authenticate(info);
      } catch (RuntimeException e) {
        LOG.error("authenticator failed for {}", cpId, e);
        throw refuse(response, 500, "authentication failed");
      }
      if (!result.accepted()) {
        LOG.info("refused charger {}: {}", cpId, result.reason());
        throw refuse(response, result.httpStatus(), "connection refused");
      }
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
      return endpointClass.cast(new OcppEndpoint(OcppCsmsServer.this));
    }
  }

  private String chargePointIdOf(String rawPath) {
    int slash = rawPath.lastIndexOf('/');
    return URLDecoder.decode(rawPath.substring(slash + 1), StandardCharsets.UTF_8);
  }

  private static List<String> headerTokens(HandshakeRequest request, String name) {
    List<String> values = null;
    for (Map.Entry<String, List<String>> e : request.getHeaders().entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        values = e.getValue();
        break;
      }
    }
    List<String> tokens = new ArrayList<>();
    if (values != null) {
      for (String v : values) {
        for (String t : v.split(",")) {
          if (!t.isBlank()) {
            tokens.add(t.trim());
          }
        }
      }
    }
    return tokens;
  }

  /**
   * Refuses the upgrade with an HTTP error. Tyrus has already filled in the 101 headers when the
   * configurator runs, so they are replaced by a plain, empty, closing response first.
   */
  private static RuntimeException refuse(HandshakeResponse response, int status, String message) {
    Map<String, List<String>> headers = response.getHeaders();
    headers.clear();
    headers.put("Connection", List.of("close"));
    headers.put("Content-Length", List.of("0"));
    if (response instanceof UpgradeResponse) {
      ((UpgradeResponse) response).setReasonPhrase(reasonPhrase(status));
    }
    if (status == 401) {
      headers.put("WWW-Authenticate", List.of("Basic realm=\"OCPP\", charset=\"UTF-8\""));
    }
    return sneaky(new HandshakeException(status, message));
  }

  private static String reasonPhrase(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      default:
        return status >= 500 ? "Server Error" : "Refused";
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
    // Tyrus turns a HandshakeException thrown during the handshake into an HTTP error response;
    // the Configurator API does not declare it, so it is thrown unchecked.
    throw (E) e;
  }

  void opened(Session session) {
    String cpId = session.getPathParameters().get(PATH_PARAM);
    OcppVersion version =
        OcppVersion.fromSubprotocol(session.getNegotiatedSubprotocol()).orElse(null);
    if (cpId == null || version == null || !catalogs.containsKey(version)) {
      try {
        session.close(
            new CloseReason(CloseReason.CloseCodes.PROTOCOL_ERROR, "no OCPP subprotocol"));
      } catch (IOException e) {
        LOG.debug("close failed", e);
      }
      return;
    }
    session.setMaxTextMessageBufferSize(maxFrameSize);
    session.setMaxBinaryMessageBufferSize(1024);
    TyrusTransport transport = new TyrusTransport(session, TyrusTransport.remoteAddressOf(session));
    RpcOptions options = rpcOptions;
    if (validationModes != null) {
      ValidationMode mode = validationModes.apply(cpId);
      if (mode != null && mode != options.validationMode()) {
        options = options.toBuilder().validationMode(mode).build();
      }
    }
    RpcConnection rpc =
        new RpcConnection(
            cpId,
            catalogs.get(version),
            true,
            handlers.getOrDefault(version, Handlers.none()),
            options,
            scheduler,
            transport,
            clock);
    Connection conn = new Connection(rpc, transport);
    session.getUserProperties().put(Connection.class.getName(), conn);
    session.addMessageHandler(
        String.class,
        text -> {
          conn.lastReceived = System.nanoTime();
          rpc.onText(text);
        });
    session.addMessageHandler(
        jakarta.websocket.PongMessage.class, pong -> conn.lastReceived = System.nanoTime());
    Connection previous = sessions.put(cpId, conn);
    if (previous != null) {
      LOG.info("charger {} reconnected; closing its previous session", cpId);
      previous.transport.close(1000, "replaced by a new connection");
      previous.rpc.onClosed("replaced by a new connection");
    }
    LOG.info("charger {} connected with {}", cpId, version.subprotocol());
    try {
      sessionListener.onOpen(rpc);
    } catch (RuntimeException e) {
      LOG.warn("session listener failed", e);
    }
  }

  void closed(Session session, CloseReason reason) {
    Connection conn = (Connection) session.getUserProperties().get(Connection.class.getName());
    if (conn == null) {
      return;
    }
    conn.rpc.onClosed("connection closed: " + reason.getReasonPhrase());
    boolean current = sessions.remove(conn.rpc.chargePointId(), conn);
    LOG.info(
        "charger {} disconnected ({} {}){}",
        conn.rpc.chargePointId(),
        reason.getCloseCode().getCode(),
        reason.getReasonPhrase(),
        current ? "" : " (an older session)");
    try {
      sessionListener.onClose(conn.rpc, reason.getCloseCode().getCode(), reason.getReasonPhrase());
    } catch (RuntimeException e) {
      LOG.warn("session listener failed", e);
    }
  }

  private static final class Connection {
    final RpcConnection rpc;
    final TyrusTransport transport;
    volatile long lastReceived = System.nanoTime();
    volatile long lastPinged = System.nanoTime();

    Connection(RpcConnection rpc, TyrusTransport transport) {
      this.rpc = rpc;
      this.transport = transport;
    }
  }

  /** The WebSocket endpoint, one instance per connection. */
  public static final class OcppEndpoint extends Endpoint {
    private final OcppCsmsServer server;

    /** Not for direct use: Tyrus instantiates it through the server's configurator. */
    public OcppEndpoint() {
      this(null);
    }

    OcppEndpoint(OcppCsmsServer server) {
      this.server = server;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
      server.opened(session);
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
      server.closed(session, closeReason);
    }

    @Override
    public void onError(Session session, Throwable thr) {
      LOG.debug("WebSocket error: {}", thr.toString());
    }
  }

  /** Builder of {@link OcppCsmsServer}. */
  public static final class Builder {
    private String host = "0.0.0.0";
    private int port = 8887;
    private javax.net.ssl.SSLContext sslContext;
    private boolean requireClientCertificate;
    private String basePath = "";
    private final Map<OcppVersion, ActionCatalog> catalogs = new EnumMap<>(OcppVersion.class);
    private final Map<OcppVersion, Handlers> handlers = new EnumMap<>(OcppVersion.class);
    private ChargerAuthenticator authenticator = ChargerAuthenticator.ACCEPT_ALL;
    private SessionListener sessionListener = new SessionListener() {};
    private RpcOptions rpcOptions = RpcOptions.defaults();
    private java.util.function.Function<String, ValidationMode> validationModes;
    private Duration pingInterval = Duration.ofSeconds(60);
    private Duration idleTimeout = Duration.ofMinutes(5);
    private int maxFrameSize = 256 * 1024;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The bind address (default {@code 0.0.0.0}, all interfaces). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Serves {@code wss://} with this TLS context (security profile 2: server certificate plus HTTP
     * Basic credentials).
     */
    public Builder tls(javax.net.ssl.SSLContext context) {
      this.sslContext = Objects.requireNonNull(context, "sslContext");
      this.requireClientCertificate = false;
      return this;
    }

    /**
     * Serves {@code wss://} and requires a client certificate trusted by {@code context}'s trust
     * managers whose subject CN equals the charge point id (security profile 3); any other
     * certificate is refused with 403 before the upgrade.
     */
    public Builder mutualTls(javax.net.ssl.SSLContext context) {
      this.sslContext = Objects.requireNonNull(context, "sslContext");
      this.requireClientCertificate = true;
      return this;
    }

    /** The TCP port (default 8887; 0 picks a free one, see {@link OcppCsmsServer#port()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The path before the charge point id, e.g. {@code /ocpp} (default: none). */
    public Builder basePath(String basePath) {
      String p = Objects.requireNonNull(basePath, "basePath").trim();
      while (p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      if (!p.isEmpty() && !p.startsWith("/")) {
        p = "/" + p;
      }
      this.basePath = p;
      return this;
    }

    /**
     * Supports the version of {@code catalog}, answering its CALLs with {@code versionHandlers}.
     * Versions are offered in the order they are added.
     */
    public Builder version(ActionCatalog catalog, Handlers versionHandlers) {
      catalogs.put(catalog.version(), catalog);
      handlers.put(catalog.version(), Objects.requireNonNull(versionHandlers, "handlers"));
      return this;
    }

    /** Decides which chargers may connect (default: all). */
    public Builder authenticator(ChargerAuthenticator authenticator) {
      this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
      return this;
    }

    /** Told when sessions open and close. */
    public Builder sessionListener(SessionListener listener) {
      this.sessionListener = Objects.requireNonNull(listener, "sessionListener");
      return this;
    }

    /** RPC settings: timeout, executor, validation, frame listener. */
    public Builder rpcOptions(RpcOptions options) {
      this.rpcOptions = Objects.requireNonNull(options, "rpcOptions");
      return this;
    }

    /**
     * Chooses the validation mode per charger (by charge point id), e.g. lenient for a known
     * charger model that sends timestamps without an offset; null answers fall back to {@link
     * RpcOptions#validationMode()}.
     */
    public Builder validationMode(java.util.function.Function<String, ValidationMode> perCharger) {
      this.validationModes = Objects.requireNonNull(perCharger, "validationMode");
      return this;
    }

    /** How often to ping each charger (default 60 s; zero disables). */
    public Builder pingInterval(Duration interval) {
      this.pingInterval = nonNegative(interval, "pingInterval");
      return this;
    }

    /** Close a connection without traffic for this long (default 5 min; zero disables). */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = nonNegative(timeout, "idleTimeout");
      return this;
    }

    /** The largest text frame accepted, in bytes (default 256 KiB). */
    public Builder maxFrameSize(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxFrameSize must be at least 1024, was " + bytes);
      }
      this.maxFrameSize = bytes;
      return this;
    }

    /** The clock stamping frame events (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Validates and builds. */
    public OcppCsmsServer build() {
      if (catalogs.isEmpty()) {
        throw new IllegalStateException("at least one OCPP version must be configured");
      }
      return new OcppCsmsServer(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      return d;
    }
  }
}
