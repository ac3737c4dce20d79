package org.evdepot.manage.core.event;

import java.util.function.Consumer;

/**
 * Carries committed domain events to their consumers. The in-process implementation ({@link
 * InProcessEventBus}) calls consumers on the publishing thread; a RabbitMQ implementation will take
 * its place when core and workers run as separate processes. Delivery is at least once.
 */
public interface EventBus {

  /**
   * Delivers an event to every subscriber. A failing subscriber does not stop the others.
   *
   * @param event the event
   */
  void publish(DomainEvent event);

  /**
   * Registers a consumer.
   *
   * @param consumer called for each event; must tolerate redelivery of the same event id
   * @return closing it unsubscribes
   */
  AutoCloseable subscribe(Consumer<DomainEvent> consumer);
}
