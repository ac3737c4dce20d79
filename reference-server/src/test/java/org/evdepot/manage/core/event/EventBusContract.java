package org.evdepot.manage.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link EventBus} must do; each implementation's test extends this class. */
abstract class EventBusContract {

  /**
   * @return a new bus without subscribers
   */
  abstract EventBus newBus();

  /**
   * Waits until the bus delivered what was published (no-op for synchronous buses).
   *
   * @param bus the bus
   */
  void awaitDelivery(EventBus bus) {}

  private static DomainEvent event(String charger) {
    return DomainEvent.of(EventType.CHARGER_CONNECTED, charger, Instant.EPOCH, Map.of("k", "v"));
  }

  @Test
  void publish_reachesEverySubscriber_withTheSameEvent() {
    EventBus bus = newBus();
    List<DomainEvent> a = new ArrayList<>();
    List<DomainEvent> b = new ArrayList<>();
    bus.subscribe(a::add);
    bus.subscribe(b::add);
    DomainEvent e = event("BUS-1");

    bus.publish(e);
    awaitDelivery(bus);

    assertThat(a).containsExactly(e);
    assertThat(b).containsExactly(e);
  }

  @Test
  void failingSubscriber_doesNotStopTheOthers() {
    EventBus bus = newBus();
    List<DomainEvent> seen = new ArrayList<>();
    bus.subscribe(
        e -> {
          throw new IllegalStateException("consumer bug");
        });
    bus.subscribe(seen::add);

    bus.publish(event("BUS-2"));
    awaitDelivery(bus);

    assertThat(seen).hasSize(1);
  }

  @Test
  void closedSubscription_receivesNothingMore() throws Exception {
    EventBus bus = newBus();
    List<DomainEvent> seen = new ArrayList<>();
    AutoCloseable subscription = bus.subscribe(seen::add);
    bus.publish(event("BUS-3"));
    subscription.close();

    bus.publish(event("BUS-3"));
    awaitDelivery(bus);

    assertThat(seen).hasSize(1);
  }
}
