package org.evdepot.ocpi.client.v221;

import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.v221.CancelReservation;
import org.evdepot.ocpi.v221.CommandResponse;
import org.evdepot.ocpi.v221.CommandType;
import org.evdepot.ocpi.v221.ReserveNow;
import org.evdepot.ocpi.v221.StartSession;
import org.evdepot.ocpi.v221.StopSession;
import org.evdepot.ocpi.v221.UnlockConnector;

/**
 * What an eMSP calls on a CPO's commands receiver (OCPI 2.2.1 §13.2.2): one method per command,
 * each taking its typed request. The asynchronous result arrives later at the request's {@code
 * response_url}. Commands are POSTs and are not retried on a 5xx by default.
 */
public final class EmspCommandsClient extends ModuleClient {
  /**
   * A client for one partner.
   *
   * @param client the partner's generic client (2.2.1)
   */
  public EmspCommandsClient(PartnerClient client) {
    super(client, ModuleId.COMMANDS, InterfaceRole.RECEIVER);
  }

  /**
   * START_SESSION.
   *
   * @param request the request
   * @return the CPO's synchronous answer
   */
  public CommandResponse startSession(StartSession request) {
    return send(CommandType.START_SESSION, request);
  }

  /**
   * STOP_SESSION.
   *
   * @param request the request
   * @return the CPO's synchronous answer
   */
  public CommandResponse stopSession(StopSession request) {
    return send(CommandType.STOP_SESSION, request);
  }

  /**
   * RESERVE_NOW.
   *
   * @param request the request
   * @return the CPO's synchronous answer
   */
  public CommandResponse reserveNow(ReserveNow request) {
    return send(CommandType.RESERVE_NOW, request);
  }

  /**
   * CANCEL_RESERVATION.
   *
   * @param request the request
   * @return the CPO's synchronous answer
   */
  public CommandResponse cancelReservation(CancelReservation request) {
    return send(CommandType.CANCEL_RESERVATION, request);
  }

  /**
   * UNLOCK_CONNECTOR.
   *
   * @param request the request
   * @return the CPO's synchronous answer
   */
  public CommandResponse unlockConnector(UnlockConnector request) {
    return send(CommandType.UNLOCK_CONNECTOR, request);
  }

  private CommandResponse send(CommandType type, Object request) {
    return client.command(type, request, CommandResponse.class);
  }
}
