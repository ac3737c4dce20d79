package org.evdepot.incidents.rules;

import java.util.List;
import java.util.Map;

/**
 * While an active incident matches {@code source}, incidents matching {@code target} that carry the
 * same values for every {@code equal} label are suppressed (not notified). Example: charger offline
 * ({@code rule=charger-offline}) suppresses connector faults ({@code rule=connector-faulted}) with
 * equal {@code charger}.
 *
 * @param name a name for logs and timelines
 * @param source matchers of the suppressing incident
 * @param target matchers of the suppressed incidents
 * @param equal labels that must have the same (present) value on both
 */
public record InhibitRule(
    String name, List<LabelMatcher> source, List<LabelMatcher> target, List<String> equal) {

  /** Validates and copies the fields. */
  public InhibitRule {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("inhibit rule name must not be blank");
    }
    source = List.copyOf(source);
    target = List.copyOf(target);
    equal = List.copyOf(equal);
    if (source.isEmpty() || target.isEmpty()) {
      throw new IllegalArgumentException(
          "inhibit rule '" + name + "' needs source and target matchers");
    }
  }

  /** Whether an incident with {@code sourceLabels} suppresses one with {@code targetLabels}. */
  public boolean inhibits(Map<String, String> sourceLabels, Map<String, String> targetLabels) {
    if (!LabelMatcher.all(target, targetLabels) || !LabelMatcher.all(source, sourceLabels)) {
      return false;
    }
    if (LabelMatcher.all(source, targetLabels) && sourceLabels.equals(targetLabels)) {
      return false; // an incident never inhibits itself
    }
    for (String l : equal) {
      String a = sourceLabels.get(l);
      if (a == null || !a.equals(targetLabels.get(l))) {
        return false;
      }
    }
    return true;
  }
}
