package org.evdepot.telematics.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.telematics.ChargingState;
import org.evdepot.telematics.Location;
import org.evdepot.telematics.Observation;
import org.evdepot.telematics.PlugState;
import org.evdepot.telematics.StateOfCharge;
import org.evdepot.telematics.VehicleSnapshot;

/**
 * Derives change events from a stored snapshot and its successor. Shared by every {@link
 * SnapshotStore} implementation so they all emit the same events. State of charge and location are
 * compared with the last <em>reported</em> value (the {@link Baseline}), so a slow drift still
 * triggers an event once it adds up to the threshold.
 */
public final class ChangeDetector {
  private final ChangeThresholds thresholds;

  /** A detector with the given thresholds. */
  public ChangeDetector(ChangeThresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  /**
   * The last reported state of charge and position of a vehicle.
   *
   * @param socPercent last reported state of charge, or {@code NaN} when none yet
   * @param location last reported position, or {@code null} when none yet
   */
  public record Baseline(double socPercent, Location location) {
    /** No report yet. */
    public static final Baseline NONE = new Baseline(Double.NaN, null);
  }

  /**
   * The events and the new baseline.
   *
   * @param events detected events, in a fixed order (plug, charging, SoC, location)
   * @param baseline the baseline to keep for the next comparison
   */
  public record Outcome(List<SnapshotEvent> events, Baseline baseline) {
    /** Copies the events. */
    public Outcome {
      events = List.copyOf(events);
    }
  }

  /**
   * Compares a merged snapshot with the one held before.
   *
   * @param previous the snapshot held before, or {@code null} for the first one
   * @param merged the snapshot after merging the new data
   * @param baseline the last reported values
   * @param at when the change is detected
   */
  public Outcome detect(
      VehicleSnapshot previous, VehicleSnapshot merged, Baseline baseline, Instant at) {
    List<SnapshotEvent> events = new ArrayList<>(2);
    String id = merged.vehicleId();
    if (previous != null) {
      PlugState p0 = usable(previous.plugState());
      PlugState p1 = usable(merged.plugState());
      if (p0 != null
          && p1 != null
          && p0 != p1
          && p0 != PlugState.UNKNOWN
          && p1 != PlugState.UNKNOWN) {
        events.add(new SnapshotEvent.PlugChanged(id, at, p0, p1));
      }
      ChargingState c0 = usable(previous.chargingState());
      ChargingState c1 = usable(merged.chargingState());
      if (c0 != null
          && c1 != null
          && c0 != c1
          && c0 != ChargingState.UNKNOWN
          && c1 != ChargingState.UNKNOWN) {
        events.add(new SnapshotEvent.ChargingChanged(id, at, c0, c1));
      }
    }
    double soc = baseline.socPercent();
    StateOfCharge s = usable(merged.stateOfCharge());
    if (s != null) {
      if (Double.isNaN(soc)) {
        soc = s.percent();
      } else if (Math.abs(s.percent() - soc) >= thresholds.socPercent() && s.percent() != soc) {
        events.add(new SnapshotEvent.SocChanged(id, at, soc, s.percent()));
        soc = s.percent();
      }
    }
    Location loc = baseline.location();
    Location l = usable(merged.location());
    if (l != null) {
      if (loc == null) {
        loc = l;
      } else {
        double metres = loc.distanceMetresTo(l);
        if (metres >= thresholds.locationMetres() && metres > 0) {
          events.add(new SnapshotEvent.LocationChanged(id, at, loc, l, metres));
          loc = l;
        }
      }
    }
    return new Outcome(events, new Baseline(soc, loc));
  }

  private static <T> T usable(Observation<T> o) {
    return o.isUsable() ? o.valueOrNull() : null;
  }
}
