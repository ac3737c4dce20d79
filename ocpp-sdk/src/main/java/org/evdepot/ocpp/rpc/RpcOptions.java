package org.evdepot.ocpp.rpc;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.evdepot.ocpp.codec.ValidationMode;

/**
 * Settings of the RPC layer shared by both roles. Immutable; build with {@link #builder()}.
 *
 * @param callTimeout how long to wait for the answer to a CALL (default 30 s)
 * @param handlerExecutor where handlers run (default the common fork-join pool); never an I/O
 *     thread
 * @param validationMode how strictly received payloads are checked (default strict)
 * @param validateOutgoing whether payloads we send are validated first (default true); an invalid
 *     outgoing request fails its future with {@link IllegalArgumentException} and an invalid
 *     response is replaced by an {@code InternalError} CALLERROR
 * @param frameListener sees every frame in and out (default none)
 */
public record RpcOptions(
    Duration callTimeout,
    Executor handlerExecutor,
    ValidationMode validationMode,
    boolean validateOutgoing,
    FrameListener frameListener) {

  /** Validates the settings. */
  public RpcOptions {
    Objects.requireNonNull(callTimeout, "callTimeout");
    if (callTimeout.isNegative() || callTimeout.isZero()) {
      throw new IllegalArgumentException("callTimeout must be positive, was " + callTimeout);
    }
    Objects.requireNonNull(handlerExecutor, "handlerExecutor");
    Objects.requireNonNull(validationMode, "validationMode");
    Objects.requireNonNull(frameListener, "frameListener");
  }

  /** The defaults. */
  public static RpcOptions defaults() {
    return builder().build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder()
        .callTimeout(callTimeout)
        .handlerExecutor(handlerExecutor)
        .validationMode(validationMode)
        .validateOutgoing(validateOutgoing)
        .frameListener(frameListener);
  }

  /** Builder of {@link RpcOptions}. */
  public static final class Builder {
    private Duration callTimeout = Duration.ofSeconds(30);
    private Executor handlerExecutor = ForkJoinPool.commonPool();
    private ValidationMode validationMode = ValidationMode.STRICT;
    private boolean validateOutgoing = true;
    private FrameListener frameListener = FrameListener.NONE;

    private Builder() {}

    /** See {@link RpcOptions#callTimeout()}. */
    public Builder callTimeout(Duration v) {
      this.callTimeout = v;
      return this;
    }

    /** See {@link RpcOptions#handlerExecutor()}. */
    public Builder handlerExecutor(Executor v) {
      this.handlerExecutor = v;
      return this;
    }

    /** See {@link RpcOptions#validationMode()}. */
    public Builder validationMode(ValidationMode v) {
      this.validationMode = v;
      return this;
    }

    /** See {@link RpcOptions#validateOutgoing()}. */
    public Builder validateOutgoing(boolean v) {
      this.validateOutgoing = v;
      return this;
    }

    /** See {@link RpcOptions#frameListener()}. */
    public Builder frameListener(FrameListener v) {
      this.frameListener = v;
      return this;
    }

    /** Validates and builds. */
    public RpcOptions build() {
      return new RpcOptions(
          callTimeout, handlerExecutor, validationMode, validateOutgoing, frameListener);
    }
  }
}
