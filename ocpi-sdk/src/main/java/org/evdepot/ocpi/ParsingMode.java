package org.evdepot.ocpi;

/**
 * How tolerant parsing of a partner's JSON is, chosen per partner.
 *
 * <ul>
 *   <li>{@link #STRICT}: unknown fields are rejected, timestamps must be UTC ({@code Z} or no
 *       designator, as OCPI 2.2.1 §16.2 allows), unknown enum values are rejected.
 *   <li>{@link #LENIENT}: unknown fields are ignored, timestamps with any offset are converted to
 *       UTC, unknown enum values become {@code null} (and fail only where the field is required).
 * </ul>
 */
public enum ParsingMode {
  /** Reject what the spec does not allow. */
  STRICT,
  /** Accept what real partners send. */
  LENIENT
}
