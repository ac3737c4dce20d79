package org.evdepot.incidents.internal;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.evdepot.incidents.Event;
import org.evdepot.incidents.Source;

/**
 * A total order on events that does not depend on arrival: event time, then type, then source, then
 * attributes. Processing buffered events in this order is what makes the engine's result
 * independent of arrival order within the allowed lateness.
 */
public final class EventOrder implements Comparator<Event> {

  /** The single instance. */
  public static final EventOrder INSTANCE = new EventOrder();

  private EventOrder() {}

  @Override
  public int compare(Event a, Event b) {
    if (a == b) {
      return 0;
    }
    int c = a.time().compareTo(b.time());
    if (c != 0) {
      return c;
    }
    c = a.type().compareTo(b.type());
    if (c != 0) {
      return c;
    }
    c = compareSources(a.source(), b.source());
    if (c != 0) {
      return c;
    }
    if (a.attributes().equals(b.attributes())) {
      return 0;
    }
    return canonical(a.attributes()).compareTo(canonical(b.attributes()));
  }

  private static int compareSources(Source a, Source b) {
    if (a == b) {
      return 0;
    }
    if (a == null) {
      return -1;
    }
    if (b == null) {
      return 1;
    }
    int c = compareSources(a.parent(), b.parent());
    if (c != 0) {
      return c;
    }
    c = a.kind().compareTo(b.kind());
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  private static String canonical(Map<String, Object> attrs) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : new TreeMap<>(attrs).entrySet()) {
      Object v = e.getValue();
      sb.append(e.getKey()).append('=').append(v.getClass().getSimpleName()).append(':');
      sb.append(v).append('\u0000');
    }
    return sb.toString();
  }
}
