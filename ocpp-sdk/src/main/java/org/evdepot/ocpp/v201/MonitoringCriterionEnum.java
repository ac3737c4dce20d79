// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.WireEnum;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * OCPP 2.0.1 enumeration {@code MonitoringCriterionEnum}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum MonitoringCriterionEnum implements WireEnum {
  /** {@code ThresholdMonitoring} */
  THRESHOLD_MONITORING("ThresholdMonitoring"),
  /** {@code DeltaMonitoring} */
  DELTA_MONITORING("DeltaMonitoring"),
  /** {@code PeriodicMonitoring} */
  PERIODIC_MONITORING("PeriodicMonitoring");

  private final String wireValue;

  MonitoringCriterionEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<MonitoringCriterionEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static MonitoringCriterionEnum lookup(String value) {
    switch (value) {
      case "ThresholdMonitoring":
        return THRESHOLD_MONITORING;
      case "DeltaMonitoring":
        return DELTA_MONITORING;
      case "PeriodicMonitoring":
        return PERIODIC_MONITORING;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static MonitoringCriterionEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    MonitoringCriterionEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static MonitoringCriterionEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 15:
        if (Codecs.sameText("DeltaMonitoring", text, offset)) {
          return DELTA_MONITORING;
        }
        return null;
      case 18:
        if (Codecs.sameText("PeriodicMonitoring", text, offset)) {
          return PERIODIC_MONITORING;
        }
        return null;
      case 19:
        if (Codecs.sameText("ThresholdMonitoring", text, offset)) {
          return THRESHOLD_MONITORING;
        }
        return null;
      default:
        return null;
    }
  }
}
