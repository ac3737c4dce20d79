package org.evdepot.ocpi.registration;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiException;
import org.evdepot.ocpi.OcpiJson;
import org.evdepot.ocpi.OcpiRemoteException;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.ParsingMode;
import org.evdepot.ocpi.Role;
import org.evdepot.ocpi.client.OcpiClient;
import org.evdepot.ocpi.client.OcpiHttpResult;
import org.evdepot.ocpi.partner.EndpointRef;
import org.evdepot.ocpi.partner.LocalPlatform;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartnerRepository;
import org.evdepot.ocpi.partner.PartyRef;
import org.evdepot.ocpi.partner.TokenEncoding;
import org.evdepot.ocpi.v211.Credentials211;
import org.evdepot.ocpi.v221.Credentials;
import org.evdepot.ocpi.v221.CredentialsRole;
import org.evdepot.ocpi.v221.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The credentials handshake in both directions (OCPI 2.2.1 §7, 2.1.1 §6).
 *
 * <p>Initiating: {@link #register(String, String)} fetches the partner's versions with token A,
 * picks the highest mutual version, fetches its endpoints, stores the partner with a fresh token B
 * (which the partner uses to call us back during the POST), POSTs our credentials and keeps the
 * token C it answers with. {@link #update(String)} does the same with PUT (new tokens, possibly a
 * new version); {@link #unregister(String)} DELETEs.
 *
 * <p>Accepting ({@link #accept}, {@link #acceptUpdate}), used by {@link
 * org.evdepot.ocpi.server.OcpiServer}: reads the partner's credentials, calls their versions
 * endpoint with the token they sent, stores them with a fresh token C and answers with our
 * credentials. Token A is single-use.
 */
public final class Registrar {
  private static final Logger LOG = LoggerFactory.getLogger(Registrar.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final OcpiClient client;
  private final LocalPlatform platform;
  private final PartnerRepository partners;
  private final Supplier<String> tokens;
  private final ParsingMode mode;
  private final TokenEncoding encoding;
  private final Map<String, String> pendingTokens = new ConcurrentHashMap<>();

  /**
   * Creates a registrar.
   *
   * @param client transport for calls to partners
   * @param platform our identity
   * @param partners where partners are stored
   * @param tokens generator of new tokens (B and C)
   * @param mode parsing mode for new partners
   * @param encoding token encoding for new partners
   */
  public Registrar(
      OcpiClient client,
      LocalPlatform platform,
      PartnerRepository partners,
      Supplier<String> tokens,
      ParsingMode mode,
      TokenEncoding encoding) {
    this.client = Objects.requireNonNull(client, "client");
    this.platform = Objects.requireNonNull(platform, "platform");
    this.partners = Objects.requireNonNull(partners, "partners");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.encoding = Objects.requireNonNull(encoding, "encoding");
  }

  /**
   * A registrar with random 32-byte tokens, strict parsing and tokens encoded per version.
   *
   * @param client transport
   * @param platform our identity
   * @param partners partner store
   * @return the registrar
   */
  public static Registrar create(
      OcpiClient client, LocalPlatform platform, PartnerRepository partners) {
    return new Registrar(
        client,
        platform,
        partners,
        Registrar::randomToken,
        ParsingMode.STRICT,
        TokenEncoding.BY_VERSION);
  }

  /**
   * A random URL-safe token of 32 bytes.
   *
   * @return the token
   */
  public static String randomToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /**
   * Registers with a partner that handed us token A.
   *
   * @param versionsUrl the partner's versions endpoint
   * @param tokenA the token the partner gave us offline
   * @return the registered partner
   * @throws OcpiException 3002 when no mutual version, 3003 when no credentials endpoint, or the
   *     partner's error
   */
  public Partner register(String versionsUrl, String tokenA) {
    Discovery d = discover(versionsUrl, tokenA);
    String tokenB = tokens.get();
    Partner pending =
        new Partner(
            UUID.randomUUID().toString(),
            d.version,
            tokenB,
            tokenA,
            versionsUrl,
            d.endpoints,
            List.of(),
            false,
            encoding,
            mode);
    partners.save(pending);
    try {
      JsonNode answer = exchangeCredentials("POST", pending, tokenA, tokenB);
      Theirs theirs = parseCredentials(d.version, answer);
      Partner done =
          new Partner(
              pending.id(),
              d.version,
              tokenB,
              theirs.token,
              versionsUrl,
              d.endpoints,
              theirs.parties,
              true,
              encoding,
              mode);
      partners.save(done);
      LOG.info("registered with {} using OCPI {}", versionsUrl, d.version.wire());
      return done;
    } catch (RuntimeException e) {
      partners.delete(pending.id());
      throw e;
    }
  }

  /**
   * Updates our credentials at a registered partner (PUT): new token for them, highest mutual
   * version re-negotiated.
   *
   * @param partnerId local partner ID
   * @return the updated partner
   */
  public Partner update(String partnerId) {
    Partner p = partners.find(partnerId).orElseThrow(() -> unknownPartner(partnerId));
    Discovery d = discover(p.versionsUrl(), p.outgoingToken());
    String newTokenB = tokens.get();
    // Nothing is stored before the partner has accepted the PUT: the stored partner keeps its old
    // tokens, version and endpoints, so a failed PUT leaves both sides as they were. While the PUT
    // is in flight the new token is accepted too (the partner calls our versions endpoint with it).
    Partner interim =
        new Partner(
            p.id(),
            d.version,
            newTokenB,
            p.outgoingToken(),
            p.versionsUrl(),
            d.endpoints,
            p.parties(),
            true,
            p.tokenEncoding(),
            p.parsingMode());
    pendingTokens.put(newTokenB, p.id());
    try {
      OcpiHttpResult r = sendCredentials("PUT", interim, p.outgoingToken(), newTokenB);
      OcpiJson json = OcpiJson.of(interim.parsingMode());
      // Throws on an HTTP error or an OCPI error status: the partner did not switch.
      JsonNode answer = json.toTree(OcpiClient.decode(r, json, JsonNode.class));
      Theirs theirs;
      try {
        theirs = parseCredentials(d.version, answer);
      } catch (RuntimeException e) {
        // The partner accepted the PUT (and now calls us with the new token) but its answer
        // cannot be read: store what it has agreed to and keep calling it with the old token.
        partners.save(interim);
        throw new OcpiException(
            OcpiStatus.UNABLE_TO_USE_CLIENT_API,
            200,
            "partner accepted the credentials update but its credentials are unreadable: "
                + e.getMessage(),
            e);
      }
      Partner done =
          new Partner(
              p.id(),
              d.version,
              newTokenB,
              theirs.token,
              p.versionsUrl(),
              d.endpoints,
              theirs.parties,
              true,
              p.tokenEncoding(),
              p.parsingMode());
      partners.save(done);
      LOG.info("updated credentials with {} using OCPI {}", p.versionsUrl(), d.version.wire());
      return done;
    } finally {
      pendingTokens.remove(newTokenB);
    }
  }

  /**
   * The partner whose credentials update (PUT) we are sending with this new token, while it is in
   * flight: the partner may call our versions and version details with it before answering. Used by
   * {@link org.evdepot.ocpi.server.OcpiServer} when authenticating.
   *
   * @param token a token presented to us
   * @return the stored (not yet updated) partner, or empty
   */
  public Optional<Partner> pendingUpdate(String token) {
    String id = pendingTokens.get(token);
    return id == null ? Optional.empty() : partners.find(id);
  }

  /**
   * Unregisters from a partner (DELETE on their credentials) and forgets it.
   *
   * @param partnerId local partner ID
   */
  public void unregister(String partnerId) {
    Partner p = partners.find(partnerId).orElseThrow(() -> unknownPartner(partnerId));
    String url = credentialsUrl(p.endpoints());
    OcpiHttpResult r = client.send("DELETE", url, p.outgoingToken(), base64(p), Map.of(), null);
    OcpiClient.decode(r, OcpiJson.of(p.parsingMode()), Void.class);
    partners.delete(partnerId);
  }

  /**
   * Accepts a registration POSTed with token A.
   *
   * @param version version of the credentials endpoint that was called
   * @param body the partner's credentials
   * @param tokenA the token A they used
   * @return our credentials (with their new token C) to answer with
   */
  public Object accept(OcpiVersion version, String body, String tokenA) {
    OcpiJson json = OcpiJson.of(mode);
    Theirs theirs = parseCredentials(version, json.tree(body));
    Partner partner = connectBack(UUID.randomUUID().toString(), version, theirs, encoding, mode);
    partners.save(partner);
    partners.removeRegistrationToken(tokenA);
    LOG.info("accepted registration of {} using OCPI {}", theirs.url, version.wire());
    return ourCredentials(version, partner.incomingToken());
  }

  /**
   * Accepts a credentials update (PUT) from a registered partner: new token C, possibly a new
   * version (the one of the endpoint that was called).
   *
   * @param version version of the credentials endpoint that was called
   * @param existing the partner
   * @param body the partner's new credentials
   * @return our credentials with their new token
   */
  public Object acceptUpdate(OcpiVersion version, Partner existing, String body) {
    Theirs theirs = parseCredentials(version, OcpiJson.of(existing.parsingMode()).tree(body));
    Partner updated =
        connectBack(
            existing.id(), version, theirs, existing.tokenEncoding(), existing.parsingMode());
    partners.save(updated);
    return ourCredentials(version, updated.incomingToken());
  }

  /**
   * Our credentials object for a version.
   *
   * @param version the version
   * @param token the token the partner should use to call us
   * @return {@link Credentials} or {@link Credentials211}
   */
  public Object ourCredentials(OcpiVersion version, String token) {
    PartyRef me = platform.party();
    if (version == OcpiVersion.V2_1_1) {
      return new Credentials211(
          token,
          platform.versionsUrl(),
          platform.businessDetails(),
          me.partyId(),
          me.countryCode());
    }
    List<CredentialsRole> roles = new ArrayList<>();
    for (PartyRef p : platform.parties()) {
      roles.add(
          new CredentialsRole(p.role(), platform.businessDetails(), p.partyId(), p.countryCode()));
    }
    return new Credentials(token, platform.versionsUrl(), roles);
  }

  private Partner connectBack(
      String id, OcpiVersion version, Theirs theirs, TokenEncoding enc, ParsingMode pm) {
    Discovery d;
    try {
      d = discover(theirs.url, theirs.token, version);
    } catch (OcpiRemoteException e) {
      throw new OcpiException(
          OcpiStatus.UNABLE_TO_USE_CLIENT_API,
          200,
          "cannot use the partner's API: " + e.getMessage(),
          e);
    }
    return new Partner(
        id,
        version,
        tokens.get(),
        theirs.token,
        theirs.url,
        d.endpoints,
        theirs.parties,
        true,
        enc,
        pm);
  }

  private JsonNode exchangeCredentials(String method, Partner p, String token, String ourNewToken) {
    OcpiJson json = OcpiJson.of(p.parsingMode());
    OcpiHttpResult r = sendCredentials(method, p, token, ourNewToken);
    return json.toTree(OcpiClient.decode(r, json, JsonNode.class));
  }

  private OcpiHttpResult sendCredentials(
      String method, Partner p, String token, String ourNewToken) {
    String url = credentialsUrl(p.endpoints());
    OcpiJson json = OcpiJson.of(p.parsingMode());
    String body = json.write(ourCredentials(p.version(), ourNewToken));
    return client.send(method, url, token, base64(p), Map.of(), body);
  }

  private static String credentialsUrl(List<EndpointRef> endpoints) {
    return endpoints.stream()
        .filter(e -> e.module() == ModuleId.CREDENTIALS)
        .map(EndpointRef::url)
        .findFirst()
        .orElseThrow(
            () ->
                new OcpiException(
                    OcpiStatus.NO_MATCHING_ENDPOINTS,
                    200,
                    "partner has no credentials endpoint",
                    null));
  }

  private boolean base64(Partner p) {
    return OcpiClient.encodes(p.tokenEncoding(), p.version().encodesTokens());
  }

  private Discovery discover(String versionsUrl, String token) {
    return discover(versionsUrl, token, null);
  }

  /** Versions -> highest mutual (or the required one) -> details. */
  private Discovery discover(String versionsUrl, String token, OcpiVersion required) {
    OcpiJson json = OcpiJson.of(mode);
    boolean b64 = encoding != TokenEncoding.RAW;
    OcpiHttpResult r = client.send("GET", versionsUrl, token, b64, Map.of(), null);
    if (r.status() == 401 && encoding == TokenEncoding.BY_VERSION) {
      // A 2.1.1-only partner does not decode Base64: try the raw token.
      b64 = false;
      r = client.send("GET", versionsUrl, token, false, Map.of(), null);
    }
    List<Version> theirs = List.of(OcpiClient.decode(r, json, Version[].class));
    List<OcpiVersion> offered = new ArrayList<>();
    for (Version v : theirs) {
      OcpiVersion.find(v.version()).ifPresent(offered::add);
    }
    OcpiVersion chosen;
    if (required != null) {
      if (!offered.contains(required)) {
        throw new OcpiException(
            OcpiStatus.UNSUPPORTED_VERSION, 200, "partner does not offer " + required.wire(), null);
      }
      chosen = required;
    } else {
      chosen =
          OcpiVersion.highestMutual(platform.versions(), offered)
              .orElseThrow(
                  () ->
                      new OcpiException(
                          OcpiStatus.UNSUPPORTED_VERSION, 200, "no mutual OCPI version", null));
    }
    String detailsUrl =
        theirs.stream()
            .filter(v -> v.version().equals(chosen.wire()))
            .findFirst()
            .orElseThrow()
            .url();
    boolean detailsB64 = encoding == TokenEncoding.BY_VERSION ? chosen.encodesTokens() && b64 : b64;
    OcpiHttpResult dr = client.send("GET", detailsUrl, token, detailsB64, Map.of(), null);
    JsonNode details = json.toTree(OcpiClient.decode(dr, json, JsonNode.class));
    List<EndpointRef> endpoints = new ArrayList<>();
    for (JsonNode e : details.path("endpoints")) {
      var module = ModuleId.find(e.path("identifier").asText(null));
      if (module.isEmpty() || !e.hasNonNull("url")) {
        continue;
      }
      InterfaceRole role =
          e.hasNonNull("role") ? InterfaceRole.valueOf(e.get("role").asText()) : null;
      endpoints.add(new EndpointRef(module.get(), role, e.get("url").asText()));
    }
    if (endpoints.stream().noneMatch(e -> e.module() == ModuleId.CREDENTIALS)) {
      throw new OcpiException(
          OcpiStatus.NO_MATCHING_ENDPOINTS, 200, "partner lists no credentials endpoint", null);
    }
    return new Discovery(chosen, endpoints);
  }

  private Theirs parseCredentials(OcpiVersion version, JsonNode node) {
    OcpiJson json = OcpiJson.of(mode);
    if (version == OcpiVersion.V2_1_1) {
      Credentials211 c = json.convert(node, Credentials211.class);
      return new Theirs(
          c.token(), c.url(), List.of(new PartyRef(c.countryCode(), c.partyId(), Role.OTHER)));
    }
    Credentials c = json.convert(node, Credentials.class);
    List<PartyRef> parties = new ArrayList<>();
    for (CredentialsRole r : c.roles()) {
      parties.add(new PartyRef(r.countryCode(), r.partyId(), r.role()));
    }
    return new Theirs(c.token(), c.url(), parties);
  }

  private static OcpiException unknownPartner(String id) {
    return new OcpiException(OcpiStatus.CLIENT_ERROR, 404, "unknown partner " + id, null);
  }

  private record Discovery(OcpiVersion version, List<EndpointRef> endpoints) {}

  private record Theirs(String token, String url, List<PartyRef> parties) {}
}
