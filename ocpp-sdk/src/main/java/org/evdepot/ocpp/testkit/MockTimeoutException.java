package org.evdepot.ocpp.testkit;

import org.evdepot.ocpp.rpc.OcppException;

/** Nothing matching arrived at a mock before the deadline of a take or await. */
public final class MockTimeoutException extends OcppException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MockTimeoutException(String message) {
    super(message);
  }
}
