package org.evdepot.ocpi.server;

import java.util.Objects;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.v211.AuthorizationInfo211;
import org.evdepot.ocpi.v211.LocationReferences211;
import org.evdepot.ocpi.v221.AuthorizationInfo;
import org.evdepot.ocpi.v221.LocationReferences;

/**
 * The eMSP's tokens sender interface: the paginated token list (delegated to a {@link
 * SenderEndpoint}) plus real-time authorisation, {@code POST /tokens/{uid}/authorize[?type=...]}
 * with optional location references. An unknown token is answered 404 / 2004.
 *
 * @param <T> token type ({@code Token} or {@code Token211})
 */
public final class TokensSenderEndpoint<T> implements ModuleEndpoint {
  private final SenderEndpoint<T> list;
  private final TokenAuthorizer authorizer;

  /**
   * Creates the endpoint.
   *
   * @param tokens our tokens
   * @param authorizer decides real-time authorisations
   */
  public TokensSenderEndpoint(ObjectRepository<T> tokens, TokenAuthorizer authorizer) {
    this.list = new SenderEndpoint<>(tokens, OcpiStatus.UNKNOWN_TOKEN);
    this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
  }

  @Override
  public OcpiResponse handle(ModuleContext ctx) {
    String method = ctx.request().method();
    if (method.equals("GET") && ctx.segments().isEmpty()) {
      return list.handle(ctx);
    }
    if (!method.equals("POST")
        || ctx.segments().size() != 2
        || !ctx.segment(1).equals("authorize")) {
      throw ModuleContext.error(
          405, OcpiStatus.CLIENT_ERROR, "tokens sender accepts GET and POST /{uid}/authorize");
    }
    boolean v211 = ctx.version() == OcpiVersion.V2_1_1;
    String body = ctx.request().body();
    Object location = null;
    if (body != null && !body.isBlank()) {
      Class<?> cls = v211 ? LocationReferences211.class : LocationReferences.class;
      location = ctx.json().convert(ctx.json().tree(body), cls);
    }
    String type = ctx.request().queryParam("type").orElse("RFID");
    Object info =
        authorizer
            .authorize(ctx.segment(0), type, location, ctx.partner(), ctx.version())
            .orElseThrow(
                () ->
                    ModuleContext.error(
                        404, OcpiStatus.UNKNOWN_TOKEN, "unknown token " + ctx.segment(0)));
    Class<?> expected = v211 ? AuthorizationInfo211.class : AuthorizationInfo.class;
    if (!expected.isInstance(info)) {
      throw ModuleContext.error(
          500, OcpiStatus.SERVER_ERROR, "token authorizer must answer " + expected.getSimpleName());
    }
    return ctx.ok(info);
  }
}
