package org.evdepot.ocpi.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Thread-safe in-memory {@link ObjectRepository}.
 *
 * @param <T> object type
 */
public final class InMemoryObjectRepository<T> implements ObjectRepository<T> {
  private final Map<ObjectKey, T> objects = new ConcurrentHashMap<>();
  private final Function<T, Instant> lastUpdated;

  /**
   * Creates an empty repository.
   *
   * @param lastUpdated how to read an object's {@code last_updated}, e.g. {@code
   *     Location::lastUpdated}
   */
  public InMemoryObjectRepository(Function<T, Instant> lastUpdated) {
    this.lastUpdated = Objects.requireNonNull(lastUpdated, "lastUpdated");
  }

  @Override
  public Optional<T> find(ObjectKey key) {
    return Optional.ofNullable(objects.get(key));
  }

  @Override
  public boolean put(ObjectKey key, T value) {
    return objects.put(key, Objects.requireNonNull(value, "value")) == null;
  }

  @Override
  public boolean delete(ObjectKey key) {
    return objects.remove(key) != null;
  }

  @Override
  public Page<T> list(ListQuery q) {
    List<Map.Entry<ObjectKey, T>> matching = new ArrayList<>();
    for (Map.Entry<ObjectKey, T> e : objects.entrySet()) {
      Instant t = lastUpdated.apply(e.getValue());
      if (q.dateFrom() != null && t.isBefore(q.dateFrom())) {
        continue;
      }
      if (q.dateTo() != null && !t.isBefore(q.dateTo())) {
        continue;
      }
      matching.add(e);
    }
    matching.sort(
        Comparator.comparing((Map.Entry<ObjectKey, T> e) -> lastUpdated.apply(e.getValue()))
            .thenComparing(e -> e.getKey().countryCode())
            .thenComparing(e -> e.getKey().partyId())
            .thenComparing(e -> e.getKey().id()));
    List<T> page = new ArrayList<>();
    for (int i = q.offset(); i < matching.size() && page.size() < q.limit(); i++) {
      page.add(matching.get(i).getValue());
    }
    return new Page<>(page, matching.size());
  }
}
