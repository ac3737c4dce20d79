package org.evdepot.ocpi.v221;

/** How a token may be authorised (OCPI 2.2.1 §12.4.5). */
public enum WhitelistType {
  /** ALWAYS */
  ALWAYS,
  /** ALLOWED */
  ALLOWED,
  /** ALLOWED_OFFLINE */
  ALLOWED_OFFLINE,
  /** NEVER */
  NEVER
}
