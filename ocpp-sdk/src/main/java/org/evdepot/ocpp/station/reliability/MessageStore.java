package org.evdepot.ocpp.station.reliability;

import java.util.List;
import java.util.Map;
import org.evdepot.ocpp.OcppVersion;

/**
 * Where a {@link ReliableStation} keeps the transaction-related messages that have not been
 * acknowledged by a CALLRESULT yet, plus the OCPP 1.6 map from local to CSMS-assigned transaction
 * ids. Every mutating method is durable when it returns (a file-backed store has written and synced
 * it), so that a message once accepted by {@link ReliableStation#call} survives a crash, and a
 * message once acknowledged is never sent again.
 *
 * <p>Implementations: {@link InMemoryMessageStore} (survives reconnects, not process restarts) and
 * {@link FileMessageStore} (an append-only journal). Implementations are thread-safe.
 */
public interface MessageStore extends AutoCloseable {
  /**
   * Appends a message at the end of the queue.
   *
   * @return the stored message with its new sequence number and no failed attempts
   * @throws MessageStoreException when it cannot be stored durably
   */
  StoredMessage append(
      OcppVersion version, String action, String payload, Integer localTransactionId);

  /**
   * Records that {@code sequence} has failed {@code attempts} tries; unknown sequences are ignored.
   */
  void recordAttempts(long sequence, int attempts);

  /**
   * Removes {@code sequence} from the queue: its CALLRESULT arrived, or it was dropped after its
   * last try. Removing an unknown or already removed sequence does nothing.
   */
  void remove(long sequence);

  /** The messages still queued, oldest first. */
  List<StoredMessage> pending();

  /**
   * Allocates a new local OCPP 1.6 transaction id for a StartTransaction sent before the CSMS
   * assigned one: -1, -2, ... never repeating for the life of the store.
   */
  int allocateLocalTransactionId();

  /** Records that the CSMS assigned {@code transactionId} to local transaction {@code localId}. */
  void mapTransaction(int localId, int transactionId);

  /** Every known local id with its CSMS-assigned transaction id. */
  Map<Integer, Integer> transactionMappings();

  /** Releases resources (closes the file); further use fails. */
  @Override
  void close();
}
