package org.evdepot.ocpi.server;

import java.util.Optional;

/**
 * Storage of one module's objects, implemented by the application (a database table, a cache).
 * Implementations must be thread-safe. {@link InMemoryObjectRepository} serves tests and examples.
 *
 * @param <T> object type
 */
public interface ObjectRepository<T> {
  /**
   * Finds an object.
   *
   * @param key the key
   * @return the object, or empty
   */
  Optional<T> find(ObjectKey key);

  /**
   * Inserts or replaces an object.
   *
   * @param key the key
   * @param value the object
   * @return true when the object was new
   */
  boolean put(ObjectKey key, T value);

  /**
   * Removes an object.
   *
   * @param key the key
   * @return true when it existed
   */
  boolean delete(ObjectKey key);

  /**
   * A page of objects ordered by {@code last_updated}, then key, filtered by the date range.
   *
   * @param query range, offset, limit
   * @return the page with the total count of matching objects
   */
  Page<T> list(ListQuery query);
}
