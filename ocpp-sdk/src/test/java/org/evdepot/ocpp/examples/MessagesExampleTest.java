package org.evdepot.ocpp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evdepot.ocpp.ActionType;
import org.evdepot.ocpp.OcppVersion;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.OcppJson;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.v16.BootNotificationRequest;
import org.evdepot.ocpp.v16.ChargePointStatus;
import org.evdepot.ocpp.v16.StatusNotificationRequest;
import org.evdepot.ocpp.v16.V16Actions;
import org.junit.jupiter.api.Test;

/** The snippets of the README's "Messages and validation" section, run as a test. */
class MessagesExampleTest {

  @Test
  void readmeQuickStart_buildsEncodesDecodesAndFindsTheAction() {
    BootNotificationRequest boot =
        BootNotificationRequest.builder()
            .chargePointVendor("EVDepot")
            .chargePointModel("DC-150")
            .build();
    String json = OcppJson.toJson(boot);
    assertThat(json)
        .isEqualTo("{\"chargePointVendor\":\"EVDepot\",\"chargePointModel\":\"DC-150\"}");
    assertThat(OcppJson.fromJson(json, BootNotificationRequest.class)).isEqualTo(boot);
    ActionType<?, ?> action = OcppVersion.V16.catalog().find("BootNotification").orElseThrow();
    assertThat(action).isSameAs(V16Actions.BOOT_NOTIFICATION).isSameAs(boot.actionType());
  }

  @Test
  void lenientMode_acceptsAWrongCaseStatusWithAWarning() {
    String json = "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"charging\"}";
    DecodeContext lenient = DecodeContext.lenient();
    StatusNotificationRequest r =
        (StatusNotificationRequest)
            OcppJson.read(V16Actions.STATUS_NOTIFICATION, true, json, lenient);
    assertThat(r.status()).isEqualTo(ChargePointStatus.CHARGING);
    List<Violation> warnings = lenient.warnings();
    assertThat(warnings).extracting(Violation::path).containsExactly("status");
  }
}
