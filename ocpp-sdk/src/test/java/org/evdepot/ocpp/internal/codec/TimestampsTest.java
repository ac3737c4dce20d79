package org.evdepot.ocpp.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.OcppDecodeException;
import org.evdepot.ocpp.codec.ViolationKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2026-11-27T08:15:00Z, 2026-11-27T08:15:00Z",
    "2026-11-27t08:15:00z, 2026-11-27T08:15:00Z",
    "2026-11-27T10:15:00+02:00, 2026-11-27T08:15:00Z",
    "2026-11-27T03:45:00-04:30, 2026-11-27T08:15:00Z",
    "2026-11-27T08:15:00.5Z, 2026-11-27T08:15:00.500Z",
    "2026-11-27T08:15:00.123456789Z, 2026-11-27T08:15:00.123456789Z",
    "2026-11-27T08:15:00.1234567891Z, 2026-11-27T08:15:00.123456789Z",
    "2024-02-29T23:59:59+00:00, 2024-02-29T23:59:59Z",
    "2027-01-01T01:00:00+02:00, 2026-12-31T23:00:00Z",
  })
  void parse_acceptsTheOffsetsChargersSend(String text, String expected) {
    assertThat(Timestamps.parse(text, DecodeContext.strict(), "t"))
        .isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026-11-27",
        "2026-11-27 08:15:00Z",
        "2026-13-01T00:00:00Z",
        "2025-02-29T00:00:00Z",
        "2026-11-27T24:00:00Z",
        "2026-11-27T08:60:00Z",
        "2026-11-27T08:15:00.Z",
        "2026-11-27T08:15:00+02:00x",
        "2026-11-27T08:15:00Zjunk",
        "2026-11-27T08:15:00+020",
        "2026-11-27T08:15:00+2:00",
        "27/11/2026 08:15:00"
      })
  void parse_rejectsWhatIsNotRfc3339AsTypeViolation(String text) {
    assertThatThrownBy(() -> Timestamps.parse(text, DecodeContext.lenient(), "when"))
        .isInstanceOfSatisfying(
            OcppDecodeException.class,
            e -> {
              assertThat(e.violation().kind()).isEqualTo(ViolationKind.TYPE);
              assertThat(e.violation().path()).isEqualTo("when");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-27T08:15:00", "2026-11-27T08:15:00.250"})
  void parse_withoutOffset_isStrictlyRejectedAndLenientlyReadAsUtc(String text) {
    assertThatThrownBy(() -> Timestamps.parse(text, DecodeContext.strict(), "t"))
        .isInstanceOf(OcppDecodeException.class);
    DecodeContext lenient = DecodeContext.lenient();
    assertThat(Timestamps.parse(text, lenient, "t")).isEqualTo(Instant.parse(text + "Z"));
    assertThat(lenient.warnings()).hasSize(1);
  }

  @ParameterizedTest(name = "{0} is {1} in lenient mode")
  @CsvSource({
    "2026-11-27T10:15:00+0200, 2026-11-27T08:15:00Z",
    "2026-11-27T10:15:00.000+0200, 2026-11-27T08:15:00Z",
    "2026-11-27T03:15:00-05, 2026-11-27T08:15:00Z",
  })
  void parse_offsetWithoutColon_isStrictlyRejectedAndLenientlyAccepted(
      String text, String expected) {
    assertThatThrownBy(() -> Timestamps.parse(text, DecodeContext.strict(), "t"))
        .isInstanceOf(OcppDecodeException.class);
    DecodeContext lenient = DecodeContext.lenient();
    assertThat(Timestamps.parse(text, lenient, "t")).isEqualTo(Instant.parse(expected));
    assertThat(lenient.warnings()).extracting(w -> w.kind()).containsExactly(ViolationKind.TYPE);
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "2026-11-27T08:15:00Z, 2026-11-27T08:15:00Z",
    "2026-11-27T08:15:00.5Z, 2026-11-27T08:15:00.500Z",
    "2026-11-27T08:15:00.000999Z, 2026-11-27T08:15:00Z",
    "2026-11-27T08:15:00.123987Z, 2026-11-27T08:15:00.123Z",
    "1969-12-31T23:59:59.001Z, 1969-12-31T23:59:59.001Z",
    "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z",
  })
  void format_writesUtcWithAtMostThreeFractionDigits(String instant, String expected) {
    assertThat(Timestamps.format(Instant.parse(instant))).isEqualTo(expected);
  }
}
