package org.evdepot.ocpp.codec;

/**
 * Thrown when a payload violates its schema. Carries the {@link Violation}, whose kind decides the
 * CALLERROR code the RPC layer answers with. Unchecked and cheap: no stack trace is filled in,
 * because a bad frame from a charger is an expected event, not a bug.
 */
public final class OcppDecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Violation violation;

  /** Creates the exception for {@code violation}. */
  public OcppDecodeException(Violation violation) {
    super(violation.toString(), null, false, false);
    this.violation = violation;
  }

  /** Creates the exception for a violation of {@code kind} at {@code path}. */
  public OcppDecodeException(ViolationKind kind, String path, String message) {
    this(new Violation(kind, path, message));
  }

  /** What was violated, and where. */
  public Violation violation() {
    return violation;
  }

  /** The same failure seen from a parent object (see {@link Violation#under(String)}). */
  public OcppDecodeException under(String prefix) {
    return new OcppDecodeException(violation.under(prefix));
  }
}
