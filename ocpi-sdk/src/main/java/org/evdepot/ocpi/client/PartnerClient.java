package org.evdepot.ocpi.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiEnvelope;
import org.evdepot.ocpi.OcpiException;
import org.evdepot.ocpi.OcpiJson;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.internal.InstantCodec;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartyRef;
import org.evdepot.ocpi.v221.CommandType;

/**
 * Calls one partner's OCPI endpoints with the agreed version, token and encoding, adding routing
 * headers ({@code OCPI-from/to-country-code}, {@code -party-id}) to 2.2.1 functional modules only.
 * Pull methods return lazy streams that fetch the next page (following the {@code Link} header)
 * only when the consumer gets there.
 */
public final class PartnerClient {
  private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

  private final OcpiClient transport;
  private final Partner partner;
  private final List<PartyRef> selves;
  private final OcpiJson json;

  PartnerClient(OcpiClient transport, Partner partner, List<PartyRef> selves) {
    this.transport = transport;
    this.partner = partner;
    this.selves = List.copyOf(selves);
    this.json = OcpiJson.of(partner.parsingMode());
  }

  /**
   * The partner this client calls.
   *
   * @return the partner
   */
  public Partner partner() {
    return partner;
  }

  /**
   * Pulls all objects of a module from the partner's sender interface, page by page, lazily.
   *
   * @param module module (e.g. {@link ModuleId#LOCATIONS})
   * @param type object class for the agreed version (e.g. {@code Location} or {@code Location211})
   * @param query date range, offset and page size
   * @param <T> object type
   * @return a lazy stream; HTTP errors surface as {@link org.evdepot.ocpi.OcpiRemoteException}
   *     while consuming it
   */
  public <T> Stream<T> pull(ModuleId module, Class<T> type, PullQuery query) {
    StringBuilder url = new StringBuilder(endpoint(module, InterfaceRole.SENDER));
    Map<String, String> params = new LinkedHashMap<>();
    if (query.dateFrom() != null) {
      params.put("date_from", InstantCodec.format(query.dateFrom()));
    }
    if (query.dateTo() != null) {
      params.put("date_to", InstantCodec.format(query.dateTo()));
    }
    if (query.offset() > 0) {
      params.put("offset", Integer.toString(query.offset()));
    }
    if (query.limit() != null) {
      params.put("limit", Integer.toString(query.limit()));
    }
    char sep = url.indexOf("?") >= 0 ? '&' : '?';
    for (Map.Entry<String, String> p : params.entrySet()) {
      url.append(sep)
          .append(p.getKey())
          .append('=')
          .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    Iterator<T> it = new PageIterator<>(url.toString(), module, type);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Pulls one page and returns it with the pagination headers, for callers that page themselves.
   *
   * @param url full page URL
   * @param module module, for routing headers
   * @param type element type
   * @param <T> element type
   * @return the page
   */
  public <T> PageResult<T> page(String url, ModuleId module, Class<T> type) {
    OcpiHttpResult r =
        transport.send(
            "GET",
            url,
            partner.outgoingToken(),
            base64(),
            routing(module, InterfaceRole.SENDER),
            null);
    OcpiEnvelope<List<T>> env =
        OcpiClient.envelope(r, json, body -> json.readListEnvelope(body, type));
    String next = r.header("Link").map(PartnerClient::nextLink).orElse(null);
    Integer total = r.header("X-Total-Count").map(Integer::valueOf).orElse(null);
    Integer limit = r.header("X-Limit").map(Integer::valueOf).orElse(null);
    return new PageResult<>(env.data() == null ? List.of() : env.data(), next, total, limit);
  }

  /**
   * GETs one object from the partner's receiver interface, e.g. {@code /NL/TNM/LOC1}.
   *
   * @param module module
   * @param type object class
   * @param segments path segments after the endpoint URL
   * @param <T> object type
   * @return the object, or empty when the partner answers 404
   */
  public <T> Optional<T> get(ModuleId module, Class<T> type, String... segments) {
    return get(module, InterfaceRole.RECEIVER, type, segments);
  }

  /**
   * GETs one object from the partner's given interface.
   *
   * @param module module
   * @param role which interface of the partner
   * @param type object class
   * @param segments path segments after the endpoint URL
   * @param <T> object type
   * @return the object, or empty when the partner answers 404
   */
  public <T> Optional<T> get(
      ModuleId module, InterfaceRole role, Class<T> type, String... segments) {
    String url = join(endpoint(module, role), segments);
    OcpiHttpResult r =
        transport.send("GET", url, partner.outgoingToken(), base64(), routing(module, role), null);
    if (r.status() == 404) {
      return Optional.empty();
    }
    return Optional.ofNullable(OcpiClient.decode(r, json, type));
  }

  /**
   * PUTs an object to the partner's receiver interface.
   *
   * @param module module
   * @param body the object
   * @param segments e.g. country code, party ID, object ID
   */
  public void put(ModuleId module, Object body, String... segments) {
    send(
        "PUT",
        join(endpoint(module, InterfaceRole.RECEIVER), segments),
        module,
        InterfaceRole.RECEIVER,
        body,
        Void.class);
  }

  /**
   * PATCHes fields of an object on the partner's receiver interface. The fields must include {@code
   * last_updated}.
   *
   * @param module module
   * @param fields wire-named fields to change
   * @param segments e.g. country code, party ID, object ID
   */
  public void patch(ModuleId module, Map<String, ?> fields, String... segments) {
    send(
        "PATCH",
        join(endpoint(module, InterfaceRole.RECEIVER), segments),
        module,
        InterfaceRole.RECEIVER,
        fields,
        Void.class);
  }

  /**
   * DELETEs an object on the partner's receiver interface.
   *
   * @param module module
   * @param segments path segments
   */
  public void delete(ModuleId module, String... segments) {
    send(
        "DELETE",
        join(endpoint(module, InterfaceRole.RECEIVER), segments),
        module,
        InterfaceRole.RECEIVER,
        null,
        Void.class);
  }

  /**
   * POSTs to one of the partner's interfaces and decodes the answer's data.
   *
   * @param module module
   * @param role interface of the partner
   * @param body request body
   * @param responseType type of the answer's data
   * @param segments path segments
   * @param <R> answer type
   * @return the answer's data
   */
  public <R> R post(
      ModuleId module, InterfaceRole role, Object body, Class<R> responseType, String... segments) {
    return send("POST", join(endpoint(module, role), segments), module, role, body, responseType);
  }

  /**
   * Sends any request to one of the partner's interfaces: the building block of the typed module
   * clients.
   *
   * @param method HTTP method
   * @param module module
   * @param role interface of the partner
   * @param query query parameters (may be empty)
   * @param body request body or null
   * @param responseType type of the answer's data ({@code Void.class} to ignore it)
   * @param segments path segments after the endpoint URL
   * @param <R> answer type
   * @return the answer's data
   */
  public <R> R call(
      String method,
      ModuleId module,
      InterfaceRole role,
      Map<String, String> query,
      Object body,
      Class<R> responseType,
      String... segments) {
    StringBuilder url = new StringBuilder(join(endpoint(module, role), segments));
    char sep = url.indexOf("?") >= 0 ? '&' : '?';
    for (Map.Entry<String, String> q : query.entrySet()) {
      url.append(sep)
          .append(URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return send(method, url.toString(), module, role, body, responseType);
  }

  /**
   * GETs one object from one of the partner's interfaces with query parameters.
   *
   * @param module module
   * @param role interface of the partner
   * @param query query parameters (may be empty)
   * @param type object class
   * @param segments path segments after the endpoint URL
   * @param <T> object type
   * @return the object, or empty when the partner answers 404
   */
  public <T> Optional<T> find(
      ModuleId module,
      InterfaceRole role,
      Map<String, String> query,
      Class<T> type,
      String... segments) {
    StringBuilder url = new StringBuilder(join(endpoint(module, role), segments));
    char sep = url.indexOf("?") >= 0 ? '&' : '?';
    for (Map.Entry<String, String> q : query.entrySet()) {
      url.append(sep)
          .append(URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    OcpiHttpResult r =
        transport.send(
            "GET", url.toString(), partner.outgoingToken(), base64(), routing(module, role), null);
    if (r.status() == 404) {
      return Optional.empty();
    }
    return Optional.ofNullable(OcpiClient.decode(r, json, type));
  }

  /**
   * Sends a command to the CPO's commands receiver.
   *
   * @param command the command type
   * @param body the command object ({@code StartSession} or {@code StartSession211}, ...)
   * @param responseType {@code CommandResponse} (2.2.1) or {@code CommandResponse211} (2.1.1)
   * @param <R> answer type
   * @return the synchronous answer
   */
  public <R> R command(CommandType command, Object body, Class<R> responseType) {
    return command(command.name(), body, responseType);
  }

  /**
   * Sends a command to the CPO's commands receiver, e.g. {@code START_SESSION}.
   *
   * @param command command type name, e.g. {@code START_SESSION}
   * @param body the command object ({@code StartSession} or {@code StartSession211}, ...)
   * @param responseType {@code CommandResponse} (2.2.1) or {@code CommandResponse211} (2.1.1)
   * @param <R> answer type
   * @return the synchronous answer
   */
  public <R> R command(String command, Object body, Class<R> responseType) {
    return post(ModuleId.COMMANDS, InterfaceRole.RECEIVER, body, responseType, command);
  }

  /**
   * Asks the eMSP for a real-time authorisation of a token ({@code POST
   * /tokens/{uid}/authorize?type=...}).
   *
   * @param uid token UID
   * @param type token type, e.g. {@code RFID}
   * @param location location references ({@code LocationReferences}/{@code LocationReferences211})
   *     or null
   * @param responseType {@code AuthorizationInfo} or {@code AuthorizationInfo211}
   * @param <R> answer type
   * @return the authorisation
   * @throws org.evdepot.ocpi.OcpiRemoteException 404 / 2004 when the token is unknown
   */
  public <R> R authorize(String uid, String type, Object location, Class<R> responseType) {
    String url =
        join(endpoint(ModuleId.TOKENS, InterfaceRole.SENDER), uid, "authorize")
            + "?type="
            + URLEncoder.encode(type, StandardCharsets.UTF_8);
    OcpiHttpResult r =
        transport.send(
            "POST",
            url,
            partner.outgoingToken(),
            base64(),
            routing(ModuleId.TOKENS, InterfaceRole.SENDER),
            location == null ? null : json.write(location));
    return OcpiClient.decode(r, json, responseType);
  }

  /**
   * POSTs an asynchronous result (command result, charging profile result) to the {@code
   * response_url} the partner gave.
   *
   * @param responseUrl the URL from the request
   * @param module module the result belongs to, for routing headers
   * @param result the result object
   */
  public void postResult(String responseUrl, ModuleId module, Object result) {
    send("POST", responseUrl, module, InterfaceRole.SENDER, result, Void.class);
  }

  /**
   * POSTs a CDR to the eMSP's CDRs receiver (2.2.1 and 2.1.1 create CDRs with POST).
   *
   * @param cdr the CDR ({@code Cdr} or {@code Cdr211})
   * @return the URL of the stored CDR from the {@code Location} header, if the partner sent one
   */
  public Optional<String> postCdr(Object cdr) {
    String url = endpoint(ModuleId.CDRS, InterfaceRole.RECEIVER);
    OcpiHttpResult r =
        transport.send(
            "POST",
            url,
            partner.outgoingToken(),
            base64(),
            routing(ModuleId.CDRS, InterfaceRole.RECEIVER),
            json.write(cdr));
    OcpiClient.decode(r, json, Void.class);
    return r.header("Location");
  }

  private <R> R send(
      String method, String url, ModuleId module, InterfaceRole role, Object body, Class<R> type) {
    OcpiHttpResult r =
        transport.send(
            method,
            url,
            partner.outgoingToken(),
            base64(),
            routing(module, role),
            body == null ? null : json.write(body));
    return OcpiClient.decode(r, json, type);
  }

  private boolean base64() {
    return OcpiClient.encodes(partner.tokenEncoding(), partner.version().encodesTokens());
  }

  /**
   * Routing headers for a call to the partner's {@code called} interface of a module: from our
   * party in the counterpart role, to the partner's party in the role that implements it (each
   * falls back to the main party).
   */
  private Map<String, String> routing(ModuleId module, InterfaceRole called) {
    Map<String, String> h = new LinkedHashMap<>();
    if (partner.version() == OcpiVersion.V2_2_1 && module != null && module.isFunctional()) {
      InterfaceRole ours =
          called == InterfaceRole.SENDER ? InterfaceRole.RECEIVER : InterfaceRole.SENDER;
      PartyRef self =
          module
              .ownerRole(ours)
              .flatMap(r -> selves.stream().filter(p -> p.role() == r).findFirst())
              .orElse(selves.get(0));
      h.put("OCPI-from-country-code", self.countryCode());
      h.put("OCPI-from-party-id", self.partyId());
      module
          .ownerRole(called)
          .flatMap(r -> partner.parties().stream().filter(p -> p.role() == r).findFirst())
          .or(partner::mainParty)
          .ifPresent(
              to -> {
                h.put("OCPI-to-country-code", to.countryCode());
                h.put("OCPI-to-party-id", to.partyId());
              });
    }
    return h;
  }

  private String endpoint(ModuleId module, InterfaceRole role) {
    return partner
        .endpoint(module, role)
        .orElseThrow(
            () ->
                new OcpiException(
                    OcpiStatus.NO_MATCHING_ENDPOINTS,
                    0,
                    "partner "
                        + partner.id()
                        + " offers no "
                        + role
                        + " endpoint for "
                        + module.id(),
                    null));
  }

  private static String join(String base, String... segments) {
    StringBuilder sb = new StringBuilder(base);
    for (String s : segments) {
      if (sb.charAt(sb.length() - 1) != '/') {
        sb.append('/');
      }
      sb.append(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return sb.toString();
  }

  static String nextLink(String header) {
    Matcher m = NEXT_LINK.matcher(header);
    return m.find() ? m.group(1) : null;
  }

  private final class PageIterator<T> implements Iterator<T> {
    private final Deque<T> buffer = new ArrayDeque<>();
    private final ModuleId module;
    private final Class<T> type;
    private String nextUrl;

    PageIterator(String firstUrl, ModuleId module, Class<T> type) {
      this.nextUrl = firstUrl;
      this.module = module;
      this.type = type;
    }

    @Override
    public boolean hasNext() {
      while (buffer.isEmpty() && nextUrl != null) {
        PageResult<T> page = page(nextUrl, module, type);
        buffer.addAll(page.items());
        nextUrl = page.nextUrl();
      }
      return !buffer.isEmpty();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return buffer.poll();
    }
  }
}
