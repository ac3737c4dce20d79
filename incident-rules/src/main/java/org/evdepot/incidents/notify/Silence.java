package org.evdepot.incidents.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evdepot.incidents.rules.LabelMatcher;

/**
 * Mutes notifications for incidents whose labels match, from {@code startsAt} (inclusive) to {@code
 * endsAt} (exclusive), measured on the dispatcher's clock. A maintenance window is a silence of
 * kind {@link Kind#MAINTENANCE}, usually created ahead of time.
 *
 * @param id unique id
 * @param kind silence or maintenance window
 * @param matchers label matchers, all must match, not empty
 * @param startsAt start, inclusive
 * @param endsAt end, exclusive, after {@code startsAt}
 * @param createdBy who created it
 * @param comment why
 */
public record Silence(
    String id,
    Kind kind,
    List<LabelMatcher> matchers,
    Instant startsAt,
    Instant endsAt,
    String createdBy,
    String comment) {

  /** Ad-hoc silence or planned maintenance. */
  public enum Kind {
    /** Ad-hoc: someone is on it, stop telling everyone. */
    SILENCE,
    /** Planned maintenance of the matched sources. */
    MAINTENANCE
  }

  /** Validates and copies the fields. */
  public Silence {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank but was '" + id + "'");
    }
    Objects.requireNonNull(kind, "kind");
    matchers = List.copyOf(matchers);
    if (matchers.isEmpty()) {
      throw new IllegalArgumentException("matchers must not be empty (silence " + id + ")");
    }
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException(
          "endsAt must be after startsAt " + startsAt + " but was " + endsAt);
    }
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(comment, "comment");
  }

  /** Whether the silence mutes incidents with these labels at {@code now}. */
  public boolean mutes(Map<String, String> labels, Instant now) {
    return !now.isBefore(startsAt) && now.isBefore(endsAt) && LabelMatcher.all(matchers, labels);
  }
}
