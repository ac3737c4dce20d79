package org.evdepot.incidents.store;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.evdepot.incidents.Incident;
import org.evdepot.incidents.IncidentStatus;

/**
 * Which incidents {@link IncidentStore#list} returns.
 *
 * @param statuses statuses to include, not empty
 * @param labels labels an incident must carry with exactly these values (empty: any)
 * @param limit maximum number of incidents, at least 1
 */
public record IncidentQuery(Set<IncidentStatus> statuses, Map<String, String> labels, int limit) {

  /** Validates and copies the fields. */
  public IncidentQuery {
    if (statuses == null || statuses.isEmpty()) {
      throw new IllegalArgumentException("statuses must not be empty but was " + statuses);
    }
    statuses = Set.copyOf(statuses);
    labels = Map.copyOf(labels);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
    }
  }

  /** All incidents (up to 10,000). */
  public static IncidentQuery all() {
    return new IncidentQuery(EnumSet.allOf(IncidentStatus.class), Map.of(), 10_000);
  }

  /** Open and acknowledged incidents (up to 10,000). */
  public static IncidentQuery active() {
    return new IncidentQuery(
        EnumSet.of(IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED), Map.of(), 10_000);
  }

  /** This query restricted to incidents carrying the label. */
  public IncidentQuery withLabel(String name, String value) {
    Map<String, String> l = new java.util.HashMap<>(labels);
    l.put(name, value);
    return new IncidentQuery(statuses, l, limit);
  }

  /** This query with another limit. */
  public IncidentQuery withLimit(int newLimit) {
    return new IncidentQuery(statuses, labels, newLimit);
  }

  /** Whether the incident satisfies the status and label filters (not the limit). */
  public boolean matches(Incident incident) {
    if (!statuses.contains(incident.status())) {
      return false;
    }
    for (Map.Entry<String, String> e : labels.entrySet()) {
      if (!e.getValue().equals(incident.labels().get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
