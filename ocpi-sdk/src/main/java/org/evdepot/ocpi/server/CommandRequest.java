package org.evdepot.ocpi.server;

import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.v221.CommandType;

/**
 * A command received by the CPO's commands receiver.
 *
 * @param type command type
 * @param command the parsed command: {@code StartSession}/{@code StartSession211}, {@code
 *     StopSession}, {@code ReserveNow}/{@code ReserveNow211}, {@code CancelReservation} or {@code
 *     UnlockConnector}
 * @param partner the eMSP that sent it
 * @param version OCPI version of the request
 */
public record CommandRequest(
    CommandType type, Object command, Partner partner, OcpiVersion version) {
  /**
   * The command as a given class.
   *
   * @param cls expected class
   * @param <C> command class
   * @return the command
   * @throws ClassCastException when it is of another class
   */
  public <C> C as(Class<C> cls) {
    return cls.cast(command);
  }
}
