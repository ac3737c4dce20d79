package org.evdepot.manage.core.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An OCPP 1.6 StopTransaction.
 *
 * @param chargerId charger
 * @param transactionId the integer id the CSMS gave at start
 * @param idTag id tag, or null
 * @param meterStopWh energy register at stop, Wh
 * @param timestamp stop time
 * @param reason stop reason, or null (Local)
 * @param transactionData meter samples sent with the stop
 */
public record StopTransactionRequest(
    String chargerId,
    int transactionId,
    String idTag,
    long meterStopWh,
    Instant timestamp,
    String reason,
    List<MeterSample> transactionData) {

  /** Validates the required fields. */
  public StopTransactionRequest {
    Objects.requireNonNull(chargerId, "chargerId");
    Objects.requireNonNull(timestamp, "timestamp");
    transactionData = transactionData == null ? List.of() : List.copyOf(transactionData);
  }
}
