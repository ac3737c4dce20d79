package org.evdepot.ocpp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Instant;
import org.evdepot.ocpp.v16.HeartbeatResponse;
import org.evdepot.ocpp.v16.V16Actions;
import org.junit.jupiter.api.Test;

class OcppJsonTest {

  @Test
  void toJsonAndFromJson_roundTripAPayload() {
    HeartbeatResponse r = new HeartbeatResponse(Instant.parse("2026-11-27T08:00:00Z"));
    assertThat(OcppJson.fromJson(OcppJson.toJson(r), HeartbeatResponse.class)).isEqualTo(r);
    assertThat(
            OcppJson.read(V16Actions.HEARTBEAT, false, OcppJson.toJson(r), DecodeContext.strict()))
        .isEqualTo(r);
  }

  @Test
  void read_contentAfterThePayload_isAFormatViolation() {
    assertThatThrownBy(
            () -> OcppJson.fromJson("{} {}", org.evdepot.ocpp.v16.HeartbeatRequest.class))
        .isInstanceOfSatisfying(
            OcppDecodeException.class,
            e -> assertThat(e.violation().kind()).isEqualTo(ViolationKind.FORMAT));
  }

  @Test
  void read_malformedJson_isAnIoFailureNotAViolation() {
    assertThatThrownBy(() -> OcppJson.fromJson("{\"currentTime\":", HeartbeatResponse.class))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void codec_ofANonGeneratedType_isRejected() {
    assertThatThrownBy(() -> OcppJson.codec(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
  }
}
