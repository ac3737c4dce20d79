package org.evdepot.ocpi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.evdepot.ocpi.InterfaceRole;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiRemoteException;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.client.PartnerClient;
import org.evdepot.ocpi.client.PullQuery;
import org.evdepot.ocpi.examples.Fixtures;
import org.evdepot.ocpi.examples.RoamingNode;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.server.ObjectKey;
import org.evdepot.ocpi.v211.AuthorizationInfo211;
import org.evdepot.ocpi.v211.Cdr211;
import org.evdepot.ocpi.v211.CommandResponse211;
import org.evdepot.ocpi.v211.CommandResponseType211;
import org.evdepot.ocpi.v211.Location211;
import org.evdepot.ocpi.v211.Session211;
import org.evdepot.ocpi.v211.StartSession211;
import org.evdepot.ocpi.v211.Tariff211;
import org.evdepot.ocpi.v211.Token211;
import org.evdepot.ocpi.v221.AllowedType;
import org.evdepot.ocpi.v221.AuthorizationInfo;
import org.evdepot.ocpi.v221.Cdr;
import org.evdepot.ocpi.v221.CommandResponse;
import org.evdepot.ocpi.v221.CommandResponseType;
import org.evdepot.ocpi.v221.CommandResult;
import org.evdepot.ocpi.v221.CommandResultType;
import org.evdepot.ocpi.v221.Location;
import org.evdepot.ocpi.v221.LocationReferences;
import org.evdepot.ocpi.v221.Session;
import org.evdepot.ocpi.v221.StartSession;
import org.evdepot.ocpi.v221.Status;
import org.evdepot.ocpi.v221.Tariff;
import org.evdepot.ocpi.v221.Token;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A CPO and an eMSP, both built from this SDK and hosted on 127.0.0.1, register with each other and
 * exchange every functional module over real HTTP, in 2.2.1 and in 2.1.1.
 */
class CpoEmspRoamingIT {
  private final ExecutorService cpoWorker = Executors.newSingleThreadExecutor();
  private final LinkedBlockingQueue<Object> results = new LinkedBlockingQueue<>();
  private RoamingNode cpo;
  private RoamingNode emsp;

  @AfterEach
  void stop() {
    cpoWorker.shutdownNow();
    if (cpo != null) {
      cpo.close();
    }
    if (emsp != null) {
      emsp.close();
    }
  }

  @Test
  void cpoAndEmsp_speakingBothVersions_roamInOcpi221() throws Exception {
    List<OcpiVersion> both = List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1);
    cpo =
        RoamingNode.cpo(
            both,
            req -> {
              StartSession start = req.as(StartSession.class);
              Partner emspPartner = req.partner();
              cpoWorker.submit(
                  () -> {
                    // The charger accepted: report the result, then push the new session.
                    PartnerClient back = cpo.clientFor(emspPartner);
                    back.postResult(
                        start.responseUrl(),
                        ModuleId.COMMANDS,
                        new CommandResult(CommandResultType.ACCEPTED, null));
                    Session s =
                        Fixtures.session("NL", "CPO", "S1", start.token(), start.locationId());
                    back.put(ModuleId.SESSIONS, s, "NL", "CPO", "S1");
                  });
              return new CommandResponse(CommandResponseType.ACCEPTED, 30, null);
            },
            3);
    emsp = RoamingNode.emsp(both, (type, uid, result, partner, version) -> results.add(result));
    OcpiVersion v = OcpiVersion.V2_2_1;

    // Handshake: the eMSP hands out token A; the CPO registers.
    emsp.partners().addRegistrationToken("token-A-221");
    Partner emspAtCpo = cpo.registrar().register(emsp.platform().versionsUrl(), "token-A-221");
    assertThat(emspAtCpo.version()).isEqualTo(v);
    assertThat(emspAtCpo.registered()).isTrue();
    Partner cpoAtEmsp = emsp.onlyPartner();
    assertThat(cpoAtEmsp.version()).isEqualTo(v);
    assertThat(cpoAtEmsp.incomingToken()).isEqualTo(emspAtCpo.outgoingToken());
    assertThat(cpoAtEmsp.outgoingToken()).isEqualTo(emspAtCpo.incomingToken());
    assertThat(emsp.partners().isRegistrationToken("token-A-221")).isFalse();
    PartnerClient toEmsp = cpo.clientFor(emspAtCpo);
    PartnerClient toCpo = emsp.clientFor(cpoAtEmsp);

    // Locations: push one with PUT, patch its EVSE status, pull seven through three pages.
    Location loc1 = Fixtures.location("NL", "CPO", "LOC1", Fixtures.T0);
    toEmsp.put(ModuleId.LOCATIONS, loc1, "NL", "CPO", "LOC1");
    toEmsp.patch(
        ModuleId.LOCATIONS,
        Map.of("status", "CHARGING", "last_updated", "2026-11-02T09:00:00Z"),
        "NL",
        "CPO",
        "LOC1",
        "LOC1-E1");
    Location stored =
        emsp.repo(v, ModuleId.LOCATIONS, Location.class)
            .find(new ObjectKey("NL", "CPO", "LOC1"))
            .orElseThrow();
    assertThat(stored.evses().get(0).status()).isEqualTo(Status.CHARGING);
    assertThat(stored.lastUpdated()).isEqualTo(Fixtures.T0.plusSeconds(3600));
    assertThat(toEmsp.get(ModuleId.LOCATIONS, Location.class, "NL", "CPO", "LOC1"))
        .contains(stored);
    for (int i = 0; i < 7; i++) {
      cpo.repo(v, ModuleId.LOCATIONS, Location.class)
          .put(
              new ObjectKey("NL", "CPO", "L" + i),
              Fixtures.location("NL", "CPO", "L" + i, Fixtures.T0.plusSeconds(i)));
    }
    List<Location> pulled =
        toCpo.pull(ModuleId.LOCATIONS, Location.class, PullQuery.all()).toList();
    assertThat(pulled)
        .extracting(Location::id)
        .containsExactly("L0", "L1", "L2", "L3", "L4", "L5", "L6");
    List<Location> recent =
        toCpo
            .pull(
                ModuleId.LOCATIONS,
                Location.class,
                PullQuery.all().between(Fixtures.T0.plusSeconds(5), null))
            .toList();
    assertThat(recent).extracting(Location::id).containsExactly("L5", "L6");
    assertThat(toCpo.get(ModuleId.LOCATIONS, InterfaceRole.SENDER, Location.class, "L3"))
        .isPresent();

    // Tariffs: push and pull.
    Tariff tariff = Fixtures.tariff("NL", "CPO", "TARIFF1");
    toEmsp.put(ModuleId.TARIFFS, tariff, "NL", "CPO", "TARIFF1");
    assertThat(
            emsp.repo(v, ModuleId.TARIFFS, Tariff.class)
                .find(new ObjectKey("NL", "CPO", "TARIFF1")))
        .contains(tariff);
    cpo.repo(v, ModuleId.TARIFFS, Tariff.class).put(new ObjectKey("NL", "CPO", "TARIFF1"), tariff);
    assertThat(toCpo.pull(ModuleId.TARIFFS, Tariff.class, PullQuery.all()).toList())
        .containsExactly(tariff);

    // Tokens: the eMSP pushes one to the CPO; the CPO pulls the eMSP's list.
    Token token = Fixtures.token("NL", "EMS", "RFID1");
    toCpo.put(ModuleId.TOKENS, token, "NL", "EMS", "RFID1");
    assertThat(cpo.repo(v, ModuleId.TOKENS, Token.class).find(new ObjectKey("NL", "EMS", "RFID1")))
        .contains(token);
    emsp.repo(v, ModuleId.TOKENS, Token.class).put(new ObjectKey("NL", "EMS", "RFID1"), token);
    assertThat(toEmsp.pull(ModuleId.TOKENS, Token.class, PullQuery.all()).toList())
        .containsExactly(token);
    AuthorizationInfo auth =
        toEmsp.authorize(
            "RFID1",
            "RFID",
            new LocationReferences("LOC1", List.of("LOC1-E1")),
            AuthorizationInfo.class);
    assertThat(auth.allowed()).isEqualTo(AllowedType.ALLOWED);
    assertThat(auth.authorizationReference()).isEqualTo("AUTH-RFID1");
    assertThatThrownBy(() -> toEmsp.authorize("NOPE", "RFID", null, AuthorizationInfo.class))
        .isInstanceOf(OcpiRemoteException.class)
        .satisfies(
            e -> {
              assertThat(((OcpiRemoteException) e).httpStatus()).isEqualTo(404);
              assertThat(((OcpiRemoteException) e).statusCode()).isEqualTo(2004);
            });

    // START_SESSION: synchronous ACCEPTED, then the asynchronous result and the session arrive.
    String responseUrl = emsp.platform().versionUrl(v) + "/commands/START_SESSION/cmd-1";
    CommandResponse answer =
        toCpo.command(
            "START_SESSION",
            new StartSession(responseUrl, token, "LOC1", "LOC1-E1", null, null),
            CommandResponse.class);
    assertThat(answer.result()).isEqualTo(CommandResponseType.ACCEPTED);
    assertThat(results.poll(10, TimeUnit.SECONDS))
        .isEqualTo(new CommandResult(CommandResultType.ACCEPTED, null));
    cpoWorker.shutdown();
    assertThat(cpoWorker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(
            emsp.repo(v, ModuleId.SESSIONS, Session.class).find(new ObjectKey("NL", "CPO", "S1")))
        .isPresent();

    // Sessions pulled from the CPO; CDRs pushed with POST and pulled.
    Session s1 = Fixtures.session("NL", "CPO", "S1", token, "LOC1");
    cpo.repo(v, ModuleId.SESSIONS, Session.class).put(new ObjectKey("NL", "CPO", "S1"), s1);
    assertThat(toCpo.pull(ModuleId.SESSIONS, Session.class, PullQuery.all()).toList())
        .containsExactly(s1);
    Cdr cdr = Fixtures.cdr("NL", "CPO", "CDR1", token);
    assertThat(toEmsp.postCdr(cdr)).contains(emsp.platform().versionUrl(v) + "/cdrs/NL/CPO/CDR1");
    assertThat(emsp.repo(v, ModuleId.CDRS, Cdr.class).find(new ObjectKey("NL", "CPO", "CDR1")))
        .contains(cdr);
    cpo.repo(v, ModuleId.CDRS, Cdr.class).put(new ObjectKey("NL", "CPO", "CDR1"), cdr);
    assertThat(toCpo.pull(ModuleId.CDRS, Cdr.class, PullQuery.all()).toList()).containsExactly(cdr);

    // Credentials update (PUT) rotates tokens; DELETE unregisters and old tokens stop working.
    Partner updated = cpo.registrar().update(emspAtCpo.id());
    assertThat(updated.outgoingToken()).isNotEqualTo(emspAtCpo.outgoingToken());
    assertThat(emsp.onlyPartner().incomingToken()).isEqualTo(updated.outgoingToken());
    assertThatThrownBy(() -> toEmsp.get(ModuleId.LOCATIONS, Location.class, "NL", "CPO", "LOC1"))
        .isInstanceOf(OcpiRemoteException.class)
        .satisfies(e -> assertThat(((OcpiRemoteException) e).httpStatus()).isEqualTo(401));
    cpo.registrar().unregister(updated.id());
    assertThat(emsp.partners().all()).isEmpty();
    assertThat(cpo.partners().all()).isEmpty();
  }

  @Test
  void emspSpeakingOnly211_agreesOn211AndRoamsWithFlatCredentials() throws Exception {
    cpo =
        RoamingNode.cpo(
            List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1),
            req -> {
              StartSession211 start = req.as(StartSession211.class);
              Partner emspPartner = req.partner();
              cpoWorker.submit(
                  () ->
                      cpo.clientFor(emspPartner)
                          .postResult(
                              start.responseUrl(),
                              ModuleId.COMMANDS,
                              new CommandResponse211(CommandResponseType211.ACCEPTED)));
              return new CommandResponse211(CommandResponseType211.ACCEPTED);
            },
            2);
    emsp =
        RoamingNode.emsp(
            List.of(OcpiVersion.V2_1_1),
            (type, uid, result, partner, version) -> results.add(result));
    OcpiVersion v = OcpiVersion.V2_1_1;

    // Here the eMSP initiates: the CPO hands out token A.
    cpo.partners().addRegistrationToken("token-A-211");
    Partner cpoAtEmsp = emsp.registrar().register(cpo.platform().versionsUrl(), "token-A-211");
    assertThat(cpoAtEmsp.version()).isEqualTo(v);
    assertThat(cpoAtEmsp.mainParty().orElseThrow().partyId()).isEqualTo("CPO");
    Partner emspAtCpo = cpo.onlyPartner();
    assertThat(emspAtCpo.version()).isEqualTo(v);
    PartnerClient toCpo = emsp.clientFor(cpoAtEmsp);
    PartnerClient toEmsp = cpo.clientFor(emspAtCpo);

    Location211 loc = Fixtures.location211("LOC1", Fixtures.T0);
    toEmsp.put(ModuleId.LOCATIONS, loc, "NL", "CPO", "LOC1");
    toEmsp.patch(
        ModuleId.LOCATIONS,
        Map.of("status", "BLOCKED", "last_updated", "2026-11-02T09:00:00Z"),
        "NL",
        "CPO",
        "LOC1",
        "LOC1-E1");
    assertThat(
            emsp.repo(v, ModuleId.LOCATIONS, Location211.class)
                .find(new ObjectKey("NL", "CPO", "LOC1"))
                .orElseThrow()
                .evses()
                .get(0)
                .status())
        .isEqualTo(Status.BLOCKED);
    for (int i = 0; i < 5; i++) {
      cpo.repo(v, ModuleId.LOCATIONS, Location211.class)
          .put(
              new ObjectKey("NL", "CPO", "L" + i),
              Fixtures.location211("L" + i, Fixtures.T0.plusSeconds(i)));
    }
    assertThat(
            toCpo
                .pull(ModuleId.LOCATIONS, Location211.class, PullQuery.all())
                .map(Location211::id)
                .toList())
        .containsExactly("L0", "L1", "L2", "L3", "L4");

    // 2.1.1 tariffs may be PATCHed.
    Tariff211 tariff = Fixtures.tariff211("TARIFF1");
    toEmsp.put(ModuleId.TARIFFS, tariff, "NL", "CPO", "TARIFF1");
    toEmsp.patch(
        ModuleId.TARIFFS,
        Map.of("currency", "NOK", "last_updated", "2026-11-02T10:00:00Z"),
        "NL",
        "CPO",
        "TARIFF1");
    assertThat(
            emsp.repo(v, ModuleId.TARIFFS, Tariff211.class)
                .find(new ObjectKey("NL", "CPO", "TARIFF1"))
                .orElseThrow()
                .currency())
        .isEqualTo("NOK");
    cpo.repo(v, ModuleId.TARIFFS, Tariff211.class)
        .put(new ObjectKey("NL", "CPO", "TARIFF1"), tariff);
    assertThat(toCpo.pull(ModuleId.TARIFFS, Tariff211.class, PullQuery.all()).toList())
        .containsExactly(tariff);

    Token211 token = Fixtures.token211("RFID9");
    toCpo.put(ModuleId.TOKENS, token, "NL", "EMS", "RFID9");
    assertThat(
            cpo.repo(v, ModuleId.TOKENS, Token211.class).find(new ObjectKey("NL", "EMS", "RFID9")))
        .contains(token);
    emsp.repo(v, ModuleId.TOKENS, Token211.class).put(new ObjectKey("NL", "EMS", "RFID9"), token);
    assertThat(toEmsp.pull(ModuleId.TOKENS, Token211.class, PullQuery.all()).toList())
        .containsExactly(token);
    assertThat(toEmsp.authorize("RFID9", "RFID", null, AuthorizationInfo211.class).allowed())
        .isEqualTo(AllowedType.ALLOWED);

    String responseUrl = emsp.platform().versionUrl(v) + "/commands/START_SESSION/cmd-9";
    CommandResponse211 answer =
        toCpo.command(
            "START_SESSION",
            new StartSession211(responseUrl, token, "LOC1", "LOC1-E1"),
            CommandResponse211.class);
    assertThat(answer.result()).isEqualTo(CommandResponseType211.ACCEPTED);
    assertThat(results.poll(10, TimeUnit.SECONDS))
        .isEqualTo(new CommandResponse211(CommandResponseType211.ACCEPTED));

    Session211 session = Fixtures.session211("S9", token, loc);
    toEmsp.put(ModuleId.SESSIONS, session, "NL", "CPO", "S9");
    cpo.repo(v, ModuleId.SESSIONS, Session211.class).put(new ObjectKey("NL", "CPO", "S9"), session);
    assertThat(toCpo.pull(ModuleId.SESSIONS, Session211.class, PullQuery.all()).toList())
        .containsExactly(session);
    Cdr211 cdr = Fixtures.cdr211("CDR9", token, loc);
    toEmsp.postCdr(cdr);
    assertThat(emsp.repo(v, ModuleId.CDRS, Cdr211.class).find(new ObjectKey("NL", "CPO", "CDR9")))
        .contains(cdr);
    cpo.repo(v, ModuleId.CDRS, Cdr211.class).put(new ObjectKey("NL", "CPO", "CDR9"), cdr);
    assertThat(toCpo.pull(ModuleId.CDRS, Cdr211.class, PullQuery.all()).toList())
        .containsExactly(cdr);
  }
}
