package org.evdepot.ocpi.client.v221;

import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.v221.CommandResult;

/**
 * What a CPO calls on an eMSP's commands sender (OCPI 2.2.1 §13.2.1): the asynchronous result of a
 * command, POSTed to the {@code response_url} the eMSP gave.
 */
public final class CpoCommandsClient extends ModuleClient {
  /**
   * A client for one partner.
   *
   * @param client the partner's generic client (2.2.1)
   */
  public CpoCommandsClient(PartnerClient client) {
    super(client, ModuleId.COMMANDS, InterfaceRole.SENDER);
  }

  /**
   * Sends a command's result.
   *
   * @param responseUrl the {@code response_url} of the command
   * @param result the result
   */
  public void result(String responseUrl, CommandResult result) {
    client.postResult(responseUrl, module, result);
  }
}
