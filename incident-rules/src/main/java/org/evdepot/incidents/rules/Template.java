package org.evdepot.incidents.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A text with {@code {{variable}}} placeholders, parsed once. Rendering looks each variable up in a
 * resolver; a variable the resolver does not know renders as an empty string.
 *
 * <p>Which variables exist depends on where the template is used: rule templates know {@code rule},
 * {@code severity}, {@code type}, {@code subject}, {@code subject.kind}, {@code subject.id}, {@code
 * source}, {@code source.<kind>}, {@code attr.<name>}, {@code label.<name>}, {@code time}, {@code
 * value}, {@code threshold}, {@code count}, {@code for} and {@code window}; notification templates
 * know the variables listed on {@code NotificationTemplates}.
 */
public final class Template {

  private final String text;
  private final String[] literals;
  private final String[] variables;

  private Template(String text, List<String> literals, List<String> variables) {
    this.text = text;
    this.literals = literals.toArray(new String[0]);
    this.variables = variables.toArray(new String[0]);
  }

  /**
   * Parses a template, checking every variable name.
   *
   * @param known decides which variable names are allowed
   * @throws TemplateException naming the template and the bad placeholder
   */
  public static Template parse(String text, Predicate<String> known) {
    Objects.requireNonNull(text, "template text");
    List<String> lits = new ArrayList<>();
    List<String> vars = new ArrayList<>();
    int pos = 0;
    while (true) {
      int open = text.indexOf("{{", pos);
      if (open < 0) {
        int strayClose = text.indexOf("}}", pos);
        if (strayClose >= 0) {
          throw new TemplateException("template '" + text + "' has '}}' without '{{'");
        }
        lits.add(text.substring(pos));
        break;
      }
      int close = text.indexOf("}}", open + 2);
      if (close < 0) {
        throw new TemplateException("template '" + text + "' has '{{' without '}}'");
      }
      lits.add(text.substring(pos, open));
      String name = text.substring(open + 2, close).trim();
      if (name.isEmpty()) {
        throw new TemplateException("template '" + text + "' has an empty placeholder");
      }
      if (!known.test(name)) {
        throw new TemplateException("template '" + text + "' uses unknown variable '" + name + "'");
      }
      vars.add(name);
      pos = close + 2;
    }
    return new Template(text, lits, vars);
  }

  /** Renders with the resolver; {@code null} values render as empty strings. */
  public String render(Function<String, String> resolver) {
    if (variables.length == 0) {
      return literals[0];
    }
    StringBuilder sb = new StringBuilder(text.length() + 32);
    for (int i = 0; i < variables.length; i++) {
      sb.append(literals[i]);
      String v = resolver.apply(variables[i]);
      if (v != null) {
        sb.append(v);
      }
    }
    sb.append(literals[variables.length]);
    return sb.toString();
  }

  /** The variable names in order of appearance. */
  public List<String> variables() {
    return List.of(variables);
  }

  /** The template text as written. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Template && ((Template) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
