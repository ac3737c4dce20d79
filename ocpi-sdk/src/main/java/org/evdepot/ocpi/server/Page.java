package org.evdepot.ocpi.server;

import java.util.List;

/**
 * A page of objects and the total number matching the query (before offset and limit).
 *
 * @param items the objects
 * @param total total matching objects
 * @param <T> object type
 */
public record Page<T>(List<T> items, int total) {
  /** Copies the list. */
  public Page {
    items = List.copyOf(items);
  }
}
