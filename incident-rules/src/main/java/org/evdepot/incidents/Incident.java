package org.evdepot.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable snapshot of an incident: what a rule found, for which dedup key, since when, how
 * often, and what was done about it. Lifecycle changes return a new snapshot.
 *
 * <p>The timeline keeps the first {@value #TIMELINE_LIMIT} entries plus every lifecycle entry
 * (acknowledged, resolved, notified); further occurrences only move {@link #lastSeen()} and {@link
 * #occurrences()}, so a flapping source cannot grow an incident without bound.
 *
 * @param id unique id
 * @param ruleId the rule that opened it
 * @param dedupKey the rendered dedup key: events with the same key belong to the same incident
 * @param severity severity from the rule
 * @param labels labels from the rule and the source (sorted by name)
 * @param summary rendered one-line summary
 * @param description rendered description
 * @param status lifecycle status
 * @param firstSeen event time of the first occurrence
 * @param lastSeen event time of the latest occurrence
 * @param occurrences how many times the rule fired or matched for this incident, at least 1
 * @param acknowledgedBy who acknowledged it, or {@code null}
 * @param acknowledgedAt when it was acknowledged, or {@code null}
 * @param resolvedAt when it was resolved, or {@code null}
 * @param previousId the incident with the same dedup key that was resolved before this one opened,
 *     or {@code null}
 * @param timeline history, oldest first
 */
public record Incident(
    String id,
    String ruleId,
    String dedupKey,
    Severity severity,
    Map<String, String> labels,
    String summary,
    String description,
    IncidentStatus status,
    Instant firstSeen,
    Instant lastSeen,
    long occurrences,
    String acknowledgedBy,
    Instant acknowledgedAt,
    Instant resolvedAt,
    String previousId,
    List<TimelineEntry> timeline) {

  /** How many timeline entries are kept for occurrences; lifecycle entries are always kept. */
  public static final int TIMELINE_LIMIT = 50;

  /** Validates and copies the fields. */
  public Incident {
    requireText(id, "id");
    requireText(ruleId, "ruleId");
    requireText(dedupKey, "dedupKey");
    Objects.requireNonNull(severity, "severity");
    labels = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(labels, "labels")));
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    if (occurrences < 1) {
      throw new IllegalArgumentException("occurrences must be at least 1 but was " + occurrences);
    }
    if (status == IncidentStatus.RESOLVED && resolvedAt == null) {
      throw new IllegalArgumentException("resolvedAt must be set when status is RESOLVED");
    }
    timeline = List.copyOf(Objects.requireNonNull(timeline, "timeline"));
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank but was '" + value + "'");
    }
  }

  /**
   * A new open incident with one occurrence at {@code at}.
   *
   * @param previousId the resolved incident this one follows, or {@code null}
   */
  public static Incident open(
      String id,
      String ruleId,
      String dedupKey,
      Severity severity,
      Map<String, String> labels,
      String summary,
      String description,
      Instant at,
      String previousId,
      String detail) {
    return new Incident(
        id,
        ruleId,
        dedupKey,
        severity,
        labels,
        summary,
        description,
        IncidentStatus.OPEN,
        at,
        at,
        1,
        null,
        null,
        null,
        previousId,
        List.of(new TimelineEntry(at, TimelineEntry.Kind.OPENED, "engine", detail)));
  }

  /** The previous incident's id, if this one follows a resolved one. */
  public Optional<String> previous() {
    return Optional.ofNullable(previousId);
  }

  /**
   * Records a further occurrence. {@code lastSeen} only moves forward.
   *
   * @throws IllegalStateException when the incident is resolved
   */
  public Incident withOccurrence(Instant at, String detail) {
    requireActive("record an occurrence on");
    List<TimelineEntry> t = timeline;
    if (timeline.size() < TIMELINE_LIMIT) {
      t = append(new TimelineEntry(at, TimelineEntry.Kind.OCCURRED, "engine", detail));
    }
    Instant last = at.isAfter(lastSeen) ? at : lastSeen;
    return new Incident(
        id,
        ruleId,
        dedupKey,
        severity,
        labels,
        summary,
        description,
        status,
        firstSeen,
        last,
        occurrences + 1,
        acknowledgedBy,
        acknowledgedAt,
        resolvedAt,
        previousId,
        t);
  }

  /**
   * Acknowledges the incident. Acknowledging an acknowledged incident again is a no-op.
   *
   * @throws IllegalStateException when the incident is resolved
   */
  public Incident acknowledge(String by, Instant at) {
    requireActive("acknowledge");
    if (status == IncidentStatus.ACKNOWLEDGED) {
      return this;
    }
    Objects.requireNonNull(by, "by");
    return new Incident(
        id,
        ruleId,
        dedupKey,
        severity,
        labels,
        summary,
        description,
        IncidentStatus.ACKNOWLEDGED,
        firstSeen,
        lastSeen,
        occurrences,
        by,
        at,
        null,
        previousId,
        append(new TimelineEntry(at, TimelineEntry.Kind.ACKNOWLEDGED, by, "acknowledged")));
  }

  /**
   * Resolves the incident. Resolving a resolved incident again is a no-op.
   *
   * @param by {@code engine} or a person's name
   * @param reason why, for the timeline
   */
  public Incident resolve(Instant at, String by, String reason) {
    if (status == IncidentStatus.RESOLVED) {
      return this;
    }
    return new Incident(
        id,
        ruleId,
        dedupKey,
        severity,
        labels,
        summary,
        description,
        IncidentStatus.RESOLVED,
        firstSeen,
        lastSeen,
        occurrences,
        acknowledgedBy,
        acknowledgedAt,
        at,
        previousId,
        append(new TimelineEntry(at, TimelineEntry.Kind.RESOLVED, by, reason)));
  }

  /** Adds a timeline entry (notifications, suppressions) without changing anything else. */
  public Incident withTimelineEntry(TimelineEntry entry) {
    return new Incident(
        id,
        ruleId,
        dedupKey,
        severity,
        labels,
        summary,
        description,
        status,
        firstSeen,
        lastSeen,
        occurrences,
        acknowledgedBy,
        acknowledgedAt,
        resolvedAt,
        previousId,
        append(entry));
  }

  private List<TimelineEntry> append(TimelineEntry entry) {
    List<TimelineEntry> t = new ArrayList<>(timeline.size() + 1);
    t.addAll(timeline);
    t.add(entry);
    return t;
  }

  private void requireActive(String action) {
    if (status == IncidentStatus.RESOLVED) {
      throw new IllegalStateException("cannot " + action + " resolved incident " + id);
    }
  }
}
