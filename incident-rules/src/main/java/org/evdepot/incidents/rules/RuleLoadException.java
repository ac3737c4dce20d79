package org.evdepot.incidents.rules;

/**
 * A rule file that cannot be used. The message names the file, the rule (its id, or its position
 * when it has no id) and the field, for example {@code depot.yaml: rule 'connector-faulted': field
 * 'for': bad duration '2 minutes'}.
 */
public class RuleLoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String rule;
  private final String field;

  /**
   * An exception naming where the mistake is.
   *
   * @param file file name or other source description
   * @param rule rule id or {@code #n} position, or {@code null} for file-level problems
   * @param field field name, or {@code null}
   */
  public RuleLoadException(
      String file, String rule, String field, String problem, Throwable cause) {
    super(
        file
            + ": "
            + (rule == null ? "" : "rule '" + rule + "': ")
            + (field == null ? "" : "field '" + field + "': ")
            + problem,
        cause);
    this.file = file;
    this.rule = rule;
    this.field = field;
  }

  /** The file (or source) name. */
  public String file() {
    return file;
  }

  /** The rule id or {@code #n} position, or {@code null}. */
  public String rule() {
    return rule;
  }

  /** The field, or {@code null}. */
  public String field() {
    return field;
  }
}
