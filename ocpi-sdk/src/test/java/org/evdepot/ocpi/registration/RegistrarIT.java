package org.evdepot.ocpi.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.evdepot.ocpi.ModuleId;
import org.evdepot.ocpi.OcpiException;
import org.evdepot.ocpi.OcpiRemoteException;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.Role;
import org.evdepot.ocpi.client.PullQuery;
import org.evdepot.ocpi.examples.Fixtures;
import org.evdepot.ocpi.examples.RoamingNode;
import org.evdepot.ocpi.partner.Partner;
import org.evdepot.ocpi.partner.PartyRef;
import org.evdepot.ocpi.server.ObjectKey;
import org.evdepot.ocpi.v221.CommandResponse;
import org.evdepot.ocpi.v221.CommandResponseType;
import org.evdepot.ocpi.v221.Location;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Handshake failures over loopback HTTP. */
class RegistrarIT {
  private RoamingNode cpo;
  private RoamingNode emsp;

  @AfterEach
  void stop() {
    if (cpo != null) {
      cpo.close();
    }
    if (emsp != null) {
      emsp.close();
    }
  }

  private void start(List<OcpiVersion> cpoVersions, List<OcpiVersion> emspVersions)
      throws Exception {
    cpo =
        RoamingNode.cpo(
            cpoVersions, req -> new CommandResponse(CommandResponseType.REJECTED, 0, null), 10);
    emsp = RoamingNode.emsp(emspVersions, (type, uid, result, partner, version) -> {});
  }

  @Test
  void register_withNoMutualVersion_failsWith3002AndKeepsNoPartner() throws Exception {
    start(List.of(OcpiVersion.V2_2_1), List.of(OcpiVersion.V2_1_1));
    emsp.partners().addRegistrationToken("A1");
    assertThatThrownBy(() -> cpo.registrar().register(emsp.platform().versionsUrl(), "A1"))
        .isInstanceOf(OcpiException.class)
        .satisfies(e -> assertThat(((OcpiException) e).statusCode()).isEqualTo(3002));
    assertThat(cpo.partners().all()).isEmpty();
    assertThat(emsp.partners().all()).isEmpty();
    assertThat(emsp.partners().isRegistrationToken("A1")).isTrue();
  }

  @Test
  void tokenA_isSingleUse() throws Exception {
    start(List.of(OcpiVersion.V2_2_1), List.of(OcpiVersion.V2_2_1));
    emsp.partners().addRegistrationToken("A2");
    cpo.registrar().register(emsp.platform().versionsUrl(), "A2");
    assertThatThrownBy(() -> cpo.registrar().register(emsp.platform().versionsUrl(), "A2"))
        .isInstanceOf(OcpiRemoteException.class)
        .satisfies(e -> assertThat(((OcpiRemoteException) e).httpStatus()).isEqualTo(401));
    assertThat(emsp.partners().all()).hasSize(1);
  }

  @Test
  void register_withUnknownTokenA_isRefusedWith401() throws Exception {
    start(List.of(OcpiVersion.V2_2_1), List.of(OcpiVersion.V2_2_1));
    assertThatThrownBy(
            () -> cpo.registrar().register(emsp.platform().versionsUrl(), "never-issued"))
        .isInstanceOf(OcpiRemoteException.class)
        .satisfies(e -> assertThat(((OcpiRemoteException) e).httpStatus()).isEqualTo(401));
    assertThat(cpo.partners().all()).isEmpty();
  }

  @Test
  void update_switchesToTheHighestMutualVersion() throws Exception {
    start(
        List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1),
        List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1));
    emsp.partners().addRegistrationToken("A3");
    var partner = cpo.registrar().register(emsp.platform().versionsUrl(), "A3");
    assertThat(partner.version()).isEqualTo(OcpiVersion.V2_2_1);
    var updated = cpo.registrar().update(partner.id());
    assertThat(updated.version()).isEqualTo(OcpiVersion.V2_2_1);
    assertThat(emsp.onlyPartner().version()).isEqualTo(OcpiVersion.V2_2_1);
    assertThat(emsp.onlyPartner().incomingToken()).isEqualTo(updated.outgoingToken());
  }

  @Test
  void update_whosePutFails_keepsTheOldTokensVersionAndEndpointsOnBothSides() throws Exception {
    start(
        List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1),
        List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1));
    emsp.partners().addRegistrationToken("A4");
    Partner before = cpo.registrar().register(emsp.platform().versionsUrl(), "A4");
    Partner cpoAtEmsp = emsp.onlyPartner();
    // The eMSP forgets the CPO but still accepts its token as a token A: versions and version
    // details answer, the credentials PUT is refused (405, not registered).
    emsp.partners().delete(cpoAtEmsp.id());
    emsp.partners().addRegistrationToken(cpoAtEmsp.incomingToken());
    assertThatThrownBy(() -> cpo.registrar().update(before.id()))
        .isInstanceOf(OcpiRemoteException.class)
        .satisfies(e -> assertThat(((OcpiRemoteException) e).httpStatus()).isEqualTo(405));
    // ... and the CPO stored nothing of the failed attempt.
    assertThat(cpo.partners().find(before.id())).contains(before);
    assertThat(cpo.partners().all()).hasSize(1);
    // The eMSP (restored) still reaches the CPO with the token it has: no 401.
    emsp.partners().removeRegistrationToken(cpoAtEmsp.incomingToken());
    emsp.partners().save(cpoAtEmsp);
    List<Location> pulled =
        emsp.clientFor(cpoAtEmsp)
            .pull(ModuleId.LOCATIONS, Location.class, PullQuery.all())
            .toList();
    assertThat(pulled).isEmpty();
    // A later update succeeds and both sides agree on the new token.
    Partner updated = cpo.registrar().update(before.id());
    assertThat(updated.incomingToken()).isNotEqualTo(before.incomingToken());
    assertThat(emsp.onlyPartner().outgoingToken()).isEqualTo(updated.incomingToken());
    assertThat(emsp.onlyPartner().incomingToken()).isEqualTo(updated.outgoingToken());
  }

  @Test
  void update_switchesFrom211To221_whenThePartnerStartsSpeakingIt() throws Exception {
    start(List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1), List.of(OcpiVersion.V2_1_1));
    emsp.partners().addRegistrationToken("A6");
    Partner old = cpo.registrar().register(emsp.platform().versionsUrl(), "A6");
    assertThat(old.version()).isEqualTo(OcpiVersion.V2_1_1);
    assertThat(emsp.onlyPartner().version()).isEqualTo(OcpiVersion.V2_1_1);

    emsp.speak(List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1));
    Partner updated = cpo.registrar().update(old.id());

    assertThat(updated.version()).isEqualTo(OcpiVersion.V2_2_1);
    assertThat(updated.endpoints())
        .allSatisfy(e -> assertThat(e.url()).contains("/2.2.1/"))
        .anySatisfy(e -> assertThat(e.role()).isNotNull());
    assertThat(updated.parties()).extracting(PartyRef::role).containsExactly(Role.EMSP);
    Partner atEmsp = emsp.onlyPartner();
    assertThat(atEmsp.version()).isEqualTo(OcpiVersion.V2_2_1);
    assertThat(atEmsp.incomingToken()).isEqualTo(updated.outgoingToken());
    assertThat(atEmsp.outgoingToken()).isEqualTo(updated.incomingToken());
    assertThat(atEmsp.parties()).extracting(PartyRef::role).containsExactly(Role.CPO);
    // 2.2.1 traffic flows both ways with the new tokens (Base64 now).
    Location loc = Fixtures.location("NL", "CPO", "LOC-221", Fixtures.T0);
    cpo.clientFor(updated).put(ModuleId.LOCATIONS, loc, "NL", "CPO", "LOC-221");
    assertThat(
            emsp.repo(OcpiVersion.V2_2_1, ModuleId.LOCATIONS, Location.class)
                .find(new ObjectKey("NL", "CPO", "LOC-221")))
        .contains(loc);
    cpo.repo(OcpiVersion.V2_2_1, ModuleId.LOCATIONS, Location.class)
        .put(new ObjectKey("NL", "CPO", "LOC-221"), loc);
    assertThat(
            emsp.clientFor(atEmsp)
                .pull(ModuleId.LOCATIONS, Location.class, PullQuery.all())
                .map(Location::id)
                .toList())
        .containsExactly("LOC-221");
  }
}
