package org.evdepot.ocpp;

/** Which side of the connection may send the CALL of an action. */
public enum Initiator {
  /** Only the charging station (charge point) sends it, e.g. BootNotification. */
  CHARGING_STATION,
  /** Only the CSMS (central system) sends it, e.g. RemoteStartTransaction. */
  CSMS,
  /** Both sides may send it, e.g. DataTransfer. */
  EITHER;

  /** Whether the charging station may send this CALL. */
  public boolean chargingStationMaySend() {
    return this != CSMS;
  }

  /** Whether the CSMS may send this CALL. */
  public boolean csmsMaySend() {
    return this != CHARGING_STATION;
  }
}
