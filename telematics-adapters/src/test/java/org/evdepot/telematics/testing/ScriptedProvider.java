package org.evdepot.telematics.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.evdepot.telematics.FetchRequest;
import org.evdepot.telematics.FetchResult;
import org.evdepot.telematics.ProviderCapabilities;
import org.evdepot.telematics.TelematicsProvider;

/** A provider whose answers a test scripts as a function; records each request and its time. */
public final class ScriptedProvider implements TelematicsProvider {
  /**
   * A recorded call.
   *
   * @param at when it was made
   * @param request what was asked
   */
  public record Call(Instant at, FetchRequest request) {}

  private final String id;
  private final ProviderCapabilities capabilities;
  private final Clock clock;
  private volatile Function<FetchRequest, FetchResult> behaviour;
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  /** A provider answering with {@code behaviour} (which may throw). */
  public ScriptedProvider(
      String id,
      ProviderCapabilities capabilities,
      Clock clock,
      Function<FetchRequest, FetchResult> behaviour) {
    this.id = id;
    this.capabilities = capabilities;
    this.clock = clock;
    this.behaviour = behaviour;
  }

  /** Replaces the behaviour. */
  public void behave(Function<FetchRequest, FetchResult> next) {
    this.behaviour = next;
  }

  /** The calls so far. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public ProviderCapabilities capabilities() {
    return capabilities;
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    calls.add(new Call(clock.instant(), request));
    return behaviour.apply(request);
  }
}
