package org.evdepot.ocpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.Role;
import org.evdepot.ocpi.client.PullQuery;
import org.evdepot.ocpi.client.v221.CpoCdrsClient;
import org.evdepot.ocpi.client.v221.CpoCommandsClient;
import org.evdepot.ocpi.client.v221.CpoLocationsClient;
import org.evdepot.ocpi.client.v221.CpoSessionsClient;
import org.evdepot.ocpi.client.v221.CpoTariffsClient;
import org.evdepot.ocpi.client.v221.CpoTokensClient;
import org.evdepot.ocpi.client.v221.EmspCdrsClient;
import org.evdepot.ocpi.client.v221.EmspCommandsClient;
import org.evdepot.ocpi.client.v221.EmspLocationsClient;
import org.evdepot.ocpi.client.v221.EmspSessionsClient;
import org.evdepot.ocpi.client.v221.EmspTariffsClient;
import org.evdepot.ocpi.client.v221.EmspTokensClient;
import org.evdepot.ocpi.client.v221.EvsePatch;
import org.evdepot.ocpi.client.v221.SessionPatch;
import org.evdepot.ocpi.client.v221.TokenPatch;
import org.evdepot.ocpi.examples.Fixtures;
import org.evdepot.ocpi.examples.RoamingNode;
import org.evdepot.ocpi.partner.EndpointRef;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartyRef;
import org.evdepot.ocpi.server.CommandRequest;
import org.evdepot.ocpi.server.ObjectKey;
import org.evdepot.ocpi.v221.AllowedType;
import org.evdepot.ocpi.v221.Cdr;
import org.evdepot.ocpi.v221.CommandResponse;
import org.evdepot.ocpi.v221.CommandResponseType;
import org.evdepot.ocpi.v221.CommandResult;
import org.evdepot.ocpi.v221.CommandResultType;
import org.evdepot.ocpi.v221.Location;
import org.evdepot.ocpi.v221.Session;
import org.evdepot.ocpi.v221.StartSession;
import org.evdepot.ocpi.v221.Status;
import org.evdepot.ocpi.v221.Tariff;
import org.evdepot.ocpi.v221.Token;
import org.evdepot.ocpi.v221.TokenType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A depot operator that is both CPO (party NL/DPO) and eMSP (party NL/DPE) runs one OCPI server
 * with both interfaces of every module, and roams with a plain eMSP and a plain CPO over loopback
 * HTTP, using the typed 2.2.1 clients.
 */
class CombinedPlatformIT {
  private static final PartyRef DEPOT_CPO = new PartyRef("NL", "DPO", Role.CPO);
  private static final PartyRef DEPOT_EMSP = new PartyRef("NL", "DPE", Role.EMSP);
  private static final List<OcpiVersion> V221 = List.of(OcpiVersion.V2_2_1);

  private final LinkedBlockingQueue<CommandRequest> depotCommands = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<CommandRequest> cpoCommands = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<String> depotResults = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<String> emspResults = new LinkedBlockingQueue<>();
  private RoamingNode depot;
  private RoamingNode emsp;
  private RoamingNode cpo;

  @BeforeEach
  void start() throws Exception {
    depot =
        RoamingNode.combined(
            DEPOT_CPO,
            DEPOT_EMSP,
            req -> {
              depotCommands.add(req);
              return new CommandResponse(CommandResponseType.ACCEPTED, 30, null);
            },
            (type, uid, result, partner, version) ->
                depotResults.add(type + "/" + uid + "/" + ((CommandResult) result).result()));
    emsp =
        RoamingNode.emsp(
            V221,
            (type, uid, result, partner, version) ->
                emspResults.add(type + "/" + uid + "/" + ((CommandResult) result).result()));
    cpo =
        RoamingNode.cpo(
            V221,
            req -> {
              cpoCommands.add(req);
              return new CommandResponse(CommandResponseType.ACCEPTED, 30, null);
            },
            10);
  }

  @AfterEach
  void stop() {
    for (RoamingNode n : new RoamingNode[] {depot, emsp, cpo}) {
      if (n != null) {
        n.close();
      }
    }
  }

  private Partner registerWith(RoamingNode partner, String tokenA) {
    partner.partners().addRegistrationToken(tokenA);
    return depot.registrar().register(partner.platform().versionsUrl(), tokenA);
  }

  @Test
  void registration_carriesBothRoles_andTheDetailsListBothInterfaces() {
    registerWith(emsp, "A-roles");
    Partner depotAtEmsp = emsp.onlyPartner();
    assertThat(depotAtEmsp.parties()).containsExactly(DEPOT_CPO, DEPOT_EMSP);
    String base = depot.platform().versionUrl(OcpiVersion.V2_2_1);
    for (ModuleId m :
        List.of(
            ModuleId.LOCATIONS,
            ModuleId.SESSIONS,
            ModuleId.CDRS,
            ModuleId.TARIFFS,
            ModuleId.TOKENS,
            ModuleId.COMMANDS)) {
      assertThat(depotAtEmsp.endpoints())
          .as(m.id())
          .contains(
              new EndpointRef(m, InterfaceRole.SENDER, base + "/sender/" + m.id()),
              new EndpointRef(m, InterfaceRole.RECEIVER, base + "/receiver/" + m.id()));
    }
  }

  @Test
  void asCpo_theDepotPushesToAnEmsp_servesItsPulls_andTakesItsCommands() {
    Partner emspAtDepot = registerWith(emsp, "A-cpo");
    Partner depotAtEmsp = emsp.onlyPartner();
    var toEmsp = depot.clientFor(emspAtDepot);
    var toDepot = emsp.clientFor(depotAtEmsp);

    // Pushes (the depot's CPO party owns the objects).
    Location loc = Fixtures.location("NL", "DPO", "DEPOT1", Fixtures.T0);
    new CpoLocationsClient(toEmsp).put(loc);
    new CpoLocationsClient(toEmsp)
        .patchEvse(
            loc, "DEPOT1-E1", EvsePatch.status(Status.CHARGING, Fixtures.T0.plusSeconds(60)));
    Location stored =
        emsp.repo(OcpiVersion.V2_2_1, ModuleId.LOCATIONS, Location.class)
            .find(new ObjectKey("NL", "DPO", "DEPOT1"))
            .orElseThrow();
    assertThat(stored.evses().get(0).status()).isEqualTo(Status.CHARGING);
    assertThat(new CpoLocationsClient(toEmsp).get("NL", "DPO", "DEPOT1")).contains(stored);

    Tariff tariff = Fixtures.tariff("NL", "DPO", "T1");
    new CpoTariffsClient(toEmsp).put(tariff);
    assertThat(new CpoTariffsClient(toEmsp).get("NL", "DPO", "T1")).contains(tariff);

    Token card = Fixtures.token("NL", "EMS", "CARD1");
    Session session = Fixtures.session("NL", "DPO", "S1", card, "DEPOT1");
    new CpoSessionsClient(toEmsp).put(session);
    new CpoSessionsClient(toEmsp)
        .patch(
            session,
            SessionPatch.progress(new BigDecimal("12.5"), null, Fixtures.T0.plusSeconds(600)));
    assertThat(new CpoSessionsClient(toEmsp).get("NL", "DPO", "S1").orElseThrow().kwh())
        .isEqualByComparingTo("12.5");

    Cdr cdr = Fixtures.cdr("NL", "DPO", "CDR1", card);
    assertThat(new CpoCdrsClient(toEmsp).post(cdr)).isPresent();
    assertThat(
            emsp.repo(OcpiVersion.V2_2_1, ModuleId.CDRS, Cdr.class)
                .find(new ObjectKey("NL", "DPO", "CDR1")))
        .contains(cdr);

    // Pulls from the depot's sender interfaces.
    put(ModuleId.LOCATIONS, "DEPOT1", loc);
    put(ModuleId.TARIFFS, "T1", tariff);
    put(ModuleId.SESSIONS, "S1", session);
    put(ModuleId.CDRS, "CDR1", cdr);
    assertThat(new EmspLocationsClient(toDepot).pull(PullQuery.all()).toList())
        .containsExactly(loc);
    assertThat(new EmspLocationsClient(toDepot).getEvse("DEPOT1", "DEPOT1-E1"))
        .contains(loc.evses().get(0));
    assertThat(new EmspTariffsClient(toDepot).pull(PullQuery.all()).toList())
        .containsExactly(tariff);
    assertThat(new EmspSessionsClient(toDepot).pull(PullQuery.all()).toList())
        .containsExactly(session);
    assertThat(new EmspCdrsClient(toDepot).pull(PullQuery.all()).toList()).containsExactly(cdr);

    // The eMSP's tokens, pulled and authorised by the depot as CPO.
    emsp.repo(OcpiVersion.V2_2_1, ModuleId.TOKENS, Token.class)
        .put(new ObjectKey("NL", "EMS", "CARD1"), card);
    assertThat(new CpoTokensClient(toEmsp).pull(PullQuery.all()).toList()).containsExactly(card);
    assertThat(new CpoTokensClient(toEmsp).authorize("CARD1", TokenType.RFID, null).allowed())
        .isEqualTo(AllowedType.ALLOWED);

    // The eMSP starts a session at the depot's CPO side; the result comes back.
    String responseUrl =
        emsp.platform().versionUrl(OcpiVersion.V2_2_1) + "/commands/START_SESSION/11";
    CommandResponse answer =
        new EmspCommandsClient(toDepot)
            .startSession(new StartSession(responseUrl, card, "DEPOT1", "DEPOT1-E1", null, null));
    assertThat(answer.result()).isEqualTo(CommandResponseType.ACCEPTED);
    assertThat(depotCommands).hasSize(1);
    assertThat(depotCommands.peek().as(StartSession.class).locationId()).isEqualTo("DEPOT1");
    new CpoCommandsClient(toEmsp)
        .result(responseUrl, new CommandResult(CommandResultType.ACCEPTED, null));
    assertThat(emspResults).containsExactly("START_SESSION/11/ACCEPTED");
  }

  @Test
  void asEmsp_theDepotReceivesFromACpo_pushesTokens_andSendsCommands() {
    Partner cpoAtDepot = registerWith(cpo, "A-emsp");
    Partner depotAtCpo = cpo.onlyPartner();
    var toCpo = depot.clientFor(cpoAtDepot);
    var toDepot = cpo.clientFor(depotAtCpo);

    // The CPO pushes its public charger to the depot's locations receiver, not its sender.
    Location pub = Fixtures.location("NL", "CPO", "PUB1", Fixtures.T0);
    new CpoLocationsClient(toDepot).put(pub);
    assertThat(
            depot
                .repo(
                    OcpiVersion.V2_2_1, ModuleId.LOCATIONS, InterfaceRole.RECEIVER, Location.class)
                .find(new ObjectKey("NL", "CPO", "PUB1")))
        .contains(pub);
    assertThat(
            depot
                .repo(OcpiVersion.V2_2_1, ModuleId.LOCATIONS, InterfaceRole.SENDER, Location.class)
                .list(new org.evdepot.ocpi.server.ListQuery(null, null, 0, 100))
                .total())
        .isZero();

    // The depot's eMSP party pushes a driver card to the CPO, then blocks it.
    Token card = Fixtures.token("NL", "DPE", "CARD9");
    EmspTokensClient tokens = new EmspTokensClient(toCpo);
    tokens.put(card);
    tokens.patch(card, TokenPatch.valid(false, Fixtures.T0.plusSeconds(60)));
    Token atCpo = tokens.get("NL", "DPE", "CARD9", TokenType.RFID).orElseThrow();
    assertThat(atCpo.valid()).isFalse();
    assertThat(atCpo.uid()).isEqualTo("CARD9");

    // The depot starts a session at the CPO; the result arrives at the depot's commands sender.
    String responseUrl =
        depot.platform().versionUrl(OcpiVersion.V2_2_1) + "/sender/commands/START_SESSION/77";
    CommandResponse answer =
        new EmspCommandsClient(toCpo)
            .startSession(new StartSession(responseUrl, card, "PUB1", "PUB1-E1", null, null));
    assertThat(answer.result()).isEqualTo(CommandResponseType.ACCEPTED);
    assertThat(cpoCommands).hasSize(1);
    new CpoCommandsClient(toDepot)
        .result(responseUrl, new CommandResult(CommandResultType.ACCEPTED, null));
    assertThat(depotResults).containsExactly("START_SESSION/77/ACCEPTED");
    assertThat(depotCommands).isEmpty();
  }

  private <T> void put(ModuleId module, String id, T object) {
    @SuppressWarnings("unchecked")
    var repo =
        (org.evdepot.ocpi.server.ObjectRepository<T>)
            depot.repo(OcpiVersion.V2_2_1, module, InterfaceRole.SENDER, Object.class);
    repo.put(new ObjectKey("NL", "DPO", id), object);
  }
}
