package org.evdepot.manage.connect.ocpp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.evdepot.manage.core.model.RegistrationStatus;
import org.evdepot.ocpp.ActionCatalog;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.rpc.AsyncRequestHandler;
import org.evdepot.ocpp.rpc.CallErrorException;
import org.evdepot.ocpp.rpc.FrameDirection;
import org.evdepot.ocpp.rpc.FrameEvent;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.rpc.RpcErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps chargers that are not Accepted from being acted upon: while a connection's registration is
 * Pending or Rejected, every CALL other than BootNotification is answered with a CALLERROR {@code
 * SecurityError} before it reaches the core (OCPP 2.0.1 B02.FR.09 and B03.FR.07; OCPP 1.6 section
 * 4.2 says such a charge point should not send these requests, and {@code SecurityError} is one of
 * the CALLERROR codes of OCPP-J 1.6 as well).
 *
 * <p>The exception both versions make: a message the server itself asked for. After this server
 * sent a TriggerMessage (or the 1.6 ExtendedTriggerMessage) for Heartbeat, StatusNotification,
 * FirmwareStatusNotification, DiagnosticsStatusNotification or LogStatusNotification, or a 2.0.1
 * GetBaseReport/GetReport (answered by NotifyReport), that message is answered normally for {@link
 * #TRIGGER_WINDOW_SECONDS} seconds. Triggered MeterValues and TransactionEvent stay refused:
 * nothing from a charger that is not accepted creates transactions or meter values.
 *
 * <p>A connection's status is the one stored for the charger when it connected, then the answer to
 * each BootNotification on that connection. An operator's approval therefore takes effect with the
 * charger's next BootNotification (the one it sends after the interval, or one the operator
 * triggers), as in both protocols.
 */
final class RegistrationGuard {
  private static final Logger LOG = LoggerFactory.getLogger(RegistrationGuard.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How long after a trigger its message is answered. */
  static final long TRIGGER_WINDOW_SECONDS = 120;

  private static final Set<String> TRIGGERABLE =
      Set.of(
          "Heartbeat",
          "StatusNotification",
          "FirmwareStatusNotification",
          "DiagnosticsStatusNotification",
          "LogStatusNotification");

  /** The registration state of one connection. */
  private static final class State {
    final OcppSession session;
    volatile RegistrationStatus status;
    final Map<String, Long> triggeredUntil = new ConcurrentHashMap<>();

    State(OcppSession session, RegistrationStatus status) {
      this.session = session;
      this.status = status;
    }
  }

  private final Function<String, Optional<RegistrationStatus>> storedStatus;
  private final ConcurrentHashMap<String, State> byCharger = new ConcurrentHashMap<>();

  /**
   * @param storedStatus the charger's stored status, for a connection whose status is not known yet
   */
  RegistrationGuard(Function<String, Optional<RegistrationStatus>> storedStatus) {
    this.storedStatus = storedStatus;
  }

  /** A connection opened; {@code status} is the charger's stored registration status. */
  void opened(OcppSession session, RegistrationStatus status) {
    byCharger.put(session.chargePointId(), new State(session, status));
  }

  /** A connection closed (a stale one, replaced by a newer connection, changes nothing). */
  void closed(OcppSession session) {
    byCharger.computeIfPresent(session.chargePointId(), (id, s) -> s.session == session ? null : s);
  }

  /** Watches outgoing CALLs for triggers (the frame listener sees every frame). */
  void onFrame(FrameEvent e) {
    if (e.direction() != FrameDirection.OUT || e.messageTypeId() != 2 || e.action() == null) {
      return;
    }
    String allowed =
        switch (e.action()) {
          case "TriggerMessage", "ExtendedTriggerMessage" -> requestedMessage(e.text());
          case "GetBaseReport", "GetReport" -> "NotifyReport";
          default -> null;
        };
    if (allowed == null || !(TRIGGERABLE.contains(allowed) || allowed.equals("NotifyReport"))) {
      return;
    }
    State s = byCharger.get(e.chargePointId());
    if (s != null && s.status != RegistrationStatus.ACCEPTED) {
      s.triggeredUntil.put(
          allowed, System.nanoTime() + TimeUnit.SECONDS.toNanos(TRIGGER_WINDOW_SECONDS));
    }
  }

  private static String requestedMessage(String frame) {
    try {
      JsonNode payload = JSON.readTree(frame).get(3);
      return payload == null ? null : payload.path("requestedMessage").asText(null);
    } catch (java.io.IOException | RuntimeException ex) {
      return null;
    }
  }

  /**
   * Wraps the handlers of one version: BootNotification records the status it answered, every other
   * handler runs only for an accepted connection (or a triggered message).
   *
   * @param catalog the version's actions
   * @param handlers the version's handlers
   * @param bootStatus reads the status out of the version's BootNotification response
   * @return the guarded handlers
   */
  Handlers guard(
      ActionCatalog catalog,
      Handlers handlers,
      Function<OcppResponse, RegistrationStatus> bootStatus) {
    Handlers.Builder b = Handlers.builder();
    for (ActionType<?, ?> action : catalog.all()) {
      add(b, action, handlers, bootStatus);
    }
    return b.build();
  }

  private <Q extends OcppRequest<R>, R extends OcppResponse> void add(
      Handlers.Builder b,
      ActionType<Q, R> action,
      Handlers handlers,
      Function<OcppResponse, RegistrationStatus> bootStatus) {
    AsyncRequestHandler<Q, R> inner = handlers.handler(action);
    if (inner == null) {
      return;
    }
    if (action.name().equals("BootNotification")) {
      b.onAsync(
          action,
          (req, ctx) ->
              inner
                  .handle(req, ctx)
                  .thenApply(
                      resp -> {
                        State s = state(ctx.session());
                        s.status = bootStatus.apply(resp);
                        s.triggeredUntil.clear();
                        return resp;
                      }));
      return;
    }
    b.onAsync(
        action,
        (req, ctx) -> {
          State s = state(ctx.session());
          RegistrationStatus status = s.status;
          if (status != RegistrationStatus.ACCEPTED && !triggered(s, action.name())) {
            LOG.info(
                "{} from {} refused: registration is {}",
                action.name(),
                ctx.chargePointId(),
                status);
            CompletionStage<R> refused =
                CompletableFuture.failedFuture(
                    new CallErrorException(
                        RpcErrorCode.SECURITY_ERROR,
                        "registration is "
                            + status.name().toLowerCase(java.util.Locale.ROOT)
                            + ": only BootNotification is accepted"));
            return refused;
          }
          return inner.handle(req, ctx);
        });
  }

  private static boolean triggered(State s, String action) {
    Long until = s.triggeredUntil.get(action);
    return until != null && System.nanoTime() - until < 0;
  }

  private State state(OcppSession session) {
    State s = byCharger.get(session.chargePointId());
    if (s != null && s.session == session) {
      return s;
    }
    // A CALL that overtook the open notification: read the stored status.
    RegistrationStatus status =
        storedStatus.apply(session.chargePointId()).orElse(RegistrationStatus.REJECTED);
    State fresh = new State(session, status);
    State current = byCharger.computeIfAbsent(session.chargePointId(), id -> fresh);
    return current.session == session ? current : fresh;
  }
}
