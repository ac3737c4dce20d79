package org.evdepot.ocpp.codec;

/** How strictly received payloads are checked against the schemas. */
public enum ValidationMode {
  /** Every violation rejects the payload. The default. */
  STRICT,
  /**
   * Recoverable violations that real chargers commit (unknown fields, enum values in the wrong
   * case, timestamps without an offset, read as UTC) are reported and the payload is accepted.
   * Missing required fields and wrong types are still rejected.
   */
  LENIENT
}
