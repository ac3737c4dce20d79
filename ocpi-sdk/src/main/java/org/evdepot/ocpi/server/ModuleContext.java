package org.evdepot.ocpi.server;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiEnvelope;
import org.evdepot.ocpi.OcpiException;
import org.evdepot.ocpi.OcpiJson;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.partner.LocalPlatform;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartyRef;

/**
 * What a {@link ModuleEndpoint} gets: the request, the authenticated partner, the version and
 * module from the path, the path segments below the endpoint, and helpers to answer.
 *
 * @param version OCPI version from the path
 * @param module module from the path
 * @param partner the calling partner
 * @param segments decoded path segments after the module, e.g. {@code [NL, TNM, LOC1]}
 * @param request the raw request
 * @param endpointUrl public URL of this endpoint (for Link and Location headers)
 * @param platform our platform
 * @param clock clock for envelope timestamps
 * @param defaultLimit page size when the client asks for none
 * @param maxLimit largest page size served
 * @param interfaceRole which interface of the module this endpoint is mounted as
 */
public record ModuleContext(
    OcpiVersion version,
    ModuleId module,
    Partner partner,
    List<String> segments,
    OcpiRequest request,
    String endpointUrl,
    LocalPlatform platform,
    Clock clock,
    int defaultLimit,
    int maxLimit,
    InterfaceRole interfaceRole) {

  /** Copies the segment list. */
  public ModuleContext {
    segments = List.copyOf(segments);
  }

  /**
   * Our party that owns this interface: e.g. the CPO party for a locations sender of a platform
   * that is both CPO and eMSP; the main party when no party has that role.
   *
   * @return the party
   */
  public PartyRef ownParty() {
    return module.ownerRole(interfaceRole).map(platform::party).orElse(platform.party());
  }

  /**
   * The codec for this partner's parsing mode.
   *
   * @return the codec
   */
  public OcpiJson json() {
    return OcpiJson.of(partner.parsingMode());
  }

  /**
   * A 200 success envelope.
   *
   * @param data payload or null
   * @return the response
   */
  public OcpiResponse ok(Object data) {
    return respond(200, OcpiEnvelope.success(data, clock.instant()), Map.of());
  }

  /**
   * A success envelope with a chosen HTTP status and headers.
   *
   * @param http HTTP status (200 or 201)
   * @param data payload or null
   * @param headers extra headers
   * @return the response
   */
  public OcpiResponse ok(int http, Object data, Map<String, String> headers) {
    return respond(http, OcpiEnvelope.success(data, clock.instant()), headers);
  }

  /**
   * Writes an envelope.
   *
   * @param http HTTP status
   * @param envelope envelope
   * @param headers extra headers
   * @return the response
   */
  public OcpiResponse respond(int http, OcpiEnvelope<?> envelope, Map<String, String> headers) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put("Content-Type", "application/json");
    return new OcpiResponse(http, h, json().write(envelope));
  }

  /**
   * Builds the exception for a client error.
   *
   * @param http HTTP status
   * @param status OCPI status
   * @param message message
   * @return the exception, to throw
   */
  public static OcpiException error(int http, OcpiStatus status, String message) {
    return new OcpiException(status, http, message, null);
  }

  /**
   * The segment at an index, or null.
   *
   * @param index index
   * @return the segment or null
   */
  public String segment(int index) {
    return index < segments.size() ? segments.get(index) : null;
  }
}
