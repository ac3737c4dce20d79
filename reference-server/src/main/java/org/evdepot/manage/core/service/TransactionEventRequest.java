package org.evdepot.manage.core.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An OCPP 2.0.1 TransactionEvent.
 *
 * @param chargerId charger
 * @param eventType Started, Updated or Ended
 * @param timestamp event time
 * @param triggerReason trigger reason
 * @param seqNo sequence number within the transaction
 * @param offline whether it was queued while offline
 * @param transactionId the charger's transactionId
 * @param chargingState charging state, or null
 * @param stoppedReason stopped reason, or null
 * @param remoteStartId remote start id, or null
 * @param evseId EVSE, or null
 * @param connectorId connector, or null
 * @param idToken id token, or null
 * @param idTokenType id token type as sent (ISO14443, Central, ...), or null
 * @param meterValues meter samples, possibly empty
 */
public record TransactionEventRequest(
    String chargerId,
    EventType eventType,
    Instant timestamp,
    String triggerReason,
    int seqNo,
    boolean offline,
    String transactionId,
    String chargingState,
    String stoppedReason,
    Integer remoteStartId,
    Integer evseId,
    Integer connectorId,
    String idToken,
    String idTokenType,
    List<MeterSample> meterValues) {

  /** TransactionEventEnumType. */
  public enum EventType {
    /** First event of a transaction. */
    STARTED,
    /** Any event in between. */
    UPDATED,
    /** Last event of a transaction. */
    ENDED
  }

  /** Validates the required fields. */
  public TransactionEventRequest {
    Objects.requireNonNull(chargerId, "chargerId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(transactionId, "transactionId");
    meterValues = meterValues == null ? List.of() : List.copyOf(meterValues);
  }
}
