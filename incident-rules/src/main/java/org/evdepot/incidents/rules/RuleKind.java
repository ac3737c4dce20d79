package org.evdepot.incidents.rules;

import java.util.Locale;

/** What a rule watches for. Each kind uses a different set of {@link Rule} fields. */
public enum RuleKind {
  /**
   * Every event matching {@code when} is an occurrence. Resolves on an event matching {@code
   * resolveWhen}, or after {@code resolveAfter} without occurrences.
   */
  MATCH,
  /**
   * A state that holds for a duration: entered by an event matching {@code when}, left by an event
   * matching {@code clearWhen} (default: an event of a {@code when} type that does not match {@code
   * when}). Fires once the state has held for {@code for}; resolves when it is left.
   */
  STATE,
  /**
   * No event matching {@code when} for {@code for} after the last one from the subject. Resolves at
   * the next matching event. Only subjects seen at least once are watched.
   */
  ABSENCE,
  /**
   * At least {@code count} events matching {@code when} within a sliding {@code window}. Resolves
   * when the window holds fewer again, or on an event matching {@code resolveWhen}.
   */
  COUNT,
  /**
   * A numeric attribute {@code metric} compared ({@code op}) with {@code value}, or with {@code
   * value} times attribute {@code relativeTo}, held for {@code for}. Resolves at the first sample
   * that no longer breaches.
   */
  THRESHOLD,
  /**
   * A numeric attribute {@code metric} lower than in the previous matching event from the same
   * subject (a meter going backwards). Resolves like {@link #MATCH}.
   */
  DECREASE,
  /**
   * A numeric attribute {@code metric} of the events matching {@code samples} must rise within
   * {@code for} after the subject enters a state (entered by an event matching {@code when}, left
   * like a {@link #STATE} rule: by {@code clearWhen}, default an event of a {@code when} type that
   * does not match {@code when}). Fires when it has not risen {@code for} after entering; resolves
   * when it rises or the state is left. Example: a connector plugged in (Preparing, Charging, ...)
   * whose energy register does not move. The baseline is the last sample before entering, or the
   * first one after; a sample below the baseline (register reset) becomes the new baseline. Once
   * the metric has risen the rule is satisfied until the state is left and entered again.
   */
  PROGRESS;

  /** The lower-case name used in rule files. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a rule-file kind name.
   *
   * @throws IllegalArgumentException naming the value when unknown
   */
  public static RuleKind parse(String value) {
    for (RuleKind k : values()) {
      if (k.fileName().equals(value)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "kind must be one of match, state, absence, count, threshold, decrease, progress but was '"
            + value
            + "'");
  }
}
