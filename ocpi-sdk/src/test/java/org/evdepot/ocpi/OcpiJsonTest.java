package org.evdepot.ocpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.evdepot.ocpi.v221.DisplayText;
import org.evdepot.ocpi.v221.StatusSchedule;
import org.junit.jupiter.api.Test;

/** Strict and lenient parsing of timestamps and unknown fields. */
class OcpiJsonTest {
  @Test
  void timestampWithoutDesignator_isUtcInBothModes() {
    String json = "{\"period_begin\":\"2026-11-02T08:00:00\",\"status\":\"AVAILABLE\"}";
    assertThat(OcpiJson.strict().read(json, StatusSchedule.class).periodBegin())
        .isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
  }

  @Test
  void timestampWithNonUtcOffset_isRejectedStrictly_andConvertedLeniently() {
    String json = "{\"period_begin\":\"2026-11-02T09:00:00+01:00\",\"status\":\"AVAILABLE\"}";
    assertThatThrownBy(() -> OcpiJson.strict().read(json, StatusSchedule.class))
        .isInstanceOf(OcpiParseException.class)
        .satisfies(e -> assertThat(((OcpiParseException) e).statusCode()).isEqualTo(2001));
    assertThat(OcpiJson.lenient().read(json, StatusSchedule.class).periodBegin())
        .isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
  }

  @Test
  void unknownField_isRejectedStrictly_andIgnoredLeniently() {
    String json = "{\"language\":\"en\",\"text\":\"hi\",\"x_vendor\":1}";
    assertThatThrownBy(() -> OcpiJson.strict().read(json, DisplayText.class))
        .hasMessageContaining("x_vendor");
    assertThat(OcpiJson.lenient().read(json, DisplayText.class))
        .isEqualTo(new DisplayText("en", "hi"));
  }

  @Test
  void writtenObjects_useWireNamesUtcAndOmitNulls() {
    String out =
        OcpiJson.strict()
            .write(
                new StatusSchedule(
                    Instant.parse("2026-11-02T08:00:00Z"),
                    null,
                    org.evdepot.ocpi.v221.Status.PLANNED));
    assertThat(out).isEqualTo("{\"period_begin\":\"2026-11-02T08:00:00Z\",\"status\":\"PLANNED\"}");
  }

  @Test
  void connectorTypeWithLowercaseWireName_roundTrips() {
    String out = OcpiJson.strict().write(org.evdepot.ocpi.v221.ConnectorType.IEC_60309_2_SINGLE_16);
    assertThat(out).isEqualTo("\"IEC_60309_2_single_16\"");
  }
}
