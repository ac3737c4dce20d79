package org.evdepot.ocpi.server;

/**
 * The application's side of the CPO commands receiver: decide quickly whether the command will be
 * forwarded to the charger and answer synchronously; post the asynchronous result later to the
 * command's {@code response_url} with {@link
 * org.evdepot.ocpi.client.PartnerClient#postResult(String, org.evdepot.ocpi.ModuleId, Object)}.
 */
@FunctionalInterface
public interface CommandHandler {
  /**
   * Handles a command.
   *
   * @param request the command
   * @return {@code CommandResponse} for 2.2.1 or {@code CommandResponse211} for 2.1.1
   */
  Object onCommand(CommandRequest request);
}
