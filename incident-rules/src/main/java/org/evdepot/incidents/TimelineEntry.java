package org.evdepot.incidents;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an incident's history.
 *
 * @param at when it happened (event time for occurrences and automatic resolution, clock time for
 *     people's actions and notifications)
 * @param kind what happened
 * @param actor who did it: {@code engine}, a person's name, or a receiver name
 * @param detail free text, for example the event that matched
 */
public record TimelineEntry(Instant at, Kind kind, String actor, String detail) {

  /** What a timeline entry records. */
  public enum Kind {
    /** The incident was opened by a rule. */
    OPENED,
    /** A further matching event (or firing) for an open incident. */
    OCCURRED,
    /** Someone acknowledged the incident. */
    ACKNOWLEDGED,
    /** The incident was resolved, automatically or by a person. */
    RESOLVED,
    /** A notification about the incident was sent to a receiver. */
    NOTIFIED,
    /** A notification could not be delivered after all retries. */
    NOTIFICATION_FAILED,
    /** A notification was held back by a silence, maintenance window or inhibition. */
    SUPPRESSED
  }

  /** Validates the fields. */
  public TimelineEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(detail, "detail");
  }
}
