package org.evdepot.bench.telematics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.evdepot.telematics.ChargingState;
import org.evdepot.telematics.FetchRequest;
import org.evdepot.telematics.FetchResult;
import org.evdepot.telematics.Observation;
import org.evdepot.telematics.PlugState;
import org.evdepot.telematics.ProviderCapabilities;
import org.evdepot.telematics.SocBasis;
import org.evdepot.telematics.StateOfCharge;
import org.evdepot.telematics.TelematicsProvider;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.evdepot.telematics.polling.PollReport;
import org.evdepot.telematics.polling.PollingScheduler;
import org.evdepot.telematics.polling.ProviderLimits;
import org.evdepot.telematics.store.InMemorySnapshotStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The scheduler planning a simulated hour of 100,000 vehicles across 5 providers (Smartcar-like,
 * Tesla-like, Samsara-like, Geotab-like and a push provider, 20,000 each) on a virtual clock
 * stepped every second (as a driver calling runDue each second would), with in-memory providers
 * that answer at once. It measures the scheduler's own cost (queues, token buckets, quotas,
 * adaptive intervals, jitter, store merges), not HTTP. After each run it checks that no provider
 * got more requests than its budget allows.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SchedulerPlanningBenchmark -f 1 -wi 2
 * -i 3}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SchedulerPlanningBenchmark {
  private static final int PER_PROVIDER = 20_000;
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration STEP = Duration.ofSeconds(1);
  private static final Instant START = Instant.parse("2026-03-02T05:00:00Z");

  /** name, batch, requests/s, burst, daily quota, push-only. */
  private static final Object[][] PROVIDERS = {
    {"smartcar", 1, 25.0, 50, 0L, false},
    {"tesla", 1, 15.0, 30, 500_000L, false},
    {"samsara", 100, 5.0, 10, 0L, false},
    {"geotab", 25, 10.0, 20, 0L, false},
    {"push", 1, 1.0, 1, 0L, true},
  };

  private VirtualClock clock;
  private PollingScheduler scheduler;
  private Map<String, CountingProvider> providers;
  private long requests;

  @Setup(Level.Invocation)
  public void setUp() {
    clock = new VirtualClock(START);
    providers = new LinkedHashMap<>();
    PollingScheduler.Builder b =
        PollingScheduler.builder()
            .clock(clock)
            .store(new InMemorySnapshotStore())
            .seed(11)
            // send on the measuring thread: the benchmark times planning plus recording
            .executor(Runnable::run);
    for (Object[] p : PROVIDERS) {
      CountingProvider cp =
          new CountingProvider(
              (String) p[0], new ProviderCapabilities((int) p[1], false, (boolean) p[5]), clock);
      providers.put(cp.id(), cp);
      b.provider(cp, new ProviderLimits((double) p[2], (int) p[3], (long) p[4]));
    }
    scheduler = b.build();
    for (Object[] p : PROVIDERS) {
      for (int i = 0; i < PER_PROVIDER; i++) {
        scheduler.register(new VehicleRef(p[0] + "-" + i, (String) p[0], "x" + i));
      }
    }
  }

  /** One simulated hour. */
  @Benchmark
  public long planOneHour() {
    long sent = 0;
    Instant end = START.plus(HOUR);
    while (clock.instant().isBefore(end)) {
      PollReport r = scheduler.runDue();
      sent += r.requests();
      clock.advance(STEP);
    }
    requests = sent;
    return sent;
  }

  @TearDown(Level.Invocation)
  public void checkWithinLimits() {
    StringBuilder sb = new StringBuilder("requests in 1 h:");
    for (Object[] p : PROVIDERS) {
      CountingProvider cp = providers.get(p[0]);
      double allowed = (double) p[2] * HOUR.toSeconds() + (int) p[3];
      if (cp.requests > allowed) {
        throw new IllegalStateException(cp.id() + " got " + cp.requests + " > " + allowed);
      }
      sb.append(' ')
          .append(cp.id())
          .append('=')
          .append(cp.requests)
          .append(" (")
          .append(cp.vehicles)
          .append(" vehicles, budget ")
          .append((long) allowed)
          .append(')');
    }
    if (requests <= 0) {
      throw new IllegalStateException("no requests planned");
    }
    System.out.println(sb);
  }

  /** A provider that answers every vehicle with a fresh, plugged, charging-or-not snapshot. */
  static final class CountingProvider implements TelematicsProvider {
    private final String id;
    private final ProviderCapabilities capabilities;
    private final Clock clock;
    long requests;
    long vehicles;

    CountingProvider(String id, ProviderCapabilities capabilities, Clock clock) {
      this.id = id;
      this.capabilities = capabilities;
      this.clock = clock;
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
      requests++;
      Instant rx = clock.instant();
      Instant t = rx.minusSeconds(20);
      List<VehicleSnapshot> out = new ArrayList<>(request.vehicles().size());
      for (VehicleRef ref : request.vehicles()) {
        vehicles++;
        boolean charging = (ref.vehicleId().hashCode() & 3) == 0;
        out.add(
            VehicleSnapshot.builder(ref, rx)
                .stateOfCharge(
                    Observation.of(
                        new StateOfCharge(charging ? 40 : 97, SocBasis.USABLE), t, null, rx))
                .plugState(
                    Observation.of(charging ? PlugState.PLUGGED : PlugState.UNPLUGGED, t, null, rx))
                .chargingState(
                    Observation.of(
                        charging ? ChargingState.CHARGING : ChargingState.IDLE, t, null, rx))
                .build());
      }
      return new FetchResult(out, List.of());
    }
  }

  /** A clock moved by the benchmark. */
  static final class VirtualClock extends Clock {
    private Instant now;

    VirtualClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
