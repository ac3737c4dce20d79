package org.evdepot.ocpi.examples;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiStatus;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.Role;
import org.evdepot.ocpi.client.OcpiClient;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.client.RetryPolicy;
import org.evdepot.ocpi.partner.InMemoryPartnerRepository;
import org.evdepot.ocpi.partner.LocalPlatform;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartyRef;
import org.evdepot.ocpi.registration.Registrar;
import org.evdepot.ocpi.server.CommandHandler;
import org.evdepot.ocpi.server.CommandResultEndpoint;
import org.evdepot.ocpi.server.CommandResultListener;
import org.evdepot.ocpi.server.CommandsReceiverEndpoint;
import org.evdepot.ocpi.server.InMemoryObjectRepository;
import org.evdepot.ocpi.server.ObjectKey;
import org.evdepot.ocpi.server.ObjectRepository;
import org.evdepot.ocpi.server.OcpiServer;
import org.evdepot.ocpi.server.ReceiverEndpoint;
import org.evdepot.ocpi.server.SenderEndpoint;
import org.evdepot.ocpi.server.TokenAuthorizer;
import org.evdepot.ocpi.server.TokensSenderEndpoint;
import org.evdepot.ocpi.v211.AuthorizationInfo211;
import org.evdepot.ocpi.v211.Cdr211;
import org.evdepot.ocpi.v211.Location211;
import org.evdepot.ocpi.v211.Session211;
import org.evdepot.ocpi.v211.Tariff211;
import org.evdepot.ocpi.v211.Token211;
import org.evdepot.ocpi.v221.AllowedType;
import org.evdepot.ocpi.v221.AuthorizationInfo;
import org.evdepot.ocpi.v221.Cdr;
import org.evdepot.ocpi.v221.Location;
import org.evdepot.ocpi.v221.LocationReferences;
import org.evdepot.ocpi.v221.Session;
import org.evdepot.ocpi.v221.Tariff;
import org.evdepot.ocpi.v221.Token;

/**
 * A CPO or eMSP platform built from the SDK and hosted on 127.0.0.1: in-memory repositories per
 * version and module, an {@link OcpiServer} with the role's endpoints, a {@link Registrar} and an
 * {@link OcpiClient}.
 */
public final class RoamingNode implements AutoCloseable {
  private final JdkOcpiHost host;
  private final String baseUrl;
  private final List<PartyRef> parties;
  private final CommandHandler commands;
  private final CommandResultListener results;
  private final int pageSize;
  private volatile LocalPlatform platform;
  private final InMemoryPartnerRepository partners = new InMemoryPartnerRepository();
  private final Map<String, ObjectRepository<?>> repos = new HashMap<>();
  private final OcpiClient client;
  private volatile Registrar registrar;

  private RoamingNode(
      List<PartyRef> parties,
      List<OcpiVersion> versions,
      CommandHandler commands,
      CommandResultListener results,
      int pageSize)
      throws IOException {
    host = new JdkOcpiHost();
    PartyRef main = parties.get(0);
    String prefix = "/ocpi/" + (parties.size() == 1 ? main.role().name().toLowerCase() : "depot");
    this.baseUrl = host.baseUrl(prefix);
    this.parties = List.copyOf(parties);
    this.commands = commands;
    this.results = results;
    this.pageSize = pageSize;
    client =
        OcpiClient.builder()
            .requestTimeout(Duration.ofSeconds(5))
            .retry(RetryPolicy.none())
            .build();
    host.start(build(versions));
  }

  /**
   * Starts speaking other versions on the same URL, keeping partners (fresh object stores).
   *
   * @param versions the versions
   */
  public void speak(List<OcpiVersion> versions) {
    host.replace(build(versions));
  }

  private OcpiServer build(List<OcpiVersion> versions) {
    PartyRef main = parties.get(0);
    platform =
        new LocalPlatform(
            baseUrl,
            parties,
            Fixtures.business(main.role() + " " + main.countryCode() + main.partyId()),
            versions);
    boolean isCpo = parties.stream().anyMatch(p -> p.role() == Role.CPO);
    boolean isEmsp = parties.stream().anyMatch(p -> p.role() == Role.EMSP);
    registrar = Registrar.create(client, platform, partners);
    OcpiServer.Builder b =
        OcpiServer.builder()
            .platform(platform)
            .partners(partners)
            .registrar(registrar)
            .clock(Clock.systemUTC())
            .limits(pageSize, pageSize);
    for (OcpiVersion v : versions) {
      if (isCpo) {
        mountCpo(b, v, commands);
      }
      if (isEmsp) {
        mountEmsp(b, v, results);
      }
    }
    return b.build();
  }

  private void mountCpo(OcpiServer.Builder b, OcpiVersion v, CommandHandler commands) {
    boolean v211 = v == OcpiVersion.V2_1_1;
    InterfaceRole out = InterfaceRole.SENDER;
    var locations =
        v211
            ? repo(v, ModuleId.LOCATIONS, out, Location211::lastUpdated)
            : repo(v, ModuleId.LOCATIONS, out, Location::lastUpdated);
    var sessions =
        v211
            ? repo(v, ModuleId.SESSIONS, out, Session211::lastUpdated)
            : repo(v, ModuleId.SESSIONS, out, Session::lastUpdated);
    var cdrs =
        v211
            ? repo(v, ModuleId.CDRS, out, Cdr211::lastUpdated)
            : repo(v, ModuleId.CDRS, out, Cdr::lastUpdated);
    var tariffs =
        v211
            ? repo(v, ModuleId.TARIFFS, out, Tariff211::lastUpdated)
            : repo(v, ModuleId.TARIFFS, out, Tariff::lastUpdated);
    var tokens =
        v211
            ? repo(v, ModuleId.TOKENS, InterfaceRole.RECEIVER, Token211::lastUpdated)
            : repo(v, ModuleId.TOKENS, InterfaceRole.RECEIVER, Token::lastUpdated);
    b.endpoint(
        v,
        ModuleId.LOCATIONS,
        InterfaceRole.SENDER,
        new SenderEndpoint<>(
            locations, OcpiStatus.UNKNOWN_LOCATION, "evses", "uid", "connectors", "id"));
    b.endpoint(
        v,
        ModuleId.SESSIONS,
        InterfaceRole.SENDER,
        new SenderEndpoint<>(sessions, OcpiStatus.CLIENT_ERROR));
    b.endpoint(
        v,
        ModuleId.CDRS,
        InterfaceRole.SENDER,
        new SenderEndpoint<>(cdrs, OcpiStatus.CLIENT_ERROR));
    b.endpoint(
        v,
        ModuleId.TARIFFS,
        InterfaceRole.SENDER,
        new SenderEndpoint<>(tariffs, OcpiStatus.CLIENT_ERROR));
    b.endpoint(
        v,
        ModuleId.TOKENS,
        InterfaceRole.RECEIVER,
        receiver(tokens, v211 ? Token211.class : Token.class, ReceiverEndpoint.Options.tokens()));
    b.endpoint(
        v, ModuleId.COMMANDS, InterfaceRole.RECEIVER, new CommandsReceiverEndpoint(commands));
  }

  private void mountEmsp(OcpiServer.Builder b, OcpiVersion v, CommandResultListener results) {
    boolean v211 = v == OcpiVersion.V2_1_1;
    InterfaceRole in = InterfaceRole.RECEIVER;
    var locations =
        v211
            ? repo(v, ModuleId.LOCATIONS, in, Location211::lastUpdated)
            : repo(v, ModuleId.LOCATIONS, in, Location::lastUpdated);
    var sessions =
        v211
            ? repo(v, ModuleId.SESSIONS, in, Session211::lastUpdated)
            : repo(v, ModuleId.SESSIONS, in, Session::lastUpdated);
    var cdrs =
        v211
            ? repo(v, ModuleId.CDRS, in, Cdr211::lastUpdated)
            : repo(v, ModuleId.CDRS, in, Cdr::lastUpdated);
    var tariffs =
        v211
            ? repo(v, ModuleId.TARIFFS, in, Tariff211::lastUpdated)
            : repo(v, ModuleId.TARIFFS, in, Tariff::lastUpdated);
    var tokens =
        v211
            ? repo(v, ModuleId.TOKENS, InterfaceRole.SENDER, Token211::lastUpdated)
            : repo(v, ModuleId.TOKENS, InterfaceRole.SENDER, Token::lastUpdated);
    b.endpoint(
        v,
        ModuleId.LOCATIONS,
        InterfaceRole.RECEIVER,
        receiver(
            locations,
            v211 ? Location211.class : Location.class,
            ReceiverEndpoint.Options.locations()));
    b.endpoint(
        v,
        ModuleId.SESSIONS,
        InterfaceRole.RECEIVER,
        receiver(
            sessions,
            v211 ? Session211.class : Session.class,
            ReceiverEndpoint.Options.sessions()));
    b.endpoint(
        v,
        ModuleId.CDRS,
        InterfaceRole.RECEIVER,
        receiver(cdrs, v211 ? Cdr211.class : Cdr.class, ReceiverEndpoint.Options.cdrs()));
    b.endpoint(
        v,
        ModuleId.TARIFFS,
        InterfaceRole.RECEIVER,
        receiver(
            tariffs, v211 ? Tariff211.class : Tariff.class, ReceiverEndpoint.Options.tariffs(v)));
    b.endpoint(
        v,
        ModuleId.TOKENS,
        InterfaceRole.SENDER,
        new TokensSenderEndpoint<>(tokens, authorizer(tokens)));
    b.endpoint(v, ModuleId.COMMANDS, InterfaceRole.SENDER, new CommandResultEndpoint(results));
  }

  /**
   * A CPO platform.
   *
   * @param versions versions it speaks
   * @param commands how it answers commands
   * @param pageSize page size of its sender interfaces
   * @return the running node
   * @throws IOException when the port cannot be bound
   */
  public static RoamingNode cpo(List<OcpiVersion> versions, CommandHandler commands, int pageSize)
      throws IOException {
    return new RoamingNode(
        List.of(new PartyRef("NL", "CPO", Role.CPO)), versions, commands, null, pageSize);
  }

  /**
   * An eMSP platform.
   *
   * @param versions versions it speaks
   * @param results where command results go
   * @return the running node
   * @throws IOException when the port cannot be bound
   */
  public static RoamingNode emsp(List<OcpiVersion> versions, CommandResultListener results)
      throws IOException {
    return new RoamingNode(
        List.of(new PartyRef("NL", "EMS", Role.EMSP)), versions, null, results, 50);
  }

  /**
   * A platform that is both CPO and eMSP (two parties), mounting both interfaces of locations,
   * sessions, CDRs, tariffs, tokens and commands.
   *
   * @param cpoParty its CPO party
   * @param emspParty its eMSP party
   * @param commands how its CPO side answers commands
   * @param results where its eMSP side's command results go
   * @return the running node
   * @throws IOException when the port cannot be bound
   */
  public static RoamingNode combined(
      PartyRef cpoParty, PartyRef emspParty, CommandHandler commands, CommandResultListener results)
      throws IOException {
    return new RoamingNode(
        List.of(cpoParty, emspParty), List.of(OcpiVersion.V2_2_1), commands, results, 50);
  }

  /** Allows every valid token the eMSP holds; unknown tokens are reported as such. */
  private TokenAuthorizer authorizer(ObjectRepository<?> tokens) {
    return (uid, type, location, partner, version) -> {
      PartyRef me = platform.party(Role.EMSP);
      var key = new ObjectKey(me.countryCode(), me.partyId(), uid);
      var found = tokens.find(key);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Object t = found.get();
      if (t instanceof Token token) {
        LocationReferences loc = location instanceof LocationReferences l ? l : null;
        return Optional.of(
            new AuthorizationInfo(
                token.valid() ? AllowedType.ALLOWED : AllowedType.BLOCKED,
                token,
                loc,
                "AUTH-" + uid,
                null));
      }
      Token211 token = (Token211) t;
      return Optional.of(
          new AuthorizationInfo211(
              token.valid() ? AllowedType.ALLOWED : AllowedType.BLOCKED, null, null));
    };
  }

  @SuppressWarnings("unchecked")
  private static <T> ReceiverEndpoint<T> receiver(
      ObjectRepository<?> repo, Class<?> type, ReceiverEndpoint.Options options) {
    return new ReceiverEndpoint<>((ObjectRepository<T>) repo, (Class<T>) type, options);
  }

  private <T> ObjectRepository<T> repo(
      OcpiVersion v, ModuleId m, InterfaceRole role, Function<T, Instant> lastUpdated) {
    InMemoryObjectRepository<T> r = new InMemoryObjectRepository<>(lastUpdated);
    repos.put(v.wire() + "/" + m.id() + "/" + role, r);
    return r;
  }

  /**
   * The repository of a version and module.
   *
   * @param v version
   * @param m module
   * @param type object class
   * @param <T> object type
   * @return the repository
   */
  @SuppressWarnings("unchecked")
  public <T> ObjectRepository<T> repo(OcpiVersion v, ModuleId m, Class<T> type) {
    ObjectRepository<?> found = null;
    for (InterfaceRole role : InterfaceRole.values()) {
      ObjectRepository<?> r = repos.get(v.wire() + "/" + m.id() + "/" + role);
      if (r != null) {
        if (found != null) {
          throw new IllegalStateException(m.id() + " has both interfaces here: name the role");
        }
        found = r;
      }
    }
    return (ObjectRepository<T>) found;
  }

  /**
   * The repository behind one interface of a module.
   *
   * @param v version
   * @param m module
   * @param role the interface
   * @param type object class
   * @param <T> object type
   * @return the repository, or null when that interface is not mounted
   */
  @SuppressWarnings("unchecked")
  public <T> ObjectRepository<T> repo(
      OcpiVersion v, ModuleId m, InterfaceRole role, Class<T> type) {
    return (ObjectRepository<T>) repos.get(v.wire() + "/" + m.id() + "/" + role);
  }

  /**
   * The requests this node's server received, as {@code METHOD URI}.
   *
   * @return a snapshot
   */
  public List<String> requests() {
    return host.requests();
  }

  /**
   * Our platform.
   *
   * @return the platform
   */
  public LocalPlatform platform() {
    return platform;
  }

  /**
   * Our partners.
   *
   * @return the repository
   */
  public InMemoryPartnerRepository partners() {
    return partners;
  }

  /**
   * Our registrar.
   *
   * @return the registrar
   */
  public Registrar registrar() {
    return registrar;
  }

  /**
   * A client for a partner.
   *
   * @param partner the partner
   * @return the client
   */
  public PartnerClient clientFor(Partner partner) {
    return client.partner(partner, platform);
  }

  /**
   * The only partner (tests have one).
   *
   * @return the partner
   */
  public Partner onlyPartner() {
    return partners.all().get(0);
  }

  @Override
  public void close() {
    host.close();
  }
}
