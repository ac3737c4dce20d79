package org.evdepot.telematics.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.evdepot.telematics.ChargingState;
import org.evdepot.telematics.Location;
import org.evdepot.telematics.Observation;
import org.evdepot.telematics.PlugState;
import org.evdepot.telematics.ProviderStatus;
import org.evdepot.telematics.Quality;
import org.evdepot.telematics.SocBasis;
import org.evdepot.telematics.StateOfCharge;
import org.evdepot.telematics.VehicleRef;
import org.evdepot.telematics.VehicleSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite every {@link SnapshotStore} passes. Extend it and implement {@link
 * #newStore(ChangeThresholds)} (the store must start empty). Shipped in this module's test jar.
 */
public abstract class SnapshotStoreContract {
  protected static final VehicleRef BUS = new VehicleRef("bus-1", "p1", "ext-1");
  protected static final Instant T0 = Instant.parse("2026-03-02T05:00:00Z");

  protected SnapshotStore store;
  protected final List<SnapshotEvent> heard = new ArrayList<>();

  /** A new, empty store with the given event thresholds. */
  protected abstract SnapshotStore newStore(ChangeThresholds thresholds);

  @BeforeEach
  void createStore() {
    store = newStore(new ChangeThresholds(2.0, 100.0));
    store.subscribe(heard::add);
  }

  /** A snapshot observed at {@code T0 + minutes}, received a minute later. */
  protected static VehicleSnapshot at(int minutes, double soc, PlugState plug, ChargingState cs) {
    Instant t = T0.plus(Duration.ofMinutes(minutes));
    Instant rx = t.plusSeconds(60);
    return VehicleSnapshot.builder(BUS, rx)
        .stateOfCharge(Observation.of(new StateOfCharge(soc, SocBasis.USABLE), t, null, rx))
        .plugState(Observation.of(plug, t, null, rx))
        .chargingState(Observation.of(cs, t, null, rx))
        .build();
  }

  @Test
  void emptyStore_hasNothing() {
    assertThat(store.latest("bus-1")).isEmpty();
    assertThat(store.all()).isEmpty();
    assertThat(store.providerStatus("p1")).isEmpty();
  }

  @Test
  void apply_storesTheSnapshotAndReturnsItAsLatest() {
    VehicleSnapshot s = at(0, 50, PlugState.UNPLUGGED, ChargingState.IDLE);
    assertThat(store.apply(s)).isEmpty();
    assertThat(store.latest("bus-1")).contains(s);
    assertThat(store.all()).containsExactly(s);
  }

  @Test
  void olderSnapshot_neverOverwritesNewerFields() {
    store.apply(at(10, 60, PlugState.PLUGGED, ChargingState.CHARGING));
    store.apply(at(5, 55, PlugState.UNPLUGGED, ChargingState.IDLE));
    VehicleSnapshot latest = store.latest("bus-1").orElseThrow();
    assertThat(latest.stateOfCharge().valueOrNull().percent()).isEqualTo(60);
    assertThat(latest.plugState().valueOrNull()).isEqualTo(PlugState.PLUGGED);
    assertThat(heard).isEmpty();
  }

  @Test
  void odometer_neverDecreases() {
    Instant rx = T0.plusSeconds(60);
    store.apply(
        VehicleSnapshot.builder(BUS, rx).odometerKm(Observation.of(1000.0, T0, null, rx)).build());
    Instant rx2 = rx.plusSeconds(600);
    store.apply(
        VehicleSnapshot.builder(BUS, rx2)
            .odometerKm(Observation.of(990.0, rx2.minusSeconds(30), null, rx2))
            .build());
    assertThat(store.latest("bus-1").orElseThrow().odometerKm().valueOrNull()).isEqualTo(1000.0);
  }

  @Test
  void socChange_isReportedOnlyFromTheThresholdOn_andDriftAddsUp() {
    store.apply(at(0, 50, PlugState.PLUGGED, ChargingState.CHARGING));
    assertThat(store.apply(at(1, 51, PlugState.PLUGGED, ChargingState.CHARGING))).isEmpty();
    List<SnapshotEvent> events = store.apply(at(2, 52, PlugState.PLUGGED, ChargingState.CHARGING));
    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            SnapshotEvent.SocChanged.class,
            e -> {
              assertThat(e.fromPercent()).isEqualTo(50);
              assertThat(e.toPercent()).isEqualTo(52);
              assertThat(e.vehicleId()).isEqualTo("bus-1");
            });
    assertThat(heard).containsExactlyElementsOf(events);
  }

  @Test
  void plugAndChargingTransitions_areReported() {
    store.apply(at(0, 40, PlugState.UNPLUGGED, ChargingState.IDLE));
    List<SnapshotEvent> plugged = store.apply(at(1, 40, PlugState.PLUGGED, ChargingState.CHARGING));
    assertThat(plugged).hasSize(2);
    assertThat(plugged.get(0))
        .isInstanceOfSatisfying(
            SnapshotEvent.PlugChanged.class, e -> assertThat(e.plugged()).isTrue());
    assertThat(plugged.get(1))
        .isInstanceOfSatisfying(
            SnapshotEvent.ChargingChanged.class, e -> assertThat(e.started()).isTrue());
    List<SnapshotEvent> done = store.apply(at(2, 41, PlugState.PLUGGED, ChargingState.COMPLETE));
    assertThat(done)
        .singleElement()
        .isInstanceOfSatisfying(
            SnapshotEvent.ChargingChanged.class, e -> assertThat(e.stopped()).isTrue());
    List<SnapshotEvent> unplugged = store.apply(at(3, 41, PlugState.UNPLUGGED, ChargingState.IDLE));
    assertThat(unplugged.get(0))
        .isInstanceOfSatisfying(
            SnapshotEvent.PlugChanged.class, e -> assertThat(e.plugged()).isFalse());
  }

  @Test
  void locationChange_isReportedBeyondTheDistanceThreshold() {
    Instant rx = T0.plusSeconds(60);
    store.apply(
        VehicleSnapshot.builder(BUS, rx)
            .location(Observation.of(Location.of(52.0, 4.0), T0, null, rx))
            .build());
    Instant rx2 = rx.plusSeconds(60);
    assertThat(
            store.apply(
                VehicleSnapshot.builder(BUS, rx2)
                    .location(Observation.of(Location.of(52.0005, 4.0), rx, null, rx2))
                    .build()))
        .isEmpty();
    Instant rx3 = rx2.plusSeconds(60);
    assertThat(
            store.apply(
                VehicleSnapshot.builder(BUS, rx3)
                    .location(Observation.of(Location.of(52.002, 4.0), rx2, null, rx3))
                    .build()))
        .singleElement()
        .isInstanceOfSatisfying(
            SnapshotEvent.LocationChanged.class,
            e -> assertThat(e.metres()).isBetween(220.0, 225.0));
  }

  @Test
  void markStale_degradesFreshValuesOnceAndReportsIt() {
    store.apply(at(0, 50, PlugState.PLUGGED, ChargingState.CHARGING));
    Instant now = T0.plusSeconds(3600);
    assertThat(store.markStale("bus-1", "p1 down", now))
        .singleElement()
        .isInstanceOf(SnapshotEvent.BecameStale.class);
    VehicleSnapshot s = store.latest("bus-1").orElseThrow();
    assertThat(s.stateOfCharge().quality()).isEqualTo(Quality.STALE);
    assertThat(s.stateOfCharge().valueOrNull().percent()).isEqualTo(50);
    assertThat(store.markStale("bus-1", "p1 down", now)).isEmpty();
    assertThat(store.markStale("unknown", "x", now)).isEmpty();
    // fresh data for the same observation time replaces the stale copy
    store.apply(at(0, 50, PlugState.PLUGGED, ChargingState.CHARGING));
    assertThat(store.latest("bus-1").orElseThrow().stateOfCharge().quality())
        .isEqualTo(Quality.FRESH);
  }

  @Test
  void providerStatus_isReportedOnChangeOnly() {
    assertThat(store.recordProviderStatus("p1", ProviderStatus.HEALTHY, "ok", T0)).isEmpty();
    List<SnapshotEvent> down =
        store.recordProviderStatus("p1", ProviderStatus.UNAVAILABLE, "HTTP 503", T0);
    assertThat(down)
        .singleElement()
        .isInstanceOfSatisfying(
            SnapshotEvent.ProviderStatusChanged.class,
            e -> {
              assertThat(e.from()).isEqualTo(ProviderStatus.HEALTHY);
              assertThat(e.to()).isEqualTo(ProviderStatus.UNAVAILABLE);
            });
    assertThat(store.recordProviderStatus("p1", ProviderStatus.UNAVAILABLE, "again", T0)).isEmpty();
    assertThat(store.providerStatus("p1")).contains(ProviderStatus.UNAVAILABLE);
  }

  @Test
  void unsubscribe_stopsDelivery() {
    List<SnapshotEvent> mine = new ArrayList<>();
    Runnable cancel = store.subscribe(mine::add);
    cancel.run();
    store.recordProviderStatus("p1", ProviderStatus.AUTH_FAILED, "401", T0);
    assertThat(mine).isEmpty();
    assertThat(heard).hasSize(1);
  }

  @Test
  void concurrentApplies_loseNoVehicleAndKeepTheNewestValue() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 250; i++) {
                    int minute = i * 4 + thread;
                    VehicleRef ref = new VehicleRef("v" + (i % 50), "p1", "x" + (i % 50));
                    Instant t0 = T0.plus(Duration.ofMinutes(minute));
                    store.apply(
                        VehicleSnapshot.builder(ref, t0.plusSeconds(1))
                            .odometerKm(
                                Observation.of((double) minute, t0, null, t0.plusSeconds(1)))
                            .build());
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.all()).hasSize(50);
    // vehicle v49's newest observation is minute (249 * 4 + 3)
    assertThat(store.latest("v49").orElseThrow().odometerKm().valueOrNull()).isEqualTo(999.0);
  }
}
