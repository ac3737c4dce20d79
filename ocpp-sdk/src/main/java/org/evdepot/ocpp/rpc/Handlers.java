package org.evdepot.ocpp.rpc;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;

/**
 * The handlers of one side, keyed by action. Immutable; build with {@link #builder()}:
 *
 * <pre>{@code
 * Handlers handlers = Handlers.builder()
 *     .on(V16Actions.HEARTBEAT, (req, ctx) -> new HeartbeatResponse(Instant.now()))
 *     .onAsync(V16Actions.AUTHORIZE, (req, ctx) -> tokens.lookup(req.idTag()))
 *     .build();
 * }</pre>
 *
 * A CALL whose action is known to the version but has no handler is answered with {@code
 * NotSupported}.
 */
public final class Handlers {
  private final Map<ActionType<?, ?>, AsyncRequestHandler<?, ?>> byAction;

  private Handlers(Map<ActionType<?, ?>, AsyncRequestHandler<?, ?>> byAction) {
    this.byAction = Map.copyOf(byAction);
  }

  /** A registry without handlers. */
  public static Handlers none() {
    return new Handlers(Map.of());
  }

  /** Starts a registry. */
  public static Builder builder() {
    return new Builder();
  }

  /** The handler of {@code action}, or null. */
  @SuppressWarnings("unchecked")
  public <Q extends OcppRequest<R>, R extends OcppResponse> AsyncRequestHandler<Q, R> handler(
      ActionType<Q, R> action) {
    return (AsyncRequestHandler<Q, R>) byAction.get(action);
  }

  /** Whether a handler is registered for {@code action}. */
  public boolean handles(ActionType<?, ?> action) {
    return byAction.containsKey(action);
  }

  /** A builder that starts with these handlers. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.byAction.putAll(byAction);
    return b;
  }

  /** Collects handlers; a later registration for the same action replaces the earlier one. */
  public static final class Builder {
    private final Map<ActionType<?, ?>, AsyncRequestHandler<?, ?>> byAction = new HashMap<>();

    private Builder() {}

    /** Registers a synchronous handler for {@code action}. */
    public <Q extends OcppRequest<R>, R extends OcppResponse> Builder on(
        ActionType<Q, R> action, RequestHandler<Q, R> handler) {
      Objects.requireNonNull(handler, "handler");
      return onAsync(
          action,
          (req, ctx) -> {
            try {
              return CompletableFuture.completedFuture(handler.handle(req, ctx));
            } catch (Exception e) {
              return CompletableFuture.failedFuture(e);
            }
          });
    }

    /** Registers an asynchronous handler for {@code action}. */
    public <Q extends OcppRequest<R>, R extends OcppResponse> Builder onAsync(
        ActionType<Q, R> action, AsyncRequestHandler<Q, R> handler) {
      byAction.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(handler));
      return this;
    }

    /** The registry. */
    public Handlers build() {
      return new Handlers(byAction);
    }
  }
}
