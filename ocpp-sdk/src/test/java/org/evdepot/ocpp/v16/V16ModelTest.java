package org.evdepot.ocpp.v16;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evdepot.ocpp.codec.OcppJson;
import org.evdepot.ocpp.codec.ViolationKind;
import org.junit.jupiter.api.Test;

class V16ModelTest {

  @Test
  void enumsKeepTheExactWireValues() {
    assertThat(ChargePointStatus.SUSPENDED_EVSE.wireValue()).isEqualTo("SuspendedEVSE");
    assertThat(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER.wireValue())
        .isEqualTo("Energy.Active.Import.Register");
    assertThat(Phase.L1_N.wireValue()).isEqualTo("L1-N");
    assertThat(UnitOfMeasure.KWH.wireValue()).isEqualTo("kWh");
    assertThat(ChargePointStatus.fromWireValue("Charging")).contains(ChargePointStatus.CHARGING);
    assertThat(ChargePointStatus.fromWireValue("charging")).isEmpty();
    assertThat(ChargePointErrorCode.fromWireValue("EVCommunicationError"))
        .contains(ChargePointErrorCode.EV_COMMUNICATION_ERROR);
  }

  @Test
  void builderBuildsAValidBootNotification() {
    BootNotificationRequest boot =
        BootNotificationRequest.builder()
            .chargePointVendor("EVDepot")
            .chargePointModel("DC-150")
            .firmwareVersion("1.4.2")
            .build();
    assertThat(boot.chargePointSerialNumber()).isNull();
    assertThat(boot.actionType()).isSameAs(V16Actions.BOOT_NOTIFICATION);
    assertThat(OcppJson.toJson(boot))
        .isEqualTo(
            "{\"chargePointVendor\":\"EVDepot\",\"chargePointModel\":\"DC-150\","
                + "\"firmwareVersion\":\"1.4.2\"}");
  }

  @Test
  void builder_missingRequiredField_namesTheField() {
    assertThatThrownBy(() -> BootNotificationRequest.builder().chargePointModel("DC-150").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("chargePointVendor");
  }

  @Test
  void builder_tooLongString_namesTheFieldAndTheLimit() {
    assertThatThrownBy(
            () ->
                BootNotificationRequest.builder()
                    .chargePointVendor("EVDepot")
                    .chargePointModel("a model name of 26 chars!!")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chargePointModel")
        .hasMessageContaining("maxLength 20");
  }

  @Test
  void builder_nestedMultipleOfViolation_isReportedWithItsPath() {
    assertThatThrownBy(
            () ->
                ChargingSchedule.builder()
                    .chargingRateUnit(ChargingRateUnitType.A)
                    .chargingSchedulePeriod(
                        List.of(new ChargingSchedulePeriod(0, new BigDecimal("16.05"), null)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chargingSchedulePeriod[0].limit")
        .hasMessageContaining("multiple of 0.1");
  }

  @Test
  void validate_reportsEveryViolationWithKindAndPath() {
    MeterValuesRequest request =
        new MeterValuesRequest(
            1,
            null,
            List.of(
                new MeterValue(Instant.parse("2026-11-27T08:00:00Z"), List.of()),
                new MeterValue(Instant.parse("2026-11-27T08:01:00Z"), List.of())));
    assertThat(MeterValuesRequest.CODEC.validate(request))
        .extracting(v -> v.kind() + " " + v.path())
        .containsExactly(
            ViolationKind.OCCURRENCE + " meterValue[0].sampledValue",
            ViolationKind.OCCURRENCE + " meterValue[1].sampledValue");
  }

  @Test
  void canonicalConstructor_requiredNull_throwsNamingTheComponent() {
    assertThatThrownBy(() -> new AuthorizeRequest(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("idTag");
  }

  @Test
  void lists_areCopiedAndImmutable() {
    List<String> keys = new ArrayList<>(List.of("HeartbeatInterval"));
    GetConfigurationRequest request = new GetConfigurationRequest(keys);
    keys.add("MeterValueSampleInterval");
    assertThat(request.key()).containsExactly("HeartbeatInterval");
    assertThatThrownBy(() -> request.key().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new GetConfigurationRequest(null).key()).isNull();
  }

  @Test
  void decimalsAreExactAndWrittenWithoutExponent() {
    ChargingSchedulePeriod period =
        OcppJson.fromJson("{\"startPeriod\":0,\"limit\":1E+2}", ChargingSchedulePeriod.class);
    assertThat(period.limit()).isEqualByComparingTo("100");
    assertThat(OcppJson.toJson(new HeartbeatResponse(Instant.EPOCH)))
        .isEqualTo("{\"currentTime\":\"1970-01-01T00:00:00Z\"}");
    assertThat(OcppJson.write(ChargingSchedulePeriod.CODEC, period))
        .isEqualTo("{\"startPeriod\":0,\"limit\":100}");
  }

  @Test
  void stopTransactionMeterValuesAreTheirOwnTypeBecauseTheirSchemaDiffers() {
    assertThat(StopTransactionUnitOfMeasure.fromWireValue("Hertz")).isEmpty();
    assertThat(UnitOfMeasure.fromWireValue("Hertz")).contains(UnitOfMeasure.HERTZ);
  }
}
