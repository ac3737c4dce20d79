package org.evdepot.incidents.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.evdepot.incidents.Incident;

/**
 * An {@link IncidentStore} in memory, for tests, examples and single-process use. All operations
 * hold one lock; lookups by id and dedup key are hash lookups, {@link #list} scans.
 */
public final class InMemoryIncidentStore implements IncidentStore {

  private final Map<String, Incident> byId = new HashMap<>();
  private final Map<String, String> activeByKey = new HashMap<>();
  private final Map<String, String> latestByKey = new HashMap<>();

  /** An empty store. */
  public InMemoryIncidentStore() {}

  @Override
  public synchronized void insert(Incident incident) {
    Objects.requireNonNull(incident, "incident");
    if (byId.containsKey(incident.id())) {
      throw new IncidentStoreException(
          IncidentStoreException.Reason.DUPLICATE_ID, "incident " + incident.id() + " exists");
    }
    if (incident.status().isActive()) {
      String other = activeByKey.get(incident.dedupKey());
      if (other != null) {
        throw new IncidentStoreException(
            IncidentStoreException.Reason.ACTIVE_DEDUP_KEY_EXISTS,
            "incident " + other + " is already active for dedup key " + incident.dedupKey());
      }
      activeByKey.put(incident.dedupKey(), incident.id());
    }
    byId.put(incident.id(), incident);
    String latest = latestByKey.get(incident.dedupKey());
    if (latest == null || !byId.get(latest).firstSeen().isAfter(incident.firstSeen())) {
      latestByKey.put(incident.dedupKey(), incident.id());
    }
  }

  @Override
  public synchronized Incident update(String id, UnaryOperator<Incident> change) {
    Incident current = byId.get(id);
    if (current == null) {
      throw new IncidentStoreException(
          IncidentStoreException.Reason.NOT_FOUND, "no incident " + id);
    }
    Incident next = Objects.requireNonNull(change.apply(current), "change result");
    if (!next.id().equals(id) || !next.dedupKey().equals(current.dedupKey())) {
      throw new IncidentStoreException(
          IncidentStoreException.Reason.INVALID_CHANGE,
          "an update must keep id " + id + " and dedup key " + current.dedupKey());
    }
    if (next.status().isActive() && !current.status().isActive()) {
      String other = activeByKey.get(next.dedupKey());
      if (other != null && !other.equals(id)) {
        throw new IncidentStoreException(
            IncidentStoreException.Reason.ACTIVE_DEDUP_KEY_EXISTS,
            "incident " + other + " is already active for dedup key " + next.dedupKey());
      }
    }
    byId.put(id, next);
    if (next.status().isActive()) {
      activeByKey.put(next.dedupKey(), id);
    } else {
      activeByKey.remove(next.dedupKey(), id);
    }
    return next;
  }

  @Override
  public synchronized Optional<Incident> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Optional<Incident> findActive(String dedupKey) {
    String id = activeByKey.get(dedupKey);
    return id == null ? Optional.empty() : Optional.of(byId.get(id));
  }

  @Override
  public synchronized Optional<Incident> findLatest(String dedupKey) {
    String id = latestByKey.get(dedupKey);
    return id == null ? Optional.empty() : Optional.of(byId.get(id));
  }

  @Override
  public synchronized List<Incident> list(IncidentQuery query) {
    List<Incident> out = new ArrayList<>();
    for (Incident i : byId.values()) {
      if (query.matches(i)) {
        out.add(i);
      }
    }
    out.sort(Comparator.comparing(Incident::firstSeen).thenComparing(Incident::id));
    return out.size() > query.limit() ? List.copyOf(out.subList(0, query.limit())) : out;
  }
}
