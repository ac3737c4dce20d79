package org.evdepot.ocpp.codec;

/**
 * The kinds of schema violation OCPP-J distinguishes; each maps to one CALLERROR code (OCPP-J 1.6
 * section 4.2.3, OCPP 2.0.1 part 4 section 4.3).
 */
public enum ViolationKind {
  /**
   * The payload does not have the structure of the action's PDU: not an object, an unknown field.
   * CALLERROR {@code FormationViolation} (1.6) / {@code FormatViolation} (2.0.1).
   */
  FORMAT,
  /** A field has the wrong JSON type or cannot be parsed as its type (e.g. a bad date-time). */
  TYPE,
  /** A required field is missing, or an array has fewer or more items than allowed. */
  OCCURRENCE,
  /**
   * A field has a value its type forbids: not a member of its enumeration, too long, out of range,
   * not a multiple of {@code multipleOf}.
   */
  PROPERTY
}
