package org.evdepot.incidents.rules;

/** A rule built with an invalid field; {@link #field()} names it. */
public class RuleValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /** An exception for a field. */
  public RuleValidationException(String field, String message) {
    super(field + " " + message);
    this.field = field;
  }

  /** The field (as named in rule files) that is wrong. */
  public String field() {
    return field;
  }

  /** The message without the field name in front. */
  public String problem() {
    return getMessage().substring(field.length() + 1);
  }
}
