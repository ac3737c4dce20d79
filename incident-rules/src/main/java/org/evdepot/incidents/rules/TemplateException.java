package org.evdepot.incidents.rules;

/** A template that cannot be parsed: unclosed braces or an unknown variable. */
public class TemplateException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message naming the template and the problem. */
  public TemplateException(String message) {
    super(message);
  }
}
