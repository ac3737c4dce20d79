package org.evdepot.ocpp.station.reliability;

import org.evdepot.ocpp.rpc.OcppException;

/** A {@link MessageStore} could not read or durably write its state. */
public final class MessageStoreException extends OcppException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MessageStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception without a cause. */
  public MessageStoreException(String message) {
    super(message);
  }
}
