package org.evdepot.ocpp.v201;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.OcppDecodeException;
import org.evdepot.ocpp.codec.OcppJson;
import org.junit.jupiter.api.Test;

class V201ModelTest {

  @Test
  void definitionsAreNamedAfterTheirJavaType() {
    BootNotificationRequest boot =
        new BootNotificationRequest(
            null,
            new ChargingStation(null, null, "DC-150", null, "EVDepot", null),
            BootReasonEnum.POWER_UP);
    assertThat(boot.actionType()).isSameAs(V201Actions.BOOT_NOTIFICATION);
    assertThat(OcppJson.toJson(boot))
        .isEqualTo(
            "{\"chargingStation\":{\"model\":\"DC-150\",\"vendorName\":\"EVDepot\"},"
                + "\"reason\":\"PowerUp\"}");
  }

  @Test
  void customData_keepsVendorPropertiesAndWritesThemBack() {
    String json =
        "{\"customData\":{\"vendorId\":\"org.evdepot\",\"bay\":7,\"tags\":[\"a\",null]},"
            + "\"currentTime\":\"2026-11-27T08:00:00Z\"}";
    HeartbeatResponse r = OcppJson.fromJson(json, HeartbeatResponse.class);
    assertThat(r.customData().vendorId()).isEqualTo("org.evdepot");
    assertThat(r.customData().extensions()).containsEntry("bay", IntNode.valueOf(7));
    assertThat(OcppJson.toJson(r)).isEqualTo(json);
    assertThat(new CustomData("org.evdepot").extensions()).isEmpty();
    assertThat(new CustomData("org.evdepot", Map.of("bay", IntNode.valueOf(7))).extensions())
        .hasSize(1);
  }

  @Test
  void dataTransferData_isAnyJsonValue() {
    DataTransferRequest r =
        OcppJson.fromJson(
            "{\"vendorId\":\"org.evdepot\",\"data\":[1,{\"x\":true},\"y\",2.50]}",
            DataTransferRequest.class);
    assertThat(r.data().isArray()).isTrue();
    assertThat(OcppJson.toJson(r))
        .isEqualTo("{\"data\":[1,{\"x\":true},\"y\",2.50],\"vendorId\":\"org.evdepot\"}");
  }

  @Test
  void numbersAreExactBigDecimals() {
    SampledValue v = OcppJson.fromJson("{\"value\":0.1}", SampledValue.class);
    assertThat(v.value()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void timestampsAreWrittenInUtcWithAtMostMillisecondPrecision() {
    HeartbeatResponse r =
        new HeartbeatResponse(null, Instant.parse("2026-11-27T08:00:00.123456789Z"));
    assertThat(OcppJson.toJson(r)).isEqualTo("{\"currentTime\":\"2026-11-27T08:00:00.123Z\"}");
    HeartbeatResponse offset =
        OcppJson.fromJson(
            "{\"currentTime\":\"2026-11-27T10:00:00+02:00\"}", HeartbeatResponse.class);
    assertThat(offset.currentTime()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
  }

  @Test
  void maxItems_isCheckedOnDecode() {
    String hash =
        "{\"hashAlgorithm\":\"SHA256\",\"issuerNameHash\":\"a\",\"issuerKeyHash\":\"b\","
            + "\"serialNumber\":\"c\",\"responderURL\":\"u\"}";
    String json =
        "{\"idToken\":{\"idToken\":\"x\",\"type\":\"Central\"},\"iso15118CertificateHashData\":["
            + String.join(",", List.of(hash, hash, hash, hash, hash))
            + "]}";
    assertThatThrownBy(() -> OcppJson.fromJson(json, AuthorizeRequest.class))
        .isInstanceOfSatisfying(
            OcppDecodeException.class,
            e -> assertThat(e.violation().path()).isEqualTo("iso15118CertificateHashData"));
  }

  @Test
  void lenientMode_reportsNestedWarningsWithTheirFullPath() {
    String json =
        "{\"evseId\":1,\"meterValue\":[{\"timestamp\":\"2026-11-27T08:00:00Z\","
            + "\"sampledValue\":[{\"value\":1},{\"value\":2,\"measurand\":\"voltage\",\"x\":1}]}]}";
    DecodeContext ctx = DecodeContext.lenient();
    MeterValuesRequest r =
        (MeterValuesRequest) OcppJson.read(V201Actions.METER_VALUES, true, json, ctx);
    assertThat(r.meterValue().get(0).sampledValue().get(1).measurand())
        .isEqualTo(MeasurandEnum.VOLTAGE);
    assertThat(ctx.warnings())
        .extracting(w -> w.kind() + " " + w.path())
        .containsExactly(
            "PROPERTY meterValue[0].sampledValue[1].measurand",
            "FORMAT meterValue[0].sampledValue[1].x");
  }

  @Test
  void toString_masksPasswords() {
    APN apn =
        APN.builder()
            .apn("internet.depot.example")
            .apnPassword("s3cret-apn")
            .apnAuthentication(APNAuthenticationEnum.AUTO)
            .build();
    assertThat(apn.toString()).contains("apn=internet.depot.example").doesNotContain("s3cret");
  }
}
