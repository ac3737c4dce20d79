package org.evdepot.ocpi.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.evdepot.ocpi.OcpiException;
import org.evdepot.ocpi.OcpiRemoteException;
import org.evdepot.ocpi.OcpiVersion;
import org.evdepot.ocpi.examples.RoamingNode;
import org.evdepot.ocpi.v221.CommandResponse;
import org.evdepot.ocpi.v221.CommandResponseType;
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
}
