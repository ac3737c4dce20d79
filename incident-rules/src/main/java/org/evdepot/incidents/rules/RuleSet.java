package org.evdepot.incidents.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules and inhibit rules that are used together, with unique rule ids.
 *
 * @param rules the rules
 * @param inhibitRules the inhibit rules
 */
public record RuleSet(List<Rule> rules, List<InhibitRule> inhibitRules) {

  /** Validates (unique ids) and copies the fields. */
  public RuleSet {
    rules = List.copyOf(rules);
    inhibitRules = List.copyOf(inhibitRules);
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("rule id '" + r.id() + "' is used twice");
      }
    }
  }

  /** No rules. */
  public static RuleSet empty() {
    return new RuleSet(List.of(), List.of());
  }

  /** Rules only. */
  public static RuleSet of(List<Rule> rules) {
    return new RuleSet(rules, List.of());
  }

  /**
   * This set followed by another.
   *
   * @throws IllegalArgumentException when a rule id is in both
   */
  public RuleSet plus(RuleSet other) {
    List<Rule> r = new ArrayList<>(rules);
    r.addAll(other.rules);
    List<InhibitRule> i = new ArrayList<>(inhibitRules);
    i.addAll(other.inhibitRules);
    return new RuleSet(r, i);
  }
}
