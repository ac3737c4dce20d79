package org.evdepot.incidents.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.evdepot.incidents.Event;

/**
 * Which events a rule looks at: a set of event types (empty means any type) and attribute tests
 * that must all pass.
 *
 * @param types event types, empty for any
 * @param where attribute tests, all must pass
 */
public record Condition(Set<String> types, List<AttributeMatcher> where) {

  /** Validates and copies the fields. */
  public Condition {
    types = Set.copyOf(Objects.requireNonNull(types, "types"));
    where = List.copyOf(Objects.requireNonNull(where, "where"));
  }

  /** Events of any type. */
  public static Condition anyEvent() {
    return new Condition(Set.of(), List.of());
  }

  /** Events of one of these types. */
  public static Condition type(String... types) {
    return new Condition(Set.of(types), List.of());
  }

  /** This condition with one more attribute test. */
  public Condition where(AttributeMatcher matcher) {
    List<AttributeMatcher> w = new ArrayList<>(where);
    w.add(matcher);
    return new Condition(types, w);
  }

  /** This condition with one more equality test. */
  public Condition where(String attribute, Object value) {
    return where(AttributeMatcher.eq(attribute, value));
  }

  /** Whether the event's type is one this condition looks at. */
  public boolean acceptsType(String type) {
    return types.isEmpty() || types.contains(type);
  }

  /** Whether the event passes the type filter and every attribute test. */
  public boolean test(Event event) {
    if (!acceptsType(event.type())) {
      return false;
    }
    for (int i = 0, n = where.size(); i < n; i++) {
      if (!where.get(i).test(event)) {
        return false;
      }
    }
    return true;
  }
}
