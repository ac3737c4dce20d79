package org.evdepot.manage.core.service;

import java.time.Instant;
import java.util.Objects;

/**
 * A StatusNotification, either version. For 1.6 pass the connector id as both EVSE and connector
 * id; connector 0 (EVSE 0) is the whole charger.
 *
 * @param chargerId charger
 * @param evseId EVSE id (2.0.1) or connector id (1.6)
 * @param connectorId connector id
 * @param status status as sent
 * @param errorCode 1.6 error code, or null
 * @param info free text, or null
 * @param vendorErrorCode vendor error code, or null
 * @param timestamp the charger's time of the status; null means now
 */
public record StatusReport(
    String chargerId,
    int evseId,
    int connectorId,
    String status,
    String errorCode,
    String info,
    String vendorErrorCode,
    Instant timestamp) {

  /** Validates the required fields. */
  public StatusReport {
    Objects.requireNonNull(chargerId, "chargerId");
    Objects.requireNonNull(status, "status");
    if (evseId < 0 || connectorId < 0) {
      throw new IllegalArgumentException(
          "evseId and connectorId must not be negative, got: " + evseId + "/" + connectorId);
    }
  }
}
