package org.evdepot.incidents;

import java.util.Optional;
import org.evdepot.incidents.rules.RuleLoadException;

/**
 * The outcome of {@link IncidentEngine#reload}: either the new rules are in force, or the error and
 * the fact that the previous rules stay in force.
 *
 * @param applied whether the new rules replaced the old ones
 * @param ruleCount how many rules are in force now
 * @param error the mistake that rejected the files, or {@code null}
 */
public record ReloadResult(boolean applied, int ruleCount, RuleLoadException error) {

  /** The rejection, if any. */
  public Optional<RuleLoadException> failure() {
    return Optional.ofNullable(error);
  }
}
