package org.evdepot.ocpp.station.reliability;

import java.util.Objects;
import org.evdepot.ocpp.OcppVersion;

/**
 * One transaction-related message waiting in a {@link MessageStore} for its CALLRESULT.
 *
 * @param sequence position in the queue, assigned by the store, strictly increasing
 * @param version the protocol version the payload belongs to
 * @param action the action name, e.g. {@code StartTransaction}
 * @param payload the request payload as JSON text, exactly as the action's codec writes it
 * @param localTransactionId OCPP 1.6 only: for a StartTransaction, the local (negative) transaction
 *     id it opens; for a MeterValues or StopTransaction, the local id whose CSMS-assigned id must
 *     replace {@code transactionId} before sending; null otherwise
 * @param attempts how many tries have failed so far
 */
public record StoredMessage(
    long sequence,
    OcppVersion version,
    String action,
    String payload,
    Integer localTransactionId,
    int attempts) {
  /** Validates the message. */
  public StoredMessage {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be positive, was " + sequence);
    }
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(payload, "payload");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
    }
  }

  /** The same message with {@code attempts} failed tries. */
  public StoredMessage withAttempts(int attempts) {
    return new StoredMessage(sequence, version, action, payload, localTransactionId, attempts);
  }
}
