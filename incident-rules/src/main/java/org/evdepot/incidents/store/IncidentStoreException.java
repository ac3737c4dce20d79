package org.evdepot.incidents.store;

/** A store operation that cannot be carried out; {@link #reason()} says why. */
public class IncidentStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a store operation failed. */
  public enum Reason {
    /** No incident has the id. */
    NOT_FOUND,
    /** An incident with the id exists. */
    DUPLICATE_ID,
    /** Another active incident has the same dedup key. */
    ACTIVE_DEDUP_KEY_EXISTS,
    /** An update tried to change the id or dedup key. */
    INVALID_CHANGE,
    /** The backing storage failed (I/O, database). */
    STORAGE_FAILURE
  }

  private final Reason reason;

  /** An exception with a reason and message. */
  public IncidentStoreException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** An exception with a reason, message and cause. */
  public IncidentStoreException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Why the operation failed. */
  public Reason reason() {
    return reason;
  }
}
