package org.evdepot.ocpp.station.reliability;

import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.evdepot.ocpp.v16.StartTransactionResponse;

/**
 * An OCPP 1.6 StartTransaction accepted into the queue.
 *
 * @param localTransactionId a negative id to use as {@code transactionId} in the MeterValues and
 *     StopTransaction of this transaction until (and after) the CSMS assigns the real one; the
 *     queue replaces it before sending
 * @param response completes with the CSMS's response once delivered
 */
public record PendingStart(
    int localTransactionId, CompletionStage<StartTransactionResponse> response) {
  /** Validates the values. */
  public PendingStart {
    if (localTransactionId >= 0) {
      throw new IllegalArgumentException(
          "localTransactionId must be negative, was " + localTransactionId);
    }
    Objects.requireNonNull(response, "response");
  }
}
