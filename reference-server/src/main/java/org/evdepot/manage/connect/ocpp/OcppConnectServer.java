package org.evdepot.manage.connect.ocpp;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.evdepot.manage.connect.CoreLink;
import org.evdepot.manage.core.model.RegistrationStatus;
import org.evdepot.manage.core.service.Admission;
import org.evdepot.manage.messagelog.Direction;
import org.evdepot.manage.messagelog.LoggedFrame;
import org.evdepot.manage.messagelog.MessageLog;
import org.evdepot.ocpp.csms.AuthenticationResult;
import org.evdepot.ocpp.csms.HandshakeInfo;
import org.evdepot.ocpp.csms.OcppCsmsServer;
import org.evdepot.ocpp.rpc.FrameDirection;
import org.evdepot.ocpp.rpc.FrameEvent;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.rpc.RpcOptions;
import org.evdepot.ocpp.rpc.SessionListener;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.V201Actions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCPP ingress of the Manage server ("connect" in the architecture): the SDK's CSMS endpoint on
 * its own port (default 8887) at {@code /ocpp/{chargePointId}}, speaking OCPP 1.6 and 2.0.1, with
 * every station-initiated message handed to the {@link CoreLink} and every frame in and out written
 * to the {@link MessageLog}.
 *
 * <p>Handlers run on a bounded pool ({@code evdepot.ocpp.handler-threads}) because they block on
 * the database; the pool's queue absorbs a boot storm instead of refusing it.
 */
@Context
@Requires(property = "evdepot.ocpp.enabled", notEquals = "false")
public class OcppConnectServer {
  private static final Logger LOG = LoggerFactory.getLogger(OcppConnectServer.class);

  private final CoreLink core;
  private final MessageLog messageLog;
  private final OcppCsmsServer server;
  private final ExecutorService handlerPool;
  private final ConcurrentHashMap<OcppSession, String> sessionIds = new ConcurrentHashMap<>();
  private final FrameMetrics frameMetrics;
  private final RegistrationGuard guard;

  /**
   * @param core the core link
   * @param messageLog where frames are logged
   * @param frameMetrics counts frames by direction and action
   * @param port OCPP port
   * @param basePath path before the charge point id
   * @param requirePassword refuse chargers that send no HTTP Basic password
   * @param callTimeout how long commands wait for a charger's answer
   * @param handlerThreads size of the handler pool
   */
  public OcppConnectServer(
      CoreLink core,
      MessageLog messageLog,
      FrameMetrics frameMetrics,
      @Value("${evdepot.ocpp.port:8887}") int port,
      @Value("${evdepot.ocpp.base-path:/ocpp}") String basePath,
      @Value("${evdepot.ocpp.require-password:false}") boolean requirePassword,
      @Value("${evdepot.ocpp.call-timeout:30s}") Duration callTimeout,
      @Value("${evdepot.ocpp.handler-threads:32}") int handlerThreads) {
    this.core = core;
    this.messageLog = messageLog;
    this.frameMetrics = frameMetrics;
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            handlerThreads,
            handlerThreads,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "ocpp-handler-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    this.handlerPool = pool;
    this.guard = new RegistrationGuard(core::registrationStatus);
    RpcOptions options =
        RpcOptions.builder()
            .callTimeout(callTimeout)
            .handlerExecutor(pool)
            .frameListener(
                e -> {
                  guard.onFrame(e);
                  logFrame(e);
                })
            .build();
    this.server =
        OcppCsmsServer.builder()
            .port(port)
            .basePath(basePath)
            .version(
                V16Actions.CATALOG,
                guard.guard(
                    V16Actions.CATALOG,
                    V16Handlers.create(core),
                    r ->
                        registration(
                            ((org.evdepot.ocpp.v16.BootNotificationResponse) r).status().name())))
            .version(
                V201Actions.CATALOG,
                guard.guard(
                    V201Actions.CATALOG,
                    V201Handlers.create(core),
                    r ->
                        registration(
                            ((org.evdepot.ocpp.v201.BootNotificationResponse) r).status().name())))
            .rpcOptions(options)
            .authenticator(info -> authenticate(info, requirePassword))
            .sessionListener(
                new SessionListener() {
                  @Override
                  public void onOpen(OcppSession session) {
                    String id = UUID.randomUUID().toString();
                    sessionIds.put(session, id);
                    try {
                      guard.opened(
                          session,
                          core.onConnected(session.chargePointId(), versionName(session), id));
                    } catch (RuntimeException e) {
                      LOG.error(
                          "recording the connection of {} failed", session.chargePointId(), e);
                    }
                  }

                  @Override
                  public void onClose(OcppSession session, int code, String reason) {
                    String id = sessionIds.remove(session);
                    guard.closed(session);
                    // A session the charger replaced by connecting again is not a disconnection:
                    // the SDK registers the new session before it closes the old one.
                    boolean replaced =
                        server != null
                            && server
                                .session(session.chargePointId())
                                .filter(current -> current != session)
                                .isPresent();
                    if (id != null && !replaced) {
                      try {
                        core.onDisconnected(session.chargePointId(), id);
                      } catch (RuntimeException e) {
                        LOG.error(
                            "recording the disconnection of {} failed", session.chargePointId(), e);
                      }
                    }
                  }
                })
            .build();
    server.start();
  }

  /**
   * The handshake verdict: HTTP Basic credentials (user name = charge point id) checked by the core
   * per the unknown-charger policy; 404 for an unknown charger under {@code reject}, 401 for a
   * missing or wrong password.
   */
  private AuthenticationResult authenticate(HandshakeInfo info, boolean requirePassword) {
    Optional<byte[]> password = info.password();
    if (password.isPresent() && !info.username().orElse("").equals(info.chargePointId())) {
      return AuthenticationResult.reject("user name is not the charge point id");
    }
    String pw =
        password.map(p -> new String(p, java.nio.charset.StandardCharsets.UTF_8)).orElse(null);
    Admission verdict = core.admit(info.chargePointId(), pw, requirePassword);
    return switch (verdict) {
      case ADMITTED, ADMITTED_FIRST_USE -> AuthenticationResult.accept();
      case UNKNOWN -> AuthenticationResult.reject(404, "unknown charger");
      case NO_PASSWORD -> AuthenticationResult.reject("no password sent");
      case WRONG_PASSWORD -> AuthenticationResult.reject("wrong password");
    };
  }

  private static RegistrationStatus registration(String wireEnumName) {
    return RegistrationStatus.valueOf(wireEnumName);
  }

  static String versionName(OcppSession session) {
    return session.version() == org.evdepot.ocpp.OcppVersion.V16 ? "1.6" : "2.0.1";
  }

  private void logFrame(FrameEvent e) {
    // Frames that could not be parsed have type 0 and no id; they are kept all the same.
    int type = e.messageTypeId();
    frameMetrics.count(e);
    String id = e.messageId() == null ? "-" : e.messageId();
    messageLog.append(
        new LoggedFrame(
            e.chargePointId(),
            e.direction() == FrameDirection.IN ? Direction.IN : Direction.OUT,
            e.timestamp(),
            type,
            id,
            e.action(),
            e.text()));
  }

  /** The session of a connected charger. */
  public Optional<OcppSession> session(String chargerId) {
    return server.session(chargerId);
  }

  /** How many chargers are connected. */
  public int connectedCount() {
    return server.sessions().size();
  }

  /** The OCPP port. */
  public int port() {
    return server.port();
  }

  /** Closes every charger connection and stops listening. */
  @PreDestroy
  public void stop() {
    server.stop();
    handlerPool.shutdown();
    try {
      // Handlers already running finish their database work before the database goes away.
      if (!handlerPool.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("OCPP handlers still running after 10 s at shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
