package org.evdepot.ocpi.server;

import java.util.Objects;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.v221.SetChargingProfile;

/**
 * The CPO's charging profiles receiver (2.2.1 only): {@code GET
 * /chargingprofiles/{session_id}?duration=..&response_url=..}, {@code PUT
 * /chargingprofiles/{session_id}} with a {@link SetChargingProfile}, and {@code DELETE
 * /chargingprofiles/{session_id}?response_url=..}. Missing parameters are answered 400 / 2001.
 */
public final class ChargingProfilesReceiverEndpoint implements ModuleEndpoint {
  private final ChargingProfileHandler handler;

  /**
   * Creates the endpoint.
   *
   * @param handler the application's handler
   */
  public ChargingProfilesReceiverEndpoint(ChargingProfileHandler handler) {
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  @Override
  public OcpiResponse handle(ModuleContext ctx) {
    if (ctx.segments().size() != 1) {
      throw ModuleContext.error(
          400, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, "expected /chargingprofiles/{session_id}");
    }
    String session = ctx.segment(0);
    OcpiRequest req = ctx.request();
    switch (req.method()) {
      case "GET":
        {
          String url = required(req, "response_url");
          int duration;
          try {
            duration = Integer.parseInt(required(req, "duration"));
          } catch (NumberFormatException e) {
            throw ModuleContext.error(
                400, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, "duration must be a number");
          }
          return ctx.ok(handler.getActive(session, duration, url, ctx.partner()));
        }
      case "PUT":
        {
          SetChargingProfile body =
              ctx.json().convert(ctx.json().tree(req.body()), SetChargingProfile.class);
          return ctx.ok(handler.set(session, body, ctx.partner()));
        }
      case "DELETE":
        return ctx.ok(handler.clear(session, required(req, "response_url"), ctx.partner()));
      default:
        throw ModuleContext.error(405, OcpiStatus.CLIENT_ERROR, req.method() + " not supported");
    }
  }

  private static String required(OcpiRequest req, String name) {
    return req.queryParam(name)
        .filter(v -> !v.isBlank())
        .orElseThrow(
            () ->
                ModuleContext.error(
                    400, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, name + " is required"));
  }
}
