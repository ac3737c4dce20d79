package org.evdepot.ocpp.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.evdepot.ocpp.codec.OcppDecodeException;
import org.evdepot.ocpp.codec.OcppJson;
import org.evdepot.ocpp.codec.ViolationKind;
import org.evdepot.ocpp.v16.ChargingSchedulePeriod;
import org.evdepot.ocpp.v201.DataTransferRequest;
import org.junit.jupiter.api.Test;

class CodecsTest {

  @Test
  void numberWithAnAbsurdExponent_isATypeViolationNotAGigabyteOfDigits() {
    assertThatThrownBy(
            () ->
                OcppJson.fromJson(
                    "{\"startPeriod\":0,\"limit\":1e999999999}", ChargingSchedulePeriod.class))
        .isInstanceOfSatisfying(
            OcppDecodeException.class,
            e -> {
              assertThat(e.violation().kind()).isEqualTo(ViolationKind.TYPE);
              assertThat(e.violation().path()).isEqualTo("limit");
            });
  }

  @Test
  void numberWithAnExponentBeyondAnInt_isATypeViolationNotACrash() {
    // Found by the fast decoders' differential test: Jackson throws NumberFormatException here,
    // which escaped the codec (and the RPC layer answered nothing).
    assertThatThrownBy(
            () ->
                OcppJson.fromJson(
                    "{\"startPeriod\":0,\"limit\":11e15296495851724252}",
                    ChargingSchedulePeriod.class))
        .isInstanceOfSatisfying(
            OcppDecodeException.class,
            e -> {
              assertThat(e.violation().kind()).isEqualTo(ViolationKind.TYPE);
              assertThat(e.violation().path()).isEqualTo("limit");
            });
  }

  @Test
  void freeFormNumbers_areWrittenBackCompactly() {
    DataTransferRequest r =
        OcppJson.fromJson(
            "{\"vendorId\":\"v\",\"data\":{\"big\":1e999999999,\"price\":2.50}}",
            DataTransferRequest.class);
    assertThat(OcppJson.toJson(r))
        .isEqualTo("{\"data\":{\"big\":1E+999999999,\"price\":2.50},\"vendorId\":\"v\"}");
  }

  @Test
  void integerBeyond32Bits_isATypeViolation() {
    assertThatThrownBy(
            () ->
                OcppJson.fromJson(
                    "{\"startPeriod\":2147483648,\"limit\":1}", ChargingSchedulePeriod.class))
        .isInstanceOfSatisfying(
            OcppDecodeException.class,
            e -> assertThat(e.violation().kind()).isEqualTo(ViolationKind.TYPE));
  }

  @Test
  void multipleOf_isExact() {
    assertThat(
            OcppJson.fromJson("{\"startPeriod\":0,\"limit\":0.3}", ChargingSchedulePeriod.class)
                .limit())
        .isEqualTo(new BigDecimal("0.3"));
    assertThatThrownBy(
            () ->
                OcppJson.fromJson(
                    "{\"startPeriod\":0,\"limit\":0.30000000000000004}",
                    ChargingSchedulePeriod.class))
        .isInstanceOf(OcppDecodeException.class);
  }
}
