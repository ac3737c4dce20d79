package org.evdepot.ocpp.internal.testkit;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.evdepot.ocpp.ActionCatalog;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.rpc.AsyncRequestHandler;
import org.evdepot.ocpp.rpc.CallContext;
import org.evdepot.ocpp.rpc.FrameDirection;
import org.evdepot.ocpp.rpc.FrameEvent;
import org.evdepot.ocpp.rpc.FrameListener;
import org.evdepot.ocpp.rpc.Handlers;
import org.evdepot.ocpp.testkit.RecordedCall;
import org.evdepot.ocpp.testkit.RuleViolation;

/**
 * What both mocks share: the script, the recorder, the handlers answering every action the peer may
 * initiate, and the frame listener that spots CALLs the RPC layer had to reject and responses to
 * nothing.
 */
public final class MockCore {
  private final Clock clock;
  private final Script script = new Script();
  private final Recorder recorder = new Recorder();
  private final SpecRules rules;
  private final Set<String> dispatched = ConcurrentHashMap.newKeySet();

  /**
   * A core.
   *
   * @param rules the rules to check on received CALLs, or null for none
   */
  public MockCore(Clock clock, SpecRules rules) {
    this.clock = clock;
    this.rules = rules;
  }

  /** The script. */
  public Script script() {
    return script;
  }

  /** The recorder. */
  public Recorder recorder() {
    return recorder;
  }

  /** The frame listener to install in the RPC options. */
  public FrameListener frameListener() {
    return this::onFrame;
  }

  private void onFrame(FrameEvent e) {
    recorder.frame(e);
    String key = e.chargePointId() + "|" + e.messageId();
    if (e.direction() == FrameDirection.OUT && e.messageTypeId() == 4 && !dispatched.remove(key)) {
      recorder.violation(
          new RuleViolation(
              e.chargePointId(),
              RuleViolation.INVALID_CALL,
              null,
              e.messageId(),
              "the CALL was rejected before reaching a handler: " + e.text(),
              clock.instant()));
    } else if (e.direction() == FrameDirection.OUT && e.messageTypeId() == 3) {
      dispatched.remove(key);
    } else if (e.direction() == FrameDirection.IN
        && (e.messageTypeId() == 3 || e.messageTypeId() == 4)
        && e.action() == null) {
      recorder.violation(
          new RuleViolation(
              e.chargePointId(),
              RuleViolation.UNEXPECTED_RESPONSE,
              null,
              e.messageId(),
              "response to a message id with no outstanding CALL: " + e.text(),
              clock.instant()));
    } else if (e.direction() == FrameDirection.IN && e.messageTypeId() == 0) {
      recorder.violation(
          new RuleViolation(
              e.chargePointId(),
              RuleViolation.INVALID_CALL,
              null,
              null,
              "frame is not an OCPP-J message: " + e.text(),
              clock.instant()));
    }
  }

  /**
   * Handlers for every action of {@code catalog} that the peer may initiate ({@code peerIsStation}
   * tells which side the peer is), answering from the script first and from {@code defaults}
   * otherwise.
   */
  public Handlers handlers(
      ActionCatalog catalog,
      boolean peerIsStation,
      BiFunction<ActionType<?, ?>, OcppRequest<?>, OcppResponse> defaults) {
    Handlers.Builder b = Handlers.builder();
    for (ActionType<?, ?> action : catalog.all()) {
      boolean peerMaySend =
          peerIsStation
              ? action.initiator().chargingStationMaySend()
              : action.initiator().csmsMaySend();
      if (peerMaySend) {
        register(b, action, defaults);
      }
    }
    return b.build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void register(
      Handlers.Builder b,
      ActionType action,
      BiFunction<ActionType<?, ?>, OcppRequest<?>, OcppResponse> defaults) {
    AsyncRequestHandler handler =
        (req, ctx) -> handle(action, (OcppRequest<?>) req, (CallContext) ctx, defaults);
    b.onAsync(action, handler);
  }

  private CompletionStage<OcppResponse> handle(
      ActionType<?, ?> action,
      OcppRequest<?> request,
      CallContext ctx,
      BiFunction<ActionType<?, ?>, OcppRequest<?>, OcppResponse> defaults) {
    String cp = ctx.chargePointId();
    dispatched.add(cp + "|" + ctx.messageId());
    recorder.call(new RecordedCall<>(cp, ctx.messageId(), action, request, clock.instant()));
    if (rules != null) {
      for (RuleViolation v : rules.check(cp, action.name(), ctx.messageId(), request)) {
        recorder.violation(v);
      }
    }
    Responder scripted = script.next(action);
    CompletionStage<OcppResponse> stage;
    if (scripted != null) {
      stage = scripted.respond(request, ctx);
    } else {
      try {
        stage = CompletableFuture.completedFuture(defaults.apply(action, request));
      } catch (RuntimeException e) {
        stage = CompletableFuture.failedFuture(e);
      }
    }
    if (rules == null) {
      return stage;
    }
    return stage.thenApply(
        resp -> {
          rules.answered(cp, request, resp);
          return resp;
        });
  }
}
