package org.evdepot.telematics;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One fetch of a batch of vehicles from one provider.
 *
 * @param vehicles the vehicles to fetch, all of this provider, at most its batch size
 * @param wakeAllowed ids of the vehicles that may be woken if asleep (normally none: waking costs
 *     battery and money)
 */
public record FetchRequest(List<VehicleRef> vehicles, Set<String> wakeAllowed) {
  /** Copies and validates the lists. */
  public FetchRequest {
    vehicles = List.copyOf(Objects.requireNonNull(vehicles, "vehicles"));
    wakeAllowed = Set.copyOf(Objects.requireNonNull(wakeAllowed, "wakeAllowed"));
    if (vehicles.isEmpty()) {
      throw new IllegalArgumentException("vehicles must not be empty");
    }
  }

  /** A request that never wakes a vehicle. */
  public static FetchRequest of(List<VehicleRef> vehicles) {
    return new FetchRequest(vehicles, Set.of());
  }

  /** A request for one vehicle that never wakes it. */
  public static FetchRequest of(VehicleRef vehicle) {
    return new FetchRequest(List.of(vehicle), Set.of());
  }

  /** Whether the given vehicle may be woken. */
  public boolean mayWake(String vehicleId) {
    return wakeAllowed.contains(vehicleId);
  }
}
