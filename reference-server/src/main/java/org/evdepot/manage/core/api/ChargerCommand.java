package org.evdepot.manage.core.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Commands the API can send to a connected charger, named as in the URL ({@code
 * /api/chargers/{id}/commands/{command}}). One name per meaning; the implementation picks the
 * message of the charger's OCPP version.
 */
public enum ChargerCommand {
  /** 1.6 RemoteStartTransaction, 2.0.1 RequestStartTransaction. */
  REMOTE_START,
  /** 1.6 RemoteStopTransaction, 2.0.1 RequestStopTransaction. */
  REMOTE_STOP,
  /** Reset (1.6 Soft/Hard, 2.0.1 Immediate/OnIdle). */
  RESET,
  /** UnlockConnector. */
  UNLOCK_CONNECTOR,
  /** ChangeAvailability. */
  CHANGE_AVAILABILITY,
  /** 1.6 GetConfiguration. */
  GET_CONFIGURATION,
  /** 1.6 ChangeConfiguration. */
  CHANGE_CONFIGURATION,
  /** 2.0.1 GetVariables. */
  GET_VARIABLES,
  /** 2.0.1 SetVariables. */
  SET_VARIABLES,
  /** 2.0.1 GetBaseReport. */
  GET_BASE_REPORT,
  /** TriggerMessage. */
  TRIGGER_MESSAGE,
  /** SetChargingProfile. */
  SET_CHARGING_PROFILE,
  /** ClearChargingProfile. */
  CLEAR_CHARGING_PROFILE,
  /** GetCompositeSchedule. */
  GET_COMPOSITE_SCHEDULE,
  /** UpdateFirmware. */
  UPDATE_FIRMWARE,
  /** 1.6 GetDiagnostics, 2.0.1 GetLog. */
  GET_DIAGNOSTICS,
  /** DataTransfer. */
  DATA_TRANSFER;

  /**
   * @return the URL name, e.g. {@code remote-start}
   */
  public String urlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @param urlName e.g. {@code remote-start}
   * @return the command, or empty when there is none of that name
   */
  public static Optional<ChargerCommand> fromUrlName(String urlName) {
    return Arrays.stream(values()).filter(c -> c.urlName().equals(urlName)).findFirst();
  }
}
