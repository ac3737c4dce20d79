package org.evdepot.manage.core.model;

/** Whether a charger may operate: the answer to its BootNotification. */
public enum RegistrationStatus {
  /** Known and allowed. */
  ACCEPTED,
  /**
   * Waiting for an operator to approve it; only its boots (and triggered messages) are answered.
   */
  PENDING,
  /** Not allowed to operate. */
  REJECTED
}
