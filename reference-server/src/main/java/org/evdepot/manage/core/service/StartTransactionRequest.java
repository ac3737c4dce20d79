package org.evdepot.manage.core.service;

import java.time.Instant;
import java.util.Objects;

/**
 * An OCPP 1.6 StartTransaction.
 *
 * @param chargerId charger
 * @param connectorId connector (1..n)
 * @param idTag id tag
 * @param meterStartWh energy register at start, Wh
 * @param timestamp start time as the charger reports it
 * @param reservationId reservation, or null
 */
public record StartTransactionRequest(
    String chargerId,
    int connectorId,
    String idTag,
    long meterStartWh,
    Instant timestamp,
    Integer reservationId) {

  /** Validates the required fields. */
  public StartTransactionRequest {
    Objects.requireNonNull(chargerId, "chargerId");
    Objects.requireNonNull(idTag, "idTag");
    Objects.requireNonNull(timestamp, "timestamp");
  }
}
