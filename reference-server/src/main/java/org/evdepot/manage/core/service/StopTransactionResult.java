package org.evdepot.manage.core.service;

/**
 * The answer to a 1.6 StopTransaction. It is always answered; an unknown or already stopped
 * transaction is recorded as an anomaly.
 *
 * @param outcome what the stop did
 * @param idTagInfo authorization of the id tag, or null when none was sent
 */
public record StopTransactionResult(Outcome outcome, AuthorizationResult idTagInfo) {

  /** What a stop did. */
  public enum Outcome {
    /** The active transaction was stopped. */
    STOPPED,
    /** The transaction was already stopped; recorded, nothing changed. */
    ALREADY_STOPPED,
    /** No such transaction; recorded, nothing changed. */
    UNKNOWN_TRANSACTION
  }
}
