package org.evdepot.ocpi.server;

import java.util.Objects;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.v211.CommandResponse211;
import org.evdepot.ocpi.v211.ReserveNow211;
import org.evdepot.ocpi.v211.StartSession211;
import org.evdepot.ocpi.v221.CancelReservation;
import org.evdepot.ocpi.v221.CommandResponse;
import org.evdepot.ocpi.v221.CommandType;
import org.evdepot.ocpi.v221.ReserveNow;
import org.evdepot.ocpi.v221.StartSession;
import org.evdepot.ocpi.v221.StopSession;
import org.evdepot.ocpi.v221.UnlockConnector;

/**
 * The CPO's commands receiver: {@code POST /commands/{command}} with the command object. Parses the
 * command for the request's version, hands it to a {@link CommandHandler} and answers with its
 * synchronous response. An unknown command type is answered 404 / 2000; {@code CANCEL_RESERVATION}
 * does not exist in 2.1.1.
 */
public final class CommandsReceiverEndpoint implements ModuleEndpoint {
  private final CommandHandler handler;

  /**
   * Creates the endpoint.
   *
   * @param handler the application's command handler
   */
  public CommandsReceiverEndpoint(CommandHandler handler) {
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  @Override
  public OcpiResponse handle(ModuleContext ctx) {
    if (!ctx.request().method().equals("POST") || ctx.segments().size() != 1) {
      throw ModuleContext.error(405, OcpiStatus.CLIENT_ERROR, "commands accept POST /{command}");
    }
    CommandType type;
    try {
      type = CommandType.valueOf(ctx.segment(0));
    } catch (IllegalArgumentException e) {
      throw ModuleContext.error(404, OcpiStatus.CLIENT_ERROR, "unknown command " + ctx.segment(0));
    }
    boolean v211 = ctx.version() == OcpiVersion.V2_1_1;
    Class<?> cls =
        switch (type) {
          case START_SESSION -> v211 ? StartSession211.class : StartSession.class;
          case STOP_SESSION -> StopSession.class;
          case RESERVE_NOW -> v211 ? ReserveNow211.class : ReserveNow.class;
          case CANCEL_RESERVATION -> v211 ? null : CancelReservation.class;
          case UNLOCK_CONNECTOR -> UnlockConnector.class;
        };
    if (cls == null) {
      throw ModuleContext.error(404, OcpiStatus.CLIENT_ERROR, type + " does not exist in 2.1.1");
    }
    Object command = ctx.json().convert(ctx.json().tree(ctx.request().body()), cls);
    Object answer =
        handler.onCommand(new CommandRequest(type, command, ctx.partner(), ctx.version()));
    Class<?> expected = v211 ? CommandResponse211.class : CommandResponse.class;
    if (!expected.isInstance(answer)) {
      throw ModuleContext.error(
          500, OcpiStatus.SERVER_ERROR, "command handler must answer " + expected.getSimpleName());
    }
    return ctx.ok(answer);
  }
}
