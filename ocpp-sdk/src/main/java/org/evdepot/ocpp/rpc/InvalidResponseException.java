package org.evdepot.ocpp.rpc;

import org.evdepot.ocpp.codec.Violation;

/**
 * The peer answered our CALL with a CALLRESULT whose payload violates the response schema. OCPP 1.6
 * and 2.0.1 send nothing back in that case; the caller's future fails with this exception.
 */
public final class InvalidResponseException extends OcppException {
  private static final long serialVersionUID = 1L;
  private final transient Violation violation;

  /** Creates the exception for the response to {@code action}. */
  public InvalidResponseException(String action, Violation violation) {
    super("invalid " + action + " response: " + violation);
    this.violation = violation;
  }

  /** What the response violated. */
  public Violation violation() {
    return violation;
  }
}
