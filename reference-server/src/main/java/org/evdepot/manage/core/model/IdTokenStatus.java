package org.evdepot.manage.core.model;

/** Authorization status of an id token, the common subset of OCPP 1.6 and 2.0.1. */
public enum IdTokenStatus {
  /** Allowed to charge. */
  ACCEPTED,
  /** Blocked by an operator. */
  BLOCKED,
  /** Past its expiry. */
  EXPIRED,
  /** Unknown or not valid. */
  INVALID
}
