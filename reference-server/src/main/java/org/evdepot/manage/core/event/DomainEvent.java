package org.evdepot.manage.core.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened in the domain, published after the change that caused it committed.
 *
 * @param id unique id; consumers use it to ignore redeliveries
 * @param type what happened
 * @param chargerId charger concerned, or null
 * @param occurredAt when it happened (server clock)
 * @param data details: strings, numbers, booleans (JSON-compatible)
 */
public record DomainEvent(
    UUID id, EventType type, String chargerId, Instant occurredAt, Map<String, Object> data) {

  /** Validates and copies the data. */
  public DomainEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    data = data == null ? Map.of() : Map.copyOf(data);
  }

  /**
   * A new event with a random id.
   *
   * @param type what happened
   * @param chargerId charger concerned, or null
   * @param occurredAt when
   * @param data details (null values are left out)
   * @return the event
   */
  public static DomainEvent of(
      EventType type, String chargerId, Instant occurredAt, Map<String, Object> data) {
    var copy = new java.util.LinkedHashMap<String, Object>();
    data.forEach(
        (k, v) -> {
          if (v != null) {
            copy.put(k, v);
          }
        });
    return new DomainEvent(UUID.randomUUID(), type, chargerId, occurredAt, copy);
  }
}
