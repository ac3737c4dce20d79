package org.evdepot.manage.core.event;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded default {@link EventBus}: subscribers are called on the publishing thread. */
@Singleton
public class InProcessEventBus implements EventBus {

  private static final Logger LOG = LoggerFactory.getLogger(InProcessEventBus.class);

  private final List<Consumer<DomainEvent>> subscribers = new CopyOnWriteArrayList<>();

  @Override
  public void publish(DomainEvent event) {
    for (Consumer<DomainEvent> subscriber : subscribers) {
      try {
        subscriber.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("Event subscriber failed on {} {}", event.type(), event.id(), e);
      }
    }
  }

  @Override
  public AutoCloseable subscribe(Consumer<DomainEvent> consumer) {
    subscribers.add(consumer);
    return () -> subscribers.remove(consumer);
  }
}
