package org.evdepot.manage.core.service;

import java.util.Objects;

/**
 * A BootNotification, either version.
 *
 * @param chargerId charge point identity
 * @param ocppVersion "1.6" or "2.0.1"
 * @param vendor vendor name
 * @param model model
 * @param serialNumber serial number, or null
 * @param firmwareVersion firmware version, or null
 * @param reason 2.0.1 boot reason, or null
 */
public record BootRequest(
    String chargerId,
    String ocppVersion,
    String vendor,
    String model,
    String serialNumber,
    String firmwareVersion,
    String reason) {

  /** Validates the required fields. */
  public BootRequest {
    Objects.requireNonNull(chargerId, "chargerId");
    Objects.requireNonNull(ocppVersion, "ocppVersion");
  }
}
