package org.evdepot.incidents.store;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.evdepot.incidents.Incident;

/**
 * Where incidents live. The engine is the only writer of new incidents; people (acknowledge) and
 * the notification dispatcher (timeline entries) change existing ones through {@link #update}.
 *
 * <p>Every implementation must pass the contract suite {@code IncidentStoreContract} shipped in
 * this module's test jar. Invariants:
 *
 * <ul>
 *   <li>at most one active (open or acknowledged) incident per dedup key;
 *   <li>{@link #update} is atomic per incident: concurrent updates are applied one after another,
 *       none is lost;
 *   <li>implementations are safe for concurrent use.
 * </ul>
 */
public interface IncidentStore {

  /**
   * Stores a new incident.
   *
   * @throws IncidentStoreException with {@link IncidentStoreException.Reason#DUPLICATE_ID} when the
   *     id exists, or {@link IncidentStoreException.Reason#ACTIVE_DEDUP_KEY_EXISTS} when the
   *     incident is active and another active incident has the same dedup key
   */
  void insert(Incident incident);

  /**
   * Atomically replaces an incident by {@code change.apply(current)}. The change must keep the id
   * and dedup key.
   *
   * @return the stored new value
   * @throws IncidentStoreException with {@link IncidentStoreException.Reason#NOT_FOUND} for an
   *     unknown id, or {@link IncidentStoreException.Reason#INVALID_CHANGE} when the change alters
   *     the id or dedup key
   */
  Incident update(String id, UnaryOperator<Incident> change);

  /** The incident with this id. */
  Optional<Incident> find(String id);

  /** The active (open or acknowledged) incident with this dedup key. */
  Optional<Incident> findActive(String dedupKey);

  /** The most recently opened incident with this dedup key, whatever its status. */
  Optional<Incident> findLatest(String dedupKey);

  /** Incidents matching the query, oldest {@code firstSeen} first (ties by id). */
  List<Incident> list(IncidentQuery query);
}
