package org.evdepot.telematics;

import java.util.Objects;

/**
 * Why one vehicle of a batch could not be fetched while the others could.
 *
 * @param vehicleId our vehicle id
 * @param code what went wrong (typically {@link ErrorCode#VEHICLE_ASLEEP})
 * @param message what the provider said
 */
public record VehicleFailure(String vehicleId, ErrorCode code, String message) {
  /** Validates the fields. */
  public VehicleFailure {
    Objects.requireNonNull(vehicleId, "vehicleId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
