package org.evdepot.manage.core.api;

/** A command was addressed to a charger that holds no OCPP connection (HTTP 409). */
public class ChargerNotConnectedException extends RuntimeException {

  private final String chargerId;

  /**
   * @param chargerId the charger
   */
  public ChargerNotConnectedException(String chargerId) {
    super("charger not connected: " + chargerId);
    this.chargerId = chargerId;
  }

  /**
   * @return the charger
   */
  public String chargerId() {
    return chargerId;
  }
}
