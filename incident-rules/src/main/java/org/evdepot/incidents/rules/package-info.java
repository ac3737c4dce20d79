/**
 * Rules: the {@link org.evdepot.incidents.rules.Rule} value and its builder, conditions on events,
 * templates, label matchers and inhibit rules, and {@link org.evdepot.incidents.rules.RuleLoader}
 * for strict YAML/JSON rule files and the built-in depot pack.
 */
package org.evdepot.incidents.rules;
