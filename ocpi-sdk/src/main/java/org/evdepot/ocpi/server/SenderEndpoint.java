package org.evdepot.ocpi.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.ParsingMode;
import org.evdepot.ocpi.internal.InstantCodec;
import org.evdepot.ocpi.internal.Trees;

/**
 * A sender interface (the data owner's side, e.g. the CPO's locations or the eMSP's tokens): a
 * paginated GET list filtered by {@code date_from}/{@code date_to}, answering {@code
 * X-Total-Count}, {@code X-Limit} and a {@code Link} to the next page, plus GET of one object (and,
 * for locations, of one EVSE or connector below it). An offset beyond the end is not an error: the
 * answer is an empty page with status 1000 and the total count.
 *
 * @param <T> object type
 */
public final class SenderEndpoint<T> implements ModuleEndpoint {
  private final ObjectRepository<T> repository;
  private final OcpiStatus notFound;
  private final String[] childPath;

  /**
   * Creates the endpoint.
   *
   * @param repository our own objects of this module
   * @param notFound status for an unknown object ({@code UNKNOWN_LOCATION} for locations)
   * @param childPath for locations: {@code "evses", "uid", "connectors", "id"}; empty otherwise
   */
  public SenderEndpoint(ObjectRepository<T> repository, OcpiStatus notFound, String... childPath) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.notFound = Objects.requireNonNull(notFound, "notFound");
    this.childPath = childPath.clone();
  }

  @Override
  public OcpiResponse handle(ModuleContext ctx) {
    if (!ctx.request().method().equals("GET")) {
      throw ModuleContext.error(
          405,
          OcpiStatus.CLIENT_ERROR,
          ctx.request().method() + " is not supported on a sender interface");
    }
    if (ctx.segments().isEmpty()) {
      return list(ctx);
    }
    var party = ctx.ownParty();
    T obj =
        repository
            .find(new ObjectKey(party.countryCode(), party.partyId(), ctx.segment(0)))
            .orElseThrow(
                () -> ModuleContext.error(404, notFound, "unknown object " + ctx.segment(0)));
    if (ctx.segments().size() == 1) {
      return ctx.ok(obj);
    }
    JsonNode child =
        Trees.child(
            ctx.json().toTree(obj), childPath, ctx.segments().subList(1, ctx.segments().size()));
    if (child == null) {
      throw ModuleContext.error(404, notFound, "unknown child " + String.join("/", ctx.segments()));
    }
    return ctx.ok(child);
  }

  private OcpiResponse list(ModuleContext ctx) {
    OcpiRequest req = ctx.request();
    int offset = intParam(req, "offset", 0);
    int limit = Math.min(intParam(req, "limit", ctx.defaultLimit()), ctx.maxLimit());
    if (offset < 0 || limit < 1) {
      throw ModuleContext.error(
          400, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, "offset must be >= 0 and limit >= 1");
    }
    Instant from = dateParam(req, "date_from", ctx.json().mode());
    Instant to = dateParam(req, "date_to", ctx.json().mode());
    Page<T> page = repository.list(new ListQuery(from, to, offset, limit));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Total-Count", Integer.toString(page.total()));
    headers.put("X-Limit", Integer.toString(limit));
    int next = offset + page.items().size();
    if (!page.items().isEmpty() && next < page.total()) {
      StringBuilder url = new StringBuilder(ctx.endpointUrl());
      url.append("?offset=").append(next).append("&limit=").append(limit);
      if (from != null) {
        url.append("&date_from=").append(enc(InstantCodec.format(from)));
      }
      if (to != null) {
        url.append("&date_to=").append(enc(InstantCodec.format(to)));
      }
      headers.put("Link", "<" + url + ">; rel=\"next\"");
    }
    return ctx.ok(200, page.items(), headers);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static int intParam(OcpiRequest req, String name, int dflt) {
    String v = req.queryParam(name).orElse(null);
    if (v == null || v.isEmpty()) {
      return dflt;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ModuleContext.error(
          400, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, name + " is not a number: " + v);
    }
  }

  private static Instant dateParam(OcpiRequest req, String name, ParsingMode mode) {
    String v = req.queryParam(name).orElse(null);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return InstantCodec.parse(v, mode);
    } catch (DateTimeParseException e) {
      throw ModuleContext.error(
          400, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, name + " is not a DateTime: " + v);
    }
  }
}
