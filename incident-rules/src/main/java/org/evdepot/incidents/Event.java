package org.evdepot.incidents;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened in a depot: a type (for example {@code StatusNotification}), the time it
 * happened (event time, not arrival time), its source and attributes.
 *
 * <p>Attribute values are strings, numbers or booleans. Numbers are compared numerically by rules,
 * everything else by its string form.
 *
 * @param type the event type, not blank
 * @param time when it happened
 * @param source where it comes from
 * @param attributes attribute values by name, copied and unmodifiable (iteration order is not kept)
 */
public record Event(String type, Instant time, Source source, Map<String, Object> attributes) {

  /** Validates and copies the fields. */
  public Event {
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("event type must not be blank but was '" + type + "'");
    }
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(attributes, "attributes");
    if (!attributes.isEmpty()) {
      for (Map.Entry<String, Object> e : attributes.entrySet()) {
        Object v = e.getValue();
        if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
          throw new IllegalArgumentException(
              "event attribute '"
                  + e.getKey()
                  + "' must be a string, number or boolean but was "
                  + (v == null ? "null" : v.getClass().getSimpleName()));
        }
      }
      attributes = Map.copyOf(attributes);
    } else {
      attributes = Map.of();
    }
  }

  /** An event without attributes. */
  public static Event of(String type, Instant time, Source source) {
    return new Event(type, time, source, Map.of());
  }

  /** An event with attributes given as name, value pairs. */
  public static Event of(String type, Instant time, Source source, Object... nameValuePairs) {
    if (nameValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes must be name, value pairs but " + nameValuePairs.length + " were given");
    }
    for (int i = 1; i < nameValuePairs.length; i += 2) {
      if (nameValuePairs[i] == null) {
        throw new IllegalArgumentException(
            "event attribute '" + nameValuePairs[i - 1] + "' must not be null");
      }
    }
    Object[] p = nameValuePairs;
    switch (p.length) {
      case 2:
        return new Event(type, time, source, Map.of(String.valueOf(p[0]), p[1]));
      case 4:
        return new Event(
            type, time, source, Map.of(String.valueOf(p[0]), p[1], String.valueOf(p[2]), p[3]));
      default:
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i += 2) {
          attrs.put(String.valueOf(p[i]), p[i + 1]);
        }
        return new Event(type, time, source, attrs);
    }
  }

  /** The attribute value, or {@code null} when absent. */
  public Object attribute(String name) {
    return attributes.get(name);
  }
}
