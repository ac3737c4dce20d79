package org.evdepot.ocpp.codec;

import java.util.Objects;

/**
 * One schema violation found while reading or validating a payload.
 *
 * @param kind which rule was broken
 * @param path where, as a JSON path relative to the payload, e.g. {@code
 *     meterValue[0].sampledValue[2].value}; empty for the payload itself
 * @param message what was wrong, naming the value where it helps
 */
public record Violation(ViolationKind kind, String path, String message) {
  /** Creates a violation; all components are required. */
  public Violation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** The same violation seen from a parent object: {@code prefix} is prepended to the path. */
  public Violation under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    String p =
        path.isEmpty() ? prefix : (path.startsWith("[") ? prefix + path : prefix + "." + path);
    return new Violation(kind, p, message);
  }

  @Override
  public String toString() {
    return kind + (path.isEmpty() ? "" : " at " + path) + ": " + message;
  }
}
