package org.evdepot.ocpp.testkit;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.ValidationMode;
import org.evdepot.ocpp.internal.rpc.DaemonThreads;
import org.evdepot.ocpp.internal.testkit.DefaultResponses;
import org.evdepot.ocpp.internal.testkit.MockCore;
import org.evdepot.ocpp.rpc.CallErrorException;
import org.evdepot.ocpp.rpc.FrameEvent;
import org.evdepot.ocpp.rpc.FrameListener;
import org.evdepot.ocpp.rpc.OcppException;
import org.evdepot.ocpp.rpc.RequestHandler;
import org.evdepot.ocpp.rpc.RpcErrorCode;
import org.evdepot.ocpp.rpc.RpcOptions;
import org.evdepot.ocpp.station.OcppStationClient;

/**
 * A scriptable charging station for tests of a CSMS: it connects to {@code
 * <serverUri>/<chargePointId>}, answers every CSMS-initiated action of its version, and records
 * every frame and every CALL it receives.
 *
 * <p><b>Unscripted answers.</b> The smallest valid response with enumerations at {@code Accepted}
 * where the enumeration has it (Reset, RemoteStartTransaction, TriggerMessage, ChangeAvailability,
 * SetChargingProfile, ...). Configuration is real: 1.6 GetConfiguration returns the keys set by
 * {@link Builder#configuration} or ChangeConfiguration; 2.0.1 GetVariables returns the values set
 * by SetVariables (keys {@code Component/Variable}), UnknownVariable otherwise.
 *
 * <p><b>Sending.</b> {@link #call} sends any station-initiated request; {@link #defaultRequest}
 * builds the smallest valid request of an action to start from; {@link #bootNotification} sends a
 * default BootNotification and waits for the answer.
 *
 * <pre>{@code
 * try (MockChargingStation cp = MockChargingStation.builder()
 *     .serverUri(URI.create("ws://127.0.0.1:8887/ocpp"))
 *     .chargePointId("CP-1").version(OcppVersion.V16).build()) {
 *   cp.connect(Duration.ofSeconds(5));
 *   cp.bootNotification(Duration.ofSeconds(5));
 *   // make the CSMS under test send a RemoteStartTransaction, then:
 *   RecordedCall<RemoteStartTransactionRequest> start =
 *       cp.takeCall(V16Actions.REMOTE_START_TRANSACTION, Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>From the command line: {@code java -cp ... org.evdepot.ocpp.testkit.MockChargingStation --url
 * ws://127.0.0.1:9000 --id CP-1 --version 1.6} (see {@link #main}).
 */
public final class MockChargingStation implements AutoCloseable {
  private final OcppVersion version;
  private final MockCore core;
  private final DefaultResponses defaults;
  private final Map<String, String> configuration;
  private final OcppStationClient client;

  private MockChargingStation(Builder b) {
    this.version = b.version;
    this.core = new MockCore(b.clock, null);
    this.defaults = new DefaultResponses(b.clock, 300);
    this.configuration = new ConcurrentHashMap<>(b.configuration);
    FrameListener userListener = b.frameListener;
    OcppStationClient.Builder cb =
        OcppStationClient.builder()
            .serverUri(b.serverUri)
            .chargePointId(b.chargePointId)
            .catalog(version.catalog())
            .clock(b.clock)
            .reconnectBackoff(b.minBackoff, b.maxBackoff)
            .handshakeTimeout(Duration.ofSeconds(5))
            .handlers(
                core.handlers(
                    version.catalog(),
                    false,
                    (action, request) -> defaults.station(action, request, configuration)))
            .rpcOptions(
                RpcOptions.builder()
                    .callTimeout(b.callTimeout)
                    .validationMode(b.validationMode)
                    .frameListener(
                        e -> {
                          core.frameListener().onFrame(e);
                          userListener.onFrame(e);
                        })
                    .build());
    if (b.password != null) {
      cb.basicAuthPassword(b.password);
    }
    this.client = cb.build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The version this station speaks. */
  public OcppVersion version() {
    return version;
  }

  /** The charge point id. */
  public String chargePointId() {
    return client.chargePointId();
  }

  /**
   * Connects (and keeps reconnecting after drops until {@link #close()}), waiting up to {@code
   * timeout} for the first connection.
   *
   * @throws MockTimeoutException when not connected in time
   */
  public MockChargingStation connect(Duration timeout) {
    await(client.connect(), timeout, "connect to " + client.endpoint());
    return this;
  }

  /** Whether the station is connected. */
  public boolean isConnected() {
    return client.isOpen();
  }

  /** Drops the connection as a network failure would; the station reconnects. */
  public void disconnect() {
    client.disconnect();
  }

  /** Sends a station-initiated CALL. */
  public <R extends OcppResponse> CompletionStage<R> call(OcppRequest<R> request) {
    return client.call(request);
  }

  /** Sends a CALL and waits up to {@code timeout} for its response. */
  public <R extends OcppResponse> R callAndWait(OcppRequest<R> request, Duration timeout) {
    return await(client.call(request), timeout, request.actionType().name());
  }

  /**
   * The smallest valid request of {@code action}: required fields only, strings {@code "mock"},
   * numbers 0, enumerations at their first constant (or {@code Accepted}), date-times now.
   */
  public <Q extends OcppRequest<R>, R extends OcppResponse> Q defaultRequest(
      ActionType<Q, R> action) {
    return defaults.synthesizer().synthesize(action.requestType());
  }

  /** Sends a default BootNotification and returns the response (1.6 or 2.0.1 type). */
  public OcppResponse bootNotification(Duration timeout) {
    ActionType<?, ?> boot = version.catalog().find("BootNotification").orElseThrow();
    OcppRequest<?> request = (OcppRequest<?>) defaults.synthesizer().synthesize(boot.requestType());
    return await(client.call(request), timeout, "BootNotification");
  }

  /** The current configuration (1.6 keys, 2.0.1 {@code Component/Variable}). */
  public Map<String, String> configuration() {
    return Map.copyOf(configuration);
  }

  // ---------------------------------------------------------------- scripting

  /** Answers the next CALL of {@code action} with {@code response} (once; queued in order). */
  public <Q extends OcppRequest<R>, R extends OcppResponse> MockChargingStation enqueue(
      ActionType<Q, R> action, R response) {
    Objects.requireNonNull(response, "response");
    core.script().enqueue(action, (req, ctx) -> CompletableFuture.completedFuture(response));
    return this;
  }

  /** Answers the next CALL of {@code action} with a CALLERROR (once; queued in order). */
  public MockChargingStation enqueueError(
      ActionType<?, ?> action, RpcErrorCode code, String description) {
    CallErrorException error = new CallErrorException(code, description);
    core.script().enqueue(action, (req, ctx) -> CompletableFuture.failedFuture(error));
    return this;
  }

  /** Leaves the next CALL of {@code action} unanswered, so that the CSMS times out. */
  public MockChargingStation enqueueNoAnswer(ActionType<?, ?> action) {
    core.script().enqueue(action, (req, ctx) -> new CompletableFuture<>());
    return this;
  }

  /**
   * Answers every later CALL of {@code action} not taken by a queued answer with {@code handler}.
   */
  @SuppressWarnings("unchecked")
  public <Q extends OcppRequest<R>, R extends OcppResponse> MockChargingStation respond(
      ActionType<Q, R> action, RequestHandler<Q, R> handler) {
    Objects.requireNonNull(handler, "handler");
    core.script()
        .always(
            action,
            (req, ctx) -> {
              try {
                return CompletableFuture.completedFuture(handler.handle((Q) req, ctx));
              } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
              }
            });
    return this;
  }

  // ---------------------------------------------------------------- recordings

  /** The oldest CALL of {@code action} not taken yet, waiting up to {@code timeout}. */
  public <Q extends OcppRequest<R>, R extends OcppResponse> RecordedCall<Q> takeCall(
      ActionType<Q, R> action, Duration timeout) {
    return core.recorder().takeCall(Objects.requireNonNull(action, "action"), timeout);
  }

  /** The oldest CALL of any action not taken yet, waiting up to {@code timeout}. */
  public RecordedCall<?> takeCall(Duration timeout) {
    return core.recorder().takeCall(null, timeout);
  }

  /** The oldest frame (in or out) not taken yet, waiting up to {@code timeout}. */
  public FrameEvent takeFrame(Duration timeout) {
    return core.recorder().takeFrame(f -> true, timeout);
  }

  /** Every CALL received so far. */
  public List<RecordedCall<?>> calls() {
    return core.recorder().calls();
  }

  /** Every frame so far, in and out. */
  public List<FrameEvent> frames() {
    return core.recorder().frames();
  }

  /**
   * Protocol violations of the CSMS seen so far: CALLs that had to be rejected before reaching a
   * handler ({@link RuleViolation#INVALID_CALL}) and responses to nothing ({@link
   * RuleViolation#UNEXPECTED_RESPONSE}).
   */
  public List<RuleViolation> violations() {
    return core.recorder().violations();
  }

  /** Closes the connection and stops reconnecting. */
  @Override
  public void close() {
    client.close();
  }

  private static <T> T await(CompletionStage<T> stage, Duration timeout, String what) {
    try {
      return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new MockTimeoutException(what + " did not complete within " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MockTimeoutException("interrupted: " + what);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      throw new OcppException(what + " failed", c);
    }
  }

  // ---------------------------------------------------------------- command line

  /**
   * Runs a mock station until the process is stopped: connects, sends a BootNotification, then a
   * Heartbeat at the interval the CSMS gave, answering every CSMS CALL with its default; prints
   * every frame to standard output.
   *
   * <pre>
   * --url ws://host:port/path   the CSMS URL without the charge point id (default ws://127.0.0.1:9000)
   * --id CP-1                   the charge point id (default MOCK-CP)
   * --version 1.6|2.0.1         the version (default 1.6)
   * --password secret           HTTP Basic password (security profile 1)
   * </pre>
   */
  public static void main(String[] args) throws InterruptedException {
    Builder b = builder().serverUri(URI.create("ws://127.0.0.1:9000")).chargePointId("MOCK-CP");
    b.version(OcppVersion.V16);
    // The command line's standard output is this tool's interface, not library logging.
    PrintStream out = System.out;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--url":
          b.serverUri(URI.create(MockCsms.arg(args, ++i, a)));
          break;
        case "--id":
          b.chargePointId(MockCsms.arg(args, ++i, a));
          break;
        case "--version":
          List<OcppVersion> vs = MockCsms.parseVersions(MockCsms.arg(args, ++i, a));
          if (vs.size() != 1) {
            throw new IllegalArgumentException("a station speaks one version");
          }
          b.version(vs.get(0));
          break;
        case "--password":
          b.basicAuthPassword(MockCsms.arg(args, ++i, a));
          break;
        default:
          throw new IllegalArgumentException(
              "unknown option " + a + "; use --url, --id, --version, --password");
      }
    }
    b.frameListener(e -> out.println(e.timestamp() + " " + e.direction() + " " + e.text()));
    MockChargingStation station = b.build();
    CountDownLatch stopped = new CountDownLatch(1);
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("mock-station-heartbeat"));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  timer.shutdownNow();
                  station.close();
                  stopped.countDown();
                }));
    station.connect(Duration.ofMinutes(10));
    OcppResponse boot = station.bootNotification(Duration.ofSeconds(60));
    int interval = 60;
    if (boot instanceof org.evdepot.ocpp.v16.BootNotificationResponse) {
      interval = ((org.evdepot.ocpp.v16.BootNotificationResponse) boot).interval();
    } else if (boot instanceof org.evdepot.ocpp.v201.BootNotificationResponse) {
      interval = ((org.evdepot.ocpp.v201.BootNotificationResponse) boot).interval();
    }
    ActionType<?, ?> heartbeat = station.version.catalog().find("Heartbeat").orElseThrow();
    OcppRequest<?> hb =
        (OcppRequest<?>) station.defaults.synthesizer().synthesize(heartbeat.requestType());
    long period = Math.max(1, interval);
    timer.scheduleAtFixedRate(
        () -> {
          if (station.isConnected()) {
            station.call(hb);
          }
        },
        period,
        period,
        TimeUnit.SECONDS);
    stopped.await();
  }

  /** Builder of {@link MockChargingStation}. */
  public static final class Builder {
    private URI serverUri;
    private String chargePointId;
    private OcppVersion version = OcppVersion.V16;
    private Clock clock = Clock.systemUTC();
    private Duration callTimeout = Duration.ofSeconds(10);
    private Duration minBackoff = Duration.ofMillis(50);
    private Duration maxBackoff = Duration.ofSeconds(2);
    private ValidationMode validationMode = ValidationMode.STRICT;
    private FrameListener frameListener = e -> {};
    private final Map<String, String> configuration = new LinkedHashMap<>();
    private String password;

    private Builder() {}

    /** The CSMS URL without the charge point id (required). */
    public Builder serverUri(URI uri) {
      this.serverUri = Objects.requireNonNull(uri, "serverUri");
      return this;
    }

    /** The charge point id (required). */
    public Builder chargePointId(String id) {
      this.chargePointId = Objects.requireNonNull(id, "chargePointId");
      return this;
    }

    /** The version (default 1.6). */
    public Builder version(OcppVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** The clock stamping recordings and default date-times (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long the station waits for answers to its CALLs (default 10 s). */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Objects.requireNonNull(timeout, "callTimeout");
      return this;
    }

    /** Reconnect backoff, first delay and cap (defaults 50 ms and 2 s: tests reconnect fast). */
    public Builder reconnectBackoff(Duration min, Duration max) {
      this.minBackoff = Objects.requireNonNull(min, "min");
      this.maxBackoff = Objects.requireNonNull(max, "max");
      return this;
    }

    /** How strictly received payloads are checked (default strict). */
    public Builder validationMode(ValidationMode mode) {
      this.validationMode = Objects.requireNonNull(mode, "validationMode");
      return this;
    }

    /** Also sees every frame. */
    public Builder frameListener(FrameListener listener) {
      this.frameListener = Objects.requireNonNull(listener, "frameListener");
      return this;
    }

    /** A configuration key (1.6) or {@code Component/Variable} (2.0.1) and its value. */
    public Builder configuration(String key, String value) {
      configuration.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** HTTP Basic password (user name = charge point id). */
    public Builder basicAuthPassword(String password) {
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * Builds the station (not connected).
     *
     * @throws IllegalStateException when serverUri or chargePointId is missing
     */
    public MockChargingStation build() {
      if (serverUri == null) {
        throw new IllegalStateException("serverUri is required");
      }
      if (chargePointId == null) {
        throw new IllegalStateException("chargePointId is required");
      }
      return new MockChargingStation(this);
    }
  }
}
