package org.evdepot.ocpp.station.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evdepot.ocpp.OcppVersion;

/**
 * A {@link MessageStore} in the heap: the queue survives reconnects but not a restart of the
 * process. The default of {@link ReliableStation}.
 */
public final class InMemoryMessageStore implements MessageStore {
  private final LinkedHashMap<Long, StoredMessage> pending = new LinkedHashMap<>();
  private final Map<Integer, Integer> mappings = new HashMap<>();
  private long lastSequence;
  private int lowestLocalId;

  /** An empty store. */
  public InMemoryMessageStore() {}

  @Override
  public synchronized StoredMessage append(
      OcppVersion version, String action, String payload, Integer localTransactionId) {
    StoredMessage m =
        new StoredMessage(++lastSequence, version, action, payload, localTransactionId, 0);
    pending.put(m.sequence(), m);
    return m;
  }

  @Override
  public synchronized void recordAttempts(long sequence, int attempts) {
    pending.computeIfPresent(sequence, (k, m) -> m.withAttempts(attempts));
  }

  @Override
  public synchronized void remove(long sequence) {
    pending.remove(sequence);
  }

  @Override
  public synchronized List<StoredMessage> pending() {
    return List.copyOf(new ArrayList<>(pending.values()));
  }

  @Override
  public synchronized int allocateLocalTransactionId() {
    return --lowestLocalId;
  }

  @Override
  public synchronized void mapTransaction(int localId, int transactionId) {
    mappings.put(localId, transactionId);
  }

  @Override
  public synchronized Map<Integer, Integer> transactionMappings() {
    return Map.copyOf(mappings);
  }

  @Override
  public void close() {}
}
