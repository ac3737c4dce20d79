package org.evdepot.ocpi.server;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiEnvelope;
import org.evdepot.ocpi.OcpiException;
import org.evdepot.ocpi.OcpiJson;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.partner.LocalPlatform;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartnerRepository;
import org.evdepot.ocpi.registration.Registrar;
import org.evdepot.ocpi.v211.Endpoint211;
import org.evdepot.ocpi.v211.VersionDetails211;
import org.evdepot.ocpi.v221.Endpoint;
import org.evdepot.ocpi.v221.Version;
import org.evdepot.ocpi.v221.VersionDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A framework-neutral OCPI server: give it an {@link OcpiRequest}, write out the {@link
 * OcpiResponse}. It serves {@code {base}/versions}, {@code {base}/{version}} (details), {@code
 * {base}/{version}/credentials} and the mounted {@link ModuleEndpoint}s at {@code
 * {base}/{version}/{module}/...}.
 *
 * <p>Rules enforced before a module sees a request:
 *
 * <ul>
 *   <li>{@code Authorization: Token ...} must name a known partner (Base64 or raw are both
 *       accepted) or an unused token A, else 401;
 *   <li>token A is accepted only on versions, version details and credentials, else 401;
 *   <li>credentials POST when already registered, and PUT or DELETE when not, answer 405;
 *   <li>an unknown version answers 404 / 3002, an unknown or unmounted module 404 / 2000;
 *   <li>on 2.2.1 functional modules, routing headers that are present must name us (to) and the
 *       calling partner (from), else 400 / 2001; with {@code requireRoutingHeaders} they must be
 *       present.
 * </ul>
 *
 * <p>Errors become envelopes: malformed JSON 400 / 2000, invalid or missing fields 400 / 2001,
 * unknown objects 404, unexpected failures 500 / 3000.
 */
public final class OcpiServer {
  private static final Logger LOG = LoggerFactory.getLogger(OcpiServer.class);
  private static final String REQUEST_ID = "X-Request-ID";
  private static final String CORRELATION_ID = "X-Correlation-ID";

  private final LocalPlatform platform;
  private final PartnerRepository partners;
  private final Registrar registrar;
  private final Clock clock;
  private final int defaultLimit;
  private final int maxLimit;
  private final boolean requireRoutingHeaders;

  /** Per version: mount path ({@code locations} or {@code sender/locations}) to endpoint. */
  private final Map<OcpiVersion, Map<String, Mounted>> modules;

  private final String basePath;
  private final Supplier<String> ids;

  private record Mounted(
      ModuleId module, InterfaceRole role, String path, ModuleEndpoint endpoint) {}

  private OcpiServer(Builder b) {
    this.platform = b.platform;
    this.partners = b.partners;
    this.registrar = b.registrar;
    this.clock = b.clock;
    this.defaultLimit = b.defaultLimit;
    this.maxLimit = b.maxLimit;
    this.requireRoutingHeaders = b.requireRoutingHeaders;
    this.modules = new EnumMap<>(OcpiVersion.class);
    b.modules.forEach(
        (v, byModule) -> {
          Map<String, Mounted> paths = new LinkedHashMap<>();
          byModule.forEach(
              (m, byRole) ->
                  byRole.forEach(
                      (role, ep) -> {
                        String path =
                            byRole.size() > 1
                                ? role.name().toLowerCase(Locale.ROOT) + "/" + m.id()
                                : m.id();
                        paths.put(path, new Mounted(m, role, path, ep));
                      }));
          modules.put(v, paths);
        });
    this.ids = b.ids;
    String p = URI.create(platform.baseUrl()).getPath();
    this.basePath = p == null ? "" : p;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Handles one request. Never throws: every failure becomes an error envelope.
   *
   * @param request the request
   * @return the response
   */
  public OcpiResponse handle(OcpiRequest request) {
    return withMessageIds(request, dispatch(request));
  }

  private OcpiResponse dispatch(OcpiRequest request) {
    OcpiJson json = OcpiJson.strict();
    try {
      return route(request);
    } catch (OcpiException e) {
      LOG.debug("{} {} -> {} {}", request.method(), request.path(), e.httpStatus(), e.getMessage());
      return envelope(
          json,
          e.httpStatus(),
          new OcpiEnvelope<>(null, e.statusCode(), e.getMessage(), clock.instant()),
          Map.of());
    } catch (RuntimeException e) {
      LOG.warn("{} {} failed", request.method(), request.path(), e);
      return envelope(
          json,
          500,
          OcpiEnvelope.error(OcpiStatus.SERVER_ERROR, "internal error", clock.instant()),
          Map.of());
    }
  }

  /**
   * OCPI 2.2.1 §4.1.5 (unique message IDs): the response to a request carries the same {@code
   * X-Request-ID} and {@code X-Correlation-ID}. A request without them (2.1.1 clients need not send
   * them) gets fresh ones, so every response can be traced.
   */
  private OcpiResponse withMessageIds(OcpiRequest request, OcpiResponse response) {
    Map<String, String> h = new LinkedHashMap<>(response.headers());
    h.put(REQUEST_ID, request.header(REQUEST_ID).filter(v -> !v.isBlank()).orElseGet(ids));
    h.put(CORRELATION_ID, request.header(CORRELATION_ID).filter(v -> !v.isBlank()).orElseGet(ids));
    return new OcpiResponse(response.status(), h, response.body());
  }

  private OcpiResponse route(OcpiRequest req) {
    String path = req.path();
    if (!path.startsWith(basePath)) {
      throw new OcpiException(OcpiStatus.CLIENT_ERROR, 404, "not an OCPI path: " + path, null);
    }
    List<String> segs = new ArrayList<>();
    for (String s : path.substring(basePath.length()).split("/")) {
      if (!s.isEmpty()) {
        segs.add(s);
      }
    }
    if (segs.isEmpty()) {
      throw new OcpiException(OcpiStatus.CLIENT_ERROR, 404, "no such resource", null);
    }
    OcpiVersion version =
        segs.get(0).equals("versions") ? null : OcpiVersion.find(segs.get(0)).orElse(null);
    Auth auth = authenticate(req, version);
    if (segs.get(0).equals("versions") && segs.size() == 1) {
      requireGet(req);
      List<Version> list = new ArrayList<>();
      for (OcpiVersion v : platform.versions()) {
        list.add(new Version(v.wire(), platform.versionUrl(v)));
      }
      return ok(auth, list);
    }
    if (version == null || !platform.versions().contains(version)) {
      throw new OcpiException(
          OcpiStatus.UNSUPPORTED_VERSION, 404, "unsupported version " + segs.get(0), null);
    }
    if (segs.size() == 1) {
      requireGet(req);
      return ok(auth, details(version));
    }
    Optional<ModuleId> module = ModuleId.find(segs.get(1));
    if (module.isPresent() && module.get() == ModuleId.CREDENTIALS && segs.size() == 2) {
      return credentials(req, version, auth);
    }
    Map<String, Mounted> mountedHere = modules.getOrDefault(version, Map.of());
    Mounted mounted = null;
    int below = 2;
    if (segs.size() >= 3) {
      mounted = mountedHere.get(segs.get(1) + "/" + segs.get(2));
      below = 3;
    }
    if (mounted == null) {
      mounted = mountedHere.get(segs.get(1));
      below = 2;
    }
    if (mounted == null) {
      throw new OcpiException(OcpiStatus.CLIENT_ERROR, 404, "unknown module " + segs.get(1), null);
    }
    if (auth.partner == null || !auth.partner.registered()) {
      throw new OcpiException(
          OcpiStatus.CLIENT_ERROR, 401, "token A is only valid for versions and credentials", null);
    }
    if (version == OcpiVersion.V2_2_1) {
      checkRouting(req, auth.partner);
    }
    ModuleContext ctx =
        new ModuleContext(
            version,
            mounted.module(),
            auth.partner,
            segs.subList(below, segs.size()),
            req,
            platform.versionUrl(version) + "/" + mounted.path(),
            platform,
            clock,
            defaultLimit,
            maxLimit,
            mounted.role());
    return mounted.endpoint().handle(ctx);
  }

  private OcpiResponse credentials(OcpiRequest req, OcpiVersion version, Auth auth) {
    boolean registered = auth.partner != null && auth.partner.registered();
    switch (req.method()) {
      case "GET":
        if (auth.partner == null) {
          return ok(auth, registrar().ourCredentials(version, auth.token));
        }
        return ok(auth, registrar().ourCredentials(version, auth.partner.incomingToken()));
      case "POST":
        if (registered || auth.partner != null) {
          throw new OcpiException(
              OcpiStatus.CLIENT_ERROR, 405, "already registered: use PUT to update", null);
        }
        return ok(auth, registrar().accept(version, req.body(), auth.token));
      case "PUT":
        if (!registered) {
          throw new OcpiException(
              OcpiStatus.CLIENT_ERROR, 405, "not registered: use POST to register", null);
        }
        return ok(auth, registrar().acceptUpdate(version, auth.partner, req.body()));
      case "DELETE":
        if (!registered) {
          throw new OcpiException(OcpiStatus.CLIENT_ERROR, 405, "not registered", null);
        }
        partners.delete(auth.partner.id());
        return ok(auth, null);
      default:
        throw new OcpiException(OcpiStatus.CLIENT_ERROR, 405, req.method() + " not allowed", null);
    }
  }

  private Registrar registrar() {
    if (registrar == null) {
      throw new OcpiException(OcpiStatus.SERVER_ERROR, 500, "registration is not configured", null);
    }
    return registrar;
  }

  private Object details(OcpiVersion version) {
    String base = platform.versionUrl(version);
    Map<String, Mounted> mounted = modules.getOrDefault(version, Map.of());
    if (version == OcpiVersion.V2_1_1) {
      List<Endpoint211> eps = new ArrayList<>();
      eps.add(new Endpoint211(ModuleId.CREDENTIALS, base + "/credentials"));
      mounted.forEach((path, x) -> eps.add(new Endpoint211(x.module(), base + "/" + path)));
      return new VersionDetails211(version.wire(), eps);
    }
    List<Endpoint> eps = new ArrayList<>();
    eps.add(new Endpoint(ModuleId.CREDENTIALS, InterfaceRole.SENDER, base + "/credentials"));
    eps.add(new Endpoint(ModuleId.CREDENTIALS, InterfaceRole.RECEIVER, base + "/credentials"));
    mounted.forEach((path, x) -> eps.add(new Endpoint(x.module(), x.role(), base + "/" + path)));
    return new VersionDetails(version.wire(), eps);
  }

  private void checkRouting(OcpiRequest req, Partner partner) {
    Optional<String> toCc = req.header("OCPI-to-country-code");
    Optional<String> toPid = req.header("OCPI-to-party-id");
    Optional<String> fromCc = req.header("OCPI-from-country-code");
    Optional<String> fromPid = req.header("OCPI-from-party-id");
    if (requireRoutingHeaders
        && (toCc.isEmpty() || toPid.isEmpty() || fromCc.isEmpty() || fromPid.isEmpty())) {
      throw new OcpiException(
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS, 400, "routing headers are required", null);
    }
    if (toCc.isPresent() && toPid.isPresent() && !platform.hosts(toCc.get(), toPid.get())) {
      throw new OcpiException(
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS,
          400,
          "OCPI-to " + toCc.get() + "/" + toPid.get() + " is not this platform",
          null);
    }
    if (fromCc.isPresent()
        && fromPid.isPresent()
        && !partner.parties().isEmpty()
        && partner.parties().stream().noneMatch(p -> p.matches(fromCc.get(), fromPid.get()))) {
      throw new OcpiException(
          OcpiStatus.INVALID_OR_MISSING_PARAMETERS,
          400,
          "OCPI-from " + fromCc.get() + "/" + fromPid.get() + " is not a party of the caller",
          null);
    }
  }

  private record Auth(String token, Partner partner) {}

  private Auth authenticate(OcpiRequest req, OcpiVersion version) {
    String header = req.header("Authorization").orElse("").trim();
    if (!header.regionMatches(true, 0, "Token ", 0, 6)) {
      throw new OcpiException(OcpiStatus.CLIENT_ERROR, 401, "missing Authorization: Token", null);
    }
    String raw = header.substring(6).trim();
    List<String> candidates = new ArrayList<>();
    String decoded = decode(raw);
    if (version == OcpiVersion.V2_1_1) {
      candidates.add(raw);
      if (decoded != null) {
        candidates.add(decoded);
      }
    } else {
      if (decoded != null) {
        candidates.add(decoded);
      }
      candidates.add(raw);
    }
    for (String c : candidates) {
      Optional<Partner> p = partners.findByIncomingToken(c);
      if (p.isPresent()) {
        return new Auth(c, p.get());
      }
      if (partners.isRegistrationToken(c)) {
        return new Auth(c, null);
      }
      Optional<Partner> updating =
          registrar == null ? Optional.empty() : registrar.pendingUpdate(c);
      if (updating.isPresent()) {
        return new Auth(c, updating.get());
      }
    }
    throw new OcpiException(OcpiStatus.CLIENT_ERROR, 401, "unknown token", null);
  }

  private static String decode(String raw) {
    try {
      byte[] b = Base64.getDecoder().decode(raw);
      String s = new String(b, StandardCharsets.UTF_8);
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch < 0x21 || ch > 0x7e) {
          return null;
        }
      }
      return s.isEmpty() ? null : s;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void requireGet(OcpiRequest req) {
    if (!req.method().equals("GET")) {
      throw new OcpiException(OcpiStatus.CLIENT_ERROR, 405, req.method() + " not allowed", null);
    }
  }

  private OcpiResponse ok(Auth auth, Object data) {
    OcpiJson json =
        auth.partner == null ? OcpiJson.strict() : OcpiJson.of(auth.partner.parsingMode());
    return envelope(json, 200, OcpiEnvelope.success(data, clock.instant()), Map.of());
  }

  private static OcpiResponse envelope(
      OcpiJson json, int http, OcpiEnvelope<?> env, Map<String, String> headers) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put("Content-Type", "application/json");
    return new OcpiResponse(http, h, json.write(env));
  }

  /** Builder of {@link OcpiServer}; validates on {@link #build()}. */
  public static final class Builder {
    private LocalPlatform platform;
    private PartnerRepository partners;
    private Registrar registrar;
    private Clock clock = Clock.systemUTC();
    private int defaultLimit = 50;
    private int maxLimit = 1000;
    private boolean requireRoutingHeaders;
    private final Map<OcpiVersion, Map<ModuleId, Map<InterfaceRole, ModuleEndpoint>>> modules =
        new EnumMap<>(OcpiVersion.class);
    private Supplier<String> ids = () -> UUID.randomUUID().toString();

    private Builder() {}

    /**
     * Our identity and base URL (required).
     *
     * @param p the platform
     * @return this builder
     */
    public Builder platform(LocalPlatform p) {
      this.platform = p;
      return this;
    }

    /**
     * The partner store (required).
     *
     * @param repo the repository
     * @return this builder
     */
    public Builder partners(PartnerRepository repo) {
      this.partners = repo;
      return this;
    }

    /**
     * The registrar that accepts registrations; without it credentials POST/PUT answer 500.
     *
     * @param r the registrar
     * @return this builder
     */
    public Builder registrar(Registrar r) {
      this.registrar = r;
      return this;
    }

    /**
     * Clock for envelope timestamps.
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = c;
      return this;
    }

    /**
     * Page sizes: the default when the client asks for none and the cap.
     *
     * @param dflt default limit, at least 1
     * @param max maximum limit, at least {@code dflt}
     * @return this builder
     */
    public Builder limits(int dflt, int max) {
      this.defaultLimit = dflt;
      this.maxLimit = max;
      return this;
    }

    /**
     * Whether 2.2.1 functional requests must carry all four routing headers.
     *
     * @param required true to require them
     * @return this builder
     */
    public Builder requireRoutingHeaders(boolean required) {
      this.requireRoutingHeaders = required;
      return this;
    }

    /**
     * Source of {@code X-Request-ID}/{@code X-Correlation-ID} for responses to requests that carry
     * none (requests that carry them get them echoed).
     *
     * @param supplier the supplier
     * @return this builder
     */
    public Builder messageIds(Supplier<String> supplier) {
      this.ids = Objects.requireNonNull(supplier, "messageIds");
      return this;
    }

    /**
     * Mounts a module interface. A platform with several roles (e.g. CPO and eMSP) may mount both
     * interfaces of a module in 2.2.1: each is then served at {@code {version}/sender/{module}} and
     * {@code {version}/receiver/{module}} and listed with its role in the version details; a module
     * with one interface stays at {@code {version}/{module}}.
     *
     * @param version version
     * @param module module (not credentials)
     * @param role the interface this endpoint implements
     * @param endpoint the handler
     * @return this builder
     * @throws IllegalArgumentException for credentials
     * @throws IllegalStateException when this version, module and role is already mounted
     */
    public Builder endpoint(
        OcpiVersion version, ModuleId module, InterfaceRole role, ModuleEndpoint endpoint) {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(module, "module");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(endpoint, "endpoint");
      if (module == ModuleId.CREDENTIALS) {
        throw new IllegalArgumentException("credentials are served by the server itself");
      }
      Map<InterfaceRole, ModuleEndpoint> byRole =
          modules
              .computeIfAbsent(version, v -> new EnumMap<>(ModuleId.class))
              .computeIfAbsent(module, m -> new EnumMap<>(InterfaceRole.class));
      if (byRole.containsKey(role)) {
        throw new IllegalStateException(
            "the "
                + role
                + " interface of "
                + module.id()
                + " is already mounted for OCPI "
                + version.wire());
      }
      byRole.put(role, endpoint);
      return this;
    }

    /**
     * Builds the server.
     *
     * @return the server
     */
    public OcpiServer build() {
      Objects.requireNonNull(platform, "platform is required");
      Objects.requireNonNull(partners, "partners is required");
      Objects.requireNonNull(clock, "clock is required");
      if (defaultLimit < 1 || maxLimit < defaultLimit) {
        throw new IllegalArgumentException(
            "limits must satisfy 1 <= default <= max: default="
                + defaultLimit
                + ", max="
                + maxLimit);
      }
      for (OcpiVersion v : modules.keySet()) {
        if (!platform.versions().contains(v)) {
          throw new IllegalArgumentException(
              "endpoint mounted for version " + v.wire() + " that the platform does not speak");
        }
      }
      Map<ModuleId, Map<InterfaceRole, ModuleEndpoint>> v211 =
          modules.getOrDefault(OcpiVersion.V2_1_1, Map.of());
      v211.forEach(
          (m, byRole) -> {
            if (byRole.size() > 1) {
              throw new IllegalArgumentException(
                  "OCPI 2.1.1 version details have no interface roles: both interfaces of "
                      + m.id()
                      + " cannot be told apart; serve the second role from another OcpiServer"
                      + " with its own base URL");
            }
          });
      return new OcpiServer(this);
    }
  }
}
