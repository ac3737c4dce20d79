package org.evdepot.ocpp.testkit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppRequest;
import org.evdepot.ocpp.OcppResponse;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.ValidationMode;
import org.evdepot.ocpp.csms.OcppCsmsServer;
import org.evdepot.ocpp.internal.testkit.DefaultResponses;
import org.evdepot.ocpp.internal.testkit.MockCore;
import org.evdepot.ocpp.internal.testkit.SpecRules;
import org.evdepot.ocpp.rpc.CallErrorException;
import org.evdepot.ocpp.rpc.FrameEvent;
import org.evdepot.ocpp.rpc.FrameListener;
import org.evdepot.ocpp.rpc.OcppSession;
import org.evdepot.ocpp.rpc.RequestHandler;
import org.evdepot.ocpp.rpc.RpcErrorCode;
import org.evdepot.ocpp.rpc.RpcOptions;
import org.evdepot.ocpp.rpc.SessionListener;

/**
 * A scriptable CSMS for tests of charging stations, in the spirit of OkHttp's {@code
 * MockWebServer}: it listens on loopback at {@code
 * ws://127.0.0.1:<port><basePath>/{chargePointId}}, answers every station-initiated action of its
 * versions, records every frame and CALL, and checks what it receives against the rules of the
 * specification.
 *
 * <p><b>Unscripted answers.</b> BootNotification: Accepted with the current time and the heartbeat
 * interval; Heartbeat: the current time; 1.6 StartTransaction: Accepted with a new transaction id
 * (1, 2, ...); 1.6 StopTransaction: Accepted idTagInfo when an idTag was given; 2.0.1
 * TransactionEvent: an empty response, with an Accepted idTokenInfo when the event carried an
 * idToken; Authorize: Accepted; every other action the smallest valid response, with enumerations
 * at {@code Accepted} where the enumeration has it.
 *
 * <p><b>Scripting.</b> {@link #enqueue} (one answer, used once, in order), {@link #enqueueError},
 * {@link #enqueueNoAnswer} (to provoke the station's timeout), and {@link #respond} (a function
 * answering every later CALL of an action).
 *
 * <p><b>Recording.</b> {@link #takeCall(ActionType, Duration)} and {@link #takeFrame(Duration)}
 * return the oldest not yet taken, waiting up to a deadline; {@link #calls()} and {@link #frames()}
 * return everything.
 *
 * <p><b>Rules</b> ({@link RuleViolation} lists them): CALLs before the BootNotification was
 * accepted (unless asked for with TriggerMessage), a BootNotification retry sooner than the
 * interval of a Pending or Rejected response, 1.6 StopTransaction and MeterValues for unknown or
 * stopped transactions, 2.0.1 TransactionEvents out of order or with a {@code seqNo} that does not
 * increase, CALLs the RPC layer rejects (schema violations), and responses to nothing. Violations
 * do not change the answer; assert on {@link #violations()}. The state behind the rules is kept per
 * charge point id across reconnects and {@link #stop()}/{@link #start()}.
 *
 * <pre>{@code
 * try (MockCsms csms = MockCsms.builder().version(OcppVersion.V16).build().start()) {
 *   // point the station under test at csms.uri()
 *   csms.enqueue(V16Actions.BOOT_NOTIFICATION,
 *       new BootNotificationResponse(RegistrationStatus.PENDING, Instant.now(), 10));
 *   RecordedCall<BootNotificationRequest> boot =
 *       csms.takeCall(V16Actions.BOOT_NOTIFICATION, Duration.ofSeconds(5));
 *   assertThat(csms.violations()).isEmpty();
 * }
 * }</pre>
 *
 * <p>From the command line: {@code java -cp ... org.evdepot.ocpp.testkit.MockCsms --port 9000
 * --version 2.0.1} (see {@link #main}).
 */
public final class MockCsms implements AutoCloseable {
  private final int port;
  private final String basePath;
  private final Set<OcppVersion> versions;
  private final Clock clock;
  private final MockCore core;
  private final SpecRules rules;
  private final OcppCsmsServer server;
  private final Object sessionsChanged = new Object();
  private boolean running;

  private MockCsms(Builder b) {
    this.port = b.port == 0 ? freePort() : b.port;
    this.basePath = b.basePath;
    this.versions = EnumSet.copyOf(b.versions);
    this.clock = b.clock;
    this.rules = new SpecRules(clock);
    this.core = new MockCore(clock, rules);
    DefaultResponses defaults = new DefaultResponses(clock, b.heartbeatInterval);
    FrameListener userListener = b.frameListener;
    OcppCsmsServer.Builder sb =
        OcppCsmsServer.builder()
            .port(port)
            .basePath(basePath)
            .clock(clock)
            .rpcOptions(
                RpcOptions.builder()
                    .callTimeout(b.callTimeout)
                    .validationMode(b.validationMode)
                    .frameListener(
                        e -> {
                          core.frameListener().onFrame(e);
                          userListener.onFrame(e);
                        })
                    .build())
            .sessionListener(
                new SessionListener() {
                  @Override
                  public void onOpen(OcppSession session) {
                    synchronized (sessionsChanged) {
                      sessionsChanged.notifyAll();
                    }
                  }
                });
    for (OcppVersion v : versions) {
      sb.version(v.catalog(), core.handlers(v.catalog(), true, defaults::csms));
    }
    this.server = sb.build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening (again, after {@link #stop()}: recordings and rule state are kept). */
  public synchronized MockCsms start() {
    if (!running) {
      server.start();
      running = true;
    }
    return this;
  }

  /**
   * Stops listening and closes every connection, as a CSMS outage would. Recordings and the state
   * behind the rules stay, so {@link #start()} resumes where it left.
   */
  public synchronized void stop() {
    if (running) {
      server.stop();
      running = false;
    }
  }

  /** Stops the mock. */
  @Override
  public void close() {
    stop();
  }

  /** The port. */
  public int port() {
    return port;
  }

  /** The URL to give a station as its server URI: {@code ws://127.0.0.1:<port><basePath>}. */
  public URI uri() {
    return URI.create("ws://127.0.0.1:" + port + basePath);
  }

  // ---------------------------------------------------------------- scripting

  /** Answers the next CALL of {@code action} with {@code response} (once; queued in order). */
  public <Q extends OcppRequest<R>, R extends OcppResponse> MockCsms enqueue(
      ActionType<Q, R> action, R response) {
    Objects.requireNonNull(response, "response");
    core.script().enqueue(action, (req, ctx) -> CompletableFuture.completedFuture(response));
    return this;
  }

  /** Answers the next CALL of {@code action} with a CALLERROR (once; queued in order). */
  public MockCsms enqueueError(ActionType<?, ?> action, RpcErrorCode code, String description) {
    CallErrorException error = new CallErrorException(code, description);
    core.script().enqueue(action, (req, ctx) -> CompletableFuture.failedFuture(error));
    return this;
  }

  /** Leaves the next CALL of {@code action} unanswered, so that the station times out. */
  public MockCsms enqueueNoAnswer(ActionType<?, ?> action) {
    core.script().enqueue(action, (req, ctx) -> new CompletableFuture<>());
    return this;
  }

  /**
   * Answers every later CALL of {@code action} (not taken by a queued answer) with {@code handler};
   * throw {@link CallErrorException} from it to answer with a CALLERROR.
   */
  @SuppressWarnings("unchecked")
  public <Q extends OcppRequest<R>, R extends OcppResponse> MockCsms respond(
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

  /** Every CALL received so far, oldest first. */
  public List<RecordedCall<?>> calls() {
    return core.recorder().calls();
  }

  /** Every frame so far, in and out, oldest first. */
  public List<FrameEvent> frames() {
    return core.recorder().frames();
  }

  /** Every rule violation so far, oldest first. */
  public List<RuleViolation> violations() {
    return core.recorder().violations();
  }

  /** The first violation of {@code rule}, waiting up to {@code timeout}. */
  public RuleViolation awaitViolation(String rule, Duration timeout) {
    return core.recorder().awaitViolation(v -> v.rule().equals(rule), timeout);
  }

  /** Whether the station's BootNotification was accepted (by default or scripted answer). */
  public boolean isAccepted(String chargePointId) {
    return rules.accepted(chargePointId);
  }

  // ---------------------------------------------------------------- CSMS-initiated

  /** The open session of {@code chargePointId}, waiting up to {@code timeout} for it. */
  public OcppSession awaitSession(String chargePointId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (sessionsChanged) {
      while (true) {
        OcppSession s = server.session(chargePointId).orElse(null);
        if (s != null && s.isOpen()) {
          return s;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new MockTimeoutException(chargePointId + " did not connect within " + timeout);
        }
        try {
          // Woken by onOpen; the bounded wait also covers a session that opened between checks.
          sessionsChanged.wait(Math.min(50, Math.max(1, left / 1_000_000)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new MockTimeoutException("interrupted waiting for " + chargePointId);
        }
      }
    }
  }

  /**
   * Sends a CSMS-initiated CALL to a connected station. A TriggerMessage also allows the requested
   * message once before the registration is accepted.
   *
   * @throws MockTimeoutException when the station is not connected
   */
  public <R extends OcppResponse> CompletionStage<R> call(
      String chargePointId, OcppRequest<R> request) {
    OcppSession s =
        server
            .session(chargePointId)
            .orElseThrow(() -> new MockTimeoutException(chargePointId + " is not connected"));
    if (request instanceof org.evdepot.ocpp.v16.TriggerMessageRequest) {
      rules.triggered(
          chargePointId,
          ((org.evdepot.ocpp.v16.TriggerMessageRequest) request).requestedMessage().wireValue());
    } else if (request instanceof org.evdepot.ocpp.v201.TriggerMessageRequest) {
      String m =
          ((org.evdepot.ocpp.v201.TriggerMessageRequest) request).requestedMessage().wireValue();
      rules.triggered(chargePointId, m.startsWith("Sign") ? "SignCertificate" : m);
    }
    return s.call(request);
  }

  // ---------------------------------------------------------------- command line

  /**
   * Runs a mock CSMS until the process is stopped, printing every frame to standard output.
   *
   * <pre>
   * --port N                 TCP port (default 9000)
   * --version 1.6|2.0.1|both versions to accept (default both)
   * --base-path /ocpp        path before the charge point id (default none)
   * --heartbeat-interval S   interval of the Accepted BootNotification response (default 300)
   * --lenient                accept recoverable schema violations (default strict)
   * </pre>
   */
  public static void main(String[] args) throws InterruptedException {
    Builder b = builder().port(9000);
    // The command line's standard output is this tool's interface, not library logging.
    PrintStream out = System.out;
    List<OcppVersion> vs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--port":
          b.port(Integer.parseInt(arg(args, ++i, a)));
          break;
        case "--version":
          vs.addAll(parseVersions(arg(args, ++i, a)));
          break;
        case "--base-path":
          b.basePath(arg(args, ++i, a));
          break;
        case "--heartbeat-interval":
          b.heartbeatInterval(Integer.parseInt(arg(args, ++i, a)));
          break;
        case "--lenient":
          b.validationMode(ValidationMode.LENIENT);
          break;
        default:
          throw new IllegalArgumentException(
              "unknown option "
                  + a
                  + "; use --port, --version, --base-path,"
                  + " --heartbeat-interval, --lenient");
      }
    }
    if (!vs.isEmpty()) {
      b.versions(vs);
    }
    b.frameListener(
        e ->
            out.println(
                e.timestamp() + " " + e.chargePointId() + " " + e.direction() + " " + e.text()));
    MockCsms csms = b.build().start();
    out.println(
        "MockCsms listening on "
            + csms.uri()
            + "/{chargePointId} for "
            + csms.versions.stream().map(OcppVersion::subprotocol).toList());
    CountDownLatch forever = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (RuleViolation v : csms.violations()) {
                    out.println("VIOLATION " + v);
                  }
                  csms.close();
                  forever.countDown();
                }));
    forever.await();
  }

  static String arg(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  static List<OcppVersion> parseVersions(String s) {
    switch (s) {
      case "1.6":
      case "ocpp1.6":
        return List.of(OcppVersion.V16);
      case "2.0.1":
      case "ocpp2.0.1":
        return List.of(OcppVersion.V201);
      case "both":
        return List.of(OcppVersion.V16, OcppVersion.V201);
      default:
        throw new IllegalArgumentException("--version must be 1.6, 2.0.1 or both, was " + s);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builder of {@link MockCsms}. */
  public static final class Builder {
    private int port;
    private String basePath = "";
    private Set<OcppVersion> versions = EnumSet.allOf(OcppVersion.class);
    private Clock clock = Clock.systemUTC();
    private int heartbeatInterval = 300;
    private Duration callTimeout = Duration.ofSeconds(10);
    private ValidationMode validationMode = ValidationMode.STRICT;
    private FrameListener frameListener = e -> {};

    private Builder() {}

    /** The TCP port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The path before the charge point id, e.g. {@code /ocpp} (default none). */
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

    /** Accepts only {@code version} (default: every version). */
    public Builder version(OcppVersion version) {
      this.versions = EnumSet.of(Objects.requireNonNull(version, "version"));
      return this;
    }

    /** Accepts {@code versions}, not empty. */
    public Builder versions(List<OcppVersion> versions) {
      if (versions.isEmpty()) {
        throw new IllegalArgumentException("versions must not be empty");
      }
      this.versions = EnumSet.copyOf(versions);
      return this;
    }

    /** The clock for answers, recordings and the timing rules (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The interval of the default Accepted BootNotification response, seconds (default 300). */
    public Builder heartbeatInterval(int seconds) {
      if (seconds < 0) {
        throw new IllegalArgumentException(
            "heartbeatInterval must not be negative, was " + seconds);
      }
      this.heartbeatInterval = seconds;
      return this;
    }

    /** How long the mock waits for the station's answer to its CALLs (default 10 s). */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Objects.requireNonNull(timeout, "callTimeout");
      return this;
    }

    /** How strictly received payloads are checked (default strict). */
    public Builder validationMode(ValidationMode mode) {
      this.validationMode = Objects.requireNonNull(mode, "validationMode");
      return this;
    }

    /** Also sees every frame (the mock records them anyway). */
    public Builder frameListener(FrameListener listener) {
      this.frameListener = Objects.requireNonNull(listener, "frameListener");
      return this;
    }

    /** Builds the mock (not started). */
    public MockCsms build() {
      return new MockCsms(this);
    }
  }
}
