package org.evdepot.incidents.rules;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A test on one incident label, used by routes, silences and inhibitions: equal, not equal, or
 * (anchored) regular expression.
 *
 * @param label the label name
 * @param value the value or pattern
 * @param regex whether {@code value} is a regular expression matching the whole label value
 * @param negate whether the test is inverted
 */
public record LabelMatcher(String label, String value, boolean regex, boolean negate) {

  /** Validates the fields; a regular expression must compile. */
  public LabelMatcher {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("label must not be blank but was '" + label + "'");
    }
    Objects.requireNonNull(value, "value");
    if (regex) {
      Pattern.compile(value);
    }
  }

  /** {@code label == value}. */
  public static LabelMatcher eq(String label, String value) {
    return new LabelMatcher(label, value, false, false);
  }

  /** {@code label != value} (an absent label counts as not equal). */
  public static LabelMatcher ne(String label, String value) {
    return new LabelMatcher(label, value, false, true);
  }

  /** {@code label =~ pattern}, anchored. */
  public static LabelMatcher regex(String label, String pattern) {
    return new LabelMatcher(label, pattern, true, false);
  }

  /**
   * Parses {@code name=value}, {@code name!=value}, {@code name=~regex} or {@code name!~regex}.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static LabelMatcher parse(String text) {
    String[] ops = {"!~", "=~", "!=", "="};
    for (String op : ops) {
      int at = text.indexOf(op);
      if (at > 0) {
        String name = text.substring(0, at).trim();
        String val = text.substring(at + op.length()).trim();
        return new LabelMatcher(name, val, op.endsWith("~"), op.startsWith("!"));
      }
    }
    throw new IllegalArgumentException(
        "label matcher must look like name=value, name!=value, name=~regex or name!~regex but was '"
            + text
            + "'");
  }

  /** Whether the labels pass this test. */
  public boolean matches(Map<String, String> labels) {
    String actual = labels.get(label);
    boolean hit;
    if (regex) {
      hit = actual != null && Pattern.matches(value, actual);
    } else {
      hit = value.equals(actual);
    }
    return hit != negate;
  }

  /** Whether the labels pass every matcher. */
  public static boolean all(Iterable<LabelMatcher> matchers, Map<String, String> labels) {
    for (LabelMatcher m : matchers) {
      if (!m.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return label + (negate ? "!" : "=") + (regex ? "~" : "") + value;
  }
}
