package org.evdepot.ocpp.station.reliability;

import org.evdepot.ocpp.rpc.OcppException;

/**
 * A transaction-related message was given up: its last try failed (see {@link RetryPolicy}), or it
 * referred to a local OCPP 1.6 transaction whose StartTransaction was itself dropped. The cause is
 * the last failure, when there was one.
 */
public final class MessageDroppedException extends OcppException {
  private static final long serialVersionUID = 1L;
  private final long sequence;

  /** Creates the exception for the message at {@code sequence}. */
  public MessageDroppedException(long sequence, String message, Throwable cause) {
    super(message, cause);
    this.sequence = sequence;
  }

  /** The store sequence of the dropped message. */
  public long sequence() {
    return sequence;
  }
}
