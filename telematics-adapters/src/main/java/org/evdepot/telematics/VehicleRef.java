package org.evdepot.telematics;

import java.util.Objects;

/**
 * Links one of our vehicles to its identity at one provider.
 *
 * @param vehicleId our vehicle id (stable across providers)
 * @param providerId the {@link TelematicsProvider#id()} that serves the vehicle
 * @param providerVehicleRef the provider's id for the vehicle (Smartcar vehicle id, Geotab device
 *     id, Samsara vehicle id, Tesla VIN or vehicle tag)
 */
public record VehicleRef(String vehicleId, String providerId, String providerVehicleRef) {
  /** Validates that no part is blank. */
  public VehicleRef {
    requireText(vehicleId, "vehicleId");
    requireText(providerId, "providerId");
    requireText(providerVehicleRef, "providerVehicleRef");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank but was '" + value + "'");
    }
  }
}
