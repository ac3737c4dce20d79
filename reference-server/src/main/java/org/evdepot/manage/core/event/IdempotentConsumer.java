package org.evdepot.manage.core.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Wraps a consumer so that it sees each event id once, remembering the last {@code capacity} ids.
 * Redeliveries (the outbox relay publishes at least once) are dropped.
 */
public final class IdempotentConsumer implements Consumer<DomainEvent> {

  private final Consumer<DomainEvent> delegate;
  private final Map<UUID, Boolean> seen;

  /**
   * @param delegate the consumer to protect
   * @param capacity how many recent ids to remember, at least 1
   */
  public IdempotentConsumer(Consumer<DomainEvent> delegate, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got: " + capacity);
    }
    this.delegate = delegate;
    this.seen =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public void accept(DomainEvent event) {
    synchronized (seen) {
      if (seen.put(event.id(), Boolean.TRUE) != null) {
        return;
      }
    }
    delegate.accept(event);
  }
}
