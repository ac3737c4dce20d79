package org.evdepot.manage.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdempotentConsumerTest {

  private static DomainEvent event() {
    return DomainEvent.of(EventType.CHARGER_BOOTED, "CP", Instant.EPOCH, Map.of());
  }

  @Test
  void redeliveredEvent_reachesTheConsumerOnce() {
    List<DomainEvent> seen = new ArrayList<>();
    IdempotentConsumer consumer = new IdempotentConsumer(seen::add, 10);
    DomainEvent e = event();

    consumer.accept(e);
    consumer.accept(e);

    assertThat(seen).containsExactly(e);
  }

  @Test
  void idsBeyondTheCapacity_areForgottenOldestFirst() {
    List<DomainEvent> seen = new ArrayList<>();
    IdempotentConsumer consumer = new IdempotentConsumer(seen::add, 2);
    DomainEvent a = event();
    consumer.accept(a);
    consumer.accept(event());
    consumer.accept(event());

    consumer.accept(a);

    assertThat(seen).hasSize(4);
  }

  @Test
  void capacityBelowOne_isRefused() {
    assertThatThrownBy(() -> new IdempotentConsumer(e -> {}, 0)).hasMessageContaining("capacity");
  }

  @Test
  void nullData_areLeftOutOfTheEvent() {
    var data = new java.util.HashMap<String, Object>();
    data.put("kept", 1);
    data.put("dropped", null);

    assertThat(DomainEvent.of(EventType.SECURITY_EVENT, null, Instant.EPOCH, data).data())
        .containsOnlyKeys("kept");
  }
}
