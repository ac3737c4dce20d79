package org.evdepot.ocpi.v221;

/** How a session was authorised (OCPI 2.2.1 §10.4.1). */
public enum AuthMethod {
  /** AUTH_REQUEST */
  AUTH_REQUEST,
  /** COMMAND */
  COMMAND,
  /** WHITELIST */
  WHITELIST
}
