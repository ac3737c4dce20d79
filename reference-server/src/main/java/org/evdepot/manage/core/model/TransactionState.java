package org.evdepot.manage.core.model;

/** Lifecycle of a charging transaction. */
public enum TransactionState {
  /** Started (or first heard of) and not yet stopped. */
  ACTIVE,
  /** Stopped; its stop time and meter stop are final. */
  ENDED
}
