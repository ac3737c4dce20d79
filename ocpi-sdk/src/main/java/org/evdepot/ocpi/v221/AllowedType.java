package org.evdepot.ocpi.v221;

/** Result of authorisation (OCPI 2.2.1 §12.4.1). */
public enum AllowedType {
  /** ALLOWED */
  ALLOWED,
  /** BLOCKED */
  BLOCKED,
  /** EXPIRED */
  EXPIRED,
  /** NO_CREDIT */
  NO_CREDIT,
  /** NOT_ALLOWED */
  NOT_ALLOWED
}
