package org.evdepot.telematics.store;

import java.time.Instant;
import org.evdepot.telematics.ChargingState;
import org.evdepot.telematics.Location;
import org.evdepot.telematics.PlugState;
import org.evdepot.telematics.ProviderStatus;

/** A change worth telling others about, detected when a snapshot is stored. */
public sealed interface SnapshotEvent {
  /** When we detected the change (our clock: the receive time of the data that caused it). */
  Instant at();

  /**
   * The state of charge moved by at least the configured threshold since the last reported value.
   *
   * @param vehicleId the vehicle
   * @param at when detected
   * @param fromPercent the last reported value
   * @param toPercent the new value
   */
  record SocChanged(String vehicleId, Instant at, double fromPercent, double toPercent)
      implements SnapshotEvent {}

  /**
   * The cable was connected or disconnected.
   *
   * @param vehicleId the vehicle
   * @param at when detected
   * @param from the previous state
   * @param to the new state
   */
  record PlugChanged(String vehicleId, Instant at, PlugState from, PlugState to)
      implements SnapshotEvent {
    /** Whether this is a connection. */
    public boolean plugged() {
      return to == PlugState.PLUGGED;
    }
  }

  /**
   * The charging state changed.
   *
   * @param vehicleId the vehicle
   * @param at when detected
   * @param from the previous state
   * @param to the new state
   */
  record ChargingChanged(String vehicleId, Instant at, ChargingState from, ChargingState to)
      implements SnapshotEvent {
    /** Whether charging started. */
    public boolean started() {
      return to == ChargingState.CHARGING && from != ChargingState.CHARGING;
    }

    /** Whether charging stopped (for any reason: complete, idle, error). */
    public boolean stopped() {
      return from == ChargingState.CHARGING && to != ChargingState.CHARGING;
    }
  }

  /**
   * The vehicle moved by at least the configured distance since the last reported position.
   *
   * @param vehicleId the vehicle
   * @param at when detected
   * @param from the last reported position
   * @param to the new position
   * @param metres the distance between them
   */
  record LocationChanged(String vehicleId, Instant at, Location from, Location to, double metres)
      implements SnapshotEvent {}

  /**
   * The vehicle's data became stale (its provider could not be reached).
   *
   * @param vehicleId the vehicle
   * @param at when detected
   * @param reason why
   */
  record BecameStale(String vehicleId, Instant at, String reason) implements SnapshotEvent {}

  /**
   * A provider's health changed.
   *
   * @param providerId the provider
   * @param at when detected
   * @param from the previous status
   * @param to the new status
   * @param detail why (never contains secrets)
   */
  record ProviderStatusChanged(
      String providerId, Instant at, ProviderStatus from, ProviderStatus to, String detail)
      implements SnapshotEvent {}
}
