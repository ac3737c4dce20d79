package org.evdepot.manage.connect;

/**
 * The answer to a station-initiated DataTransfer.
 *
 * @param status the status to send
 * @param data data to send back, or null
 */
public record DataTransferResult(Status status, String data) {

  /** DataTransferStatus, the same in 1.6 and 2.0.1. */
  public enum Status {
    /** Accepted. */
    ACCEPTED,
    /** Rejected. */
    REJECTED,
    /** No handler for this vendor. */
    UNKNOWN_VENDOR_ID,
    /** No handler for this message id. */
    UNKNOWN_MESSAGE_ID
  }
}
