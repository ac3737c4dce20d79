package org.evdepot.ocpi.server;

import java.util.Objects;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.v211.CommandResponse211;
import org.evdepot.ocpi.v221.CommandResult;
import org.evdepot.ocpi.v221.CommandType;

/**
 * The eMSP's commands sender interface, where CPOs post asynchronous results: {@code POST
 * /commands/{command}/{uid}} with a {@code CommandResult} (2.2.1) or {@code CommandResponse211}
 * (2.1.1). Use {@code endpointUrl + "/" + type + "/" + uid} as the command's {@code response_url}.
 */
public final class CommandResultEndpoint implements ModuleEndpoint {
  private final CommandResultListener listener;

  /**
   * Creates the endpoint.
   *
   * @param listener receives the results
   */
  public CommandResultEndpoint(CommandResultListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public OcpiResponse handle(ModuleContext ctx) {
    if (!ctx.request().method().equals("POST") || ctx.segments().size() != 2) {
      throw ModuleContext.error(
          405, OcpiStatus.CLIENT_ERROR, "results accept POST /{command}/{uid}");
    }
    CommandType type;
    try {
      type = CommandType.valueOf(ctx.segment(0));
    } catch (IllegalArgumentException e) {
      throw ModuleContext.error(404, OcpiStatus.CLIENT_ERROR, "unknown command " + ctx.segment(0));
    }
    Class<?> cls =
        ctx.version() == OcpiVersion.V2_1_1 ? CommandResponse211.class : CommandResult.class;
    Object result = ctx.json().convert(ctx.json().tree(ctx.request().body()), cls);
    listener.onResult(type, ctx.segment(1), result, ctx.partner(), ctx.version());
    return ctx.ok(null);
  }
}
