package org.evdepot.manage.core.api;

/**
 * Sends commands to connected chargers and returns their answers. The OCPP connect module
 * implements it over the chargers' WebSockets (and, when scaled out, routes to the node holding the
 * socket); until then {@link NotConnectedChargerCommands} answers that no charger is connected.
 */
public interface ChargerCommands {

  /**
   * Sends a command and waits for the answer.
   *
   * @param chargerId charger, known to exist
   * @param command the command
   * @param request its parameters
   * @return the charger's answer
   * @throws ChargerNotConnectedException when the charger holds no connection (HTTP 409)
   * @throws CommandFailedException when the charger answered with a CALLERROR, did not answer in
   *     time, or the request lacks a field the command needs
   */
  CommandResult execute(String chargerId, ChargerCommand command, CommandRequest request);
}
