package org.evdepot.manage.core.service;

/**
 * The verdict on the credentials a charger presents when it opens its OCPP connection (HTTP Basic,
 * security profiles 1 and 2), before the WebSocket upgrade.
 */
public enum Admission {
  /** Known credentials (or none needed): the charger may connect. */
  ADMITTED(true),
  /**
   * The charger had no stored password and presented one: it was stored (trust on first use) and
   * the charger may connect; from now on it must present the same password.
   */
  ADMITTED_FIRST_USE(true),
  /** The charger is unknown and the unknown-charger policy is {@code reject}. */
  UNKNOWN(false),
  /** No password was presented, but the charger has one or passwords are required. */
  NO_PASSWORD(false),
  /** The presented password does not match the stored hash. */
  WRONG_PASSWORD(false);

  private final boolean admitted;

  Admission(boolean admitted) {
    this.admitted = admitted;
  }

  /**
   * @return whether the charger may connect
   */
  public boolean admitted() {
    return admitted;
  }
}
