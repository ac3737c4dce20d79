package org.evdepot.ocpp.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * State of one payload read: the validation mode and the recoverable violations seen so far. Not
 * thread-safe; create one per payload (or {@link #reset()} it).
 */
public final class DecodeContext {
  private final ValidationMode mode;
  private List<Violation> warnings;

  /** A context for reading one payload in {@code mode}. */
  public DecodeContext(ValidationMode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  /** A strict context. */
  public static DecodeContext strict() {
    return new DecodeContext(ValidationMode.STRICT);
  }

  /** A lenient context. */
  public static DecodeContext lenient() {
    return new DecodeContext(ValidationMode.LENIENT);
  }

  /** The mode of this read. */
  public ValidationMode mode() {
    return mode;
  }

  /**
   * Reports a violation that lenient mode may tolerate. Throws {@link OcppDecodeException} in
   * strict mode; records it as a warning in lenient mode.
   */
  public void recoverable(ViolationKind kind, String path, String message) {
    if (mode == ValidationMode.STRICT) {
      throw new OcppDecodeException(kind, path, message);
    }
    if (warnings == null) {
      warnings = new ArrayList<>(2);
    }
    warnings.add(new Violation(kind, path, message));
  }

  /** The violations tolerated in lenient mode, in the order they were found. */
  public List<Violation> warnings() {
    return warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** Forgets the warnings so the context can read another payload. */
  public void reset() {
    warnings = null;
  }

  /**
   * How many warnings were recorded so far. With {@link #prefixWarnings(int, String)} it lets a
   * codec that reads a nested value report the nested warnings under the nested value's path.
   */
  public int warningCount() {
    return warnings == null ? 0 : warnings.size();
  }

  /**
   * Prefixes the path of every warning recorded since {@code from} (a {@link #warningCount()}) with
   * {@code prefix} (see {@link Violation#under(String)}).
   */
  public void prefixWarnings(int from, String prefix) {
    if (warnings == null) {
      return;
    }
    for (int i = from; i < warnings.size(); i++) {
      warnings.set(i, warnings.get(i).under(prefix));
    }
  }
}
