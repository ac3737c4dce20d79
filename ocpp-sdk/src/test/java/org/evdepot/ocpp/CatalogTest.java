package org.evdepot.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.evdepot.ocpp.v16.V16Actions;
import org.evdepot.ocpp.v201.V201Actions;
import org.junit.jupiter.api.Test;

class CatalogTest {

  @Test
  void ocpp16CatalogHoldsAll39ActionsIncludingTheSecurityWhitepaper() {
    assertThat(OcppVersion.V16.catalog()).isSameAs(V16Actions.CATALOG);
    assertThat(V16Actions.CATALOG.version()).isEqualTo(OcppVersion.V16);
    assertThat(V16Actions.CATALOG.all()).hasSize(39);
    assertThat(V16Actions.CATALOG.find("SignedUpdateFirmware")).isPresent();
    assertThat(V16Actions.CATALOG.find("bootNotification")).isEmpty();
    assertThat(V16Actions.CATALOG.find("BootNotification"))
        .containsSame(V16Actions.BOOT_NOTIFICATION);
  }

  @Test
  void ocpp201CatalogHoldsAll64Actions() {
    assertThat(OcppVersion.V201.catalog()).isSameAs(V201Actions.CATALOG);
    assertThat(V201Actions.CATALOG.all()).hasSize(64);
    assertThat(V201Actions.CATALOG.find("TransactionEvent"))
        .containsSame(V201Actions.TRANSACTION_EVENT);
    assertThat(V201Actions.CATALOG.find("StartTransaction")).isEmpty();
  }

  @Test
  void initiatorsFollowTheSpecifications() {
    assertThat(V16Actions.BOOT_NOTIFICATION.initiator()).isEqualTo(Initiator.CHARGING_STATION);
    assertThat(V16Actions.STOP_TRANSACTION.initiator()).isEqualTo(Initiator.CHARGING_STATION);
    assertThat(V16Actions.SIGNED_FIRMWARE_STATUS_NOTIFICATION.initiator())
        .isEqualTo(Initiator.CHARGING_STATION);
    assertThat(V16Actions.REMOTE_START_TRANSACTION.initiator()).isEqualTo(Initiator.CSMS);
    assertThat(V16Actions.EXTENDED_TRIGGER_MESSAGE.initiator()).isEqualTo(Initiator.CSMS);
    assertThat(V16Actions.DATA_TRANSFER.initiator()).isEqualTo(Initiator.EITHER);
    assertThat(V201Actions.TRANSACTION_EVENT.initiator()).isEqualTo(Initiator.CHARGING_STATION);
    assertThat(V201Actions.NOTIFY_EV_CHARGING_NEEDS.initiator())
        .isEqualTo(Initiator.CHARGING_STATION);
    assertThat(V201Actions.REQUEST_START_TRANSACTION.initiator()).isEqualTo(Initiator.CSMS);
    assertThat(V201Actions.SET_VARIABLES.initiator()).isEqualTo(Initiator.CSMS);
    assertThat(V201Actions.DATA_TRANSFER.initiator()).isEqualTo(Initiator.EITHER);
    long fromStation =
        V201Actions.CATALOG.all().stream()
            .filter(a -> a.initiator() == Initiator.CHARGING_STATION)
            .count();
    assertThat(fromStation).isEqualTo(24);
    assertThat(
            V16Actions.CATALOG.all().stream()
                .filter(a -> a.initiator() == Initiator.CHARGING_STATION)
                .count())
        .isEqualTo(13);
  }

  @Test
  void everyActionIsNamedConsistentlyWithItsRecordsAndCodecs() {
    for (OcppVersion v : OcppVersion.values()) {
      Set<String> names = new HashSet<>();
      for (ActionType<?, ?> a : v.catalog().all()) {
        assertThat(names.add(a.name())).isTrue();
        assertThat(a.version()).isEqualTo(v);
        assertThat(a.requestType().getSimpleName()).isEqualTo(a.name() + "Request");
        assertThat(a.responseType().getSimpleName()).isEqualTo(a.name() + "Response");
        assertThat(a.requestType().isRecord()).isTrue();
        assertThat(a.requestCodec()).isNotNull();
        assertThat(a.toString()).isEqualTo(v.subprotocol() + ":" + a.name());
      }
    }
  }
}
