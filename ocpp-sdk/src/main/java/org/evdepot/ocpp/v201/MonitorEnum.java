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
 * The type of this monitor, e.g. a threshold, delta or periodic monitor.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum MonitorEnum implements WireEnum {
  /** {@code UpperThreshold} */
  UPPER_THRESHOLD("UpperThreshold"),
  /** {@code LowerThreshold} */
  LOWER_THRESHOLD("LowerThreshold"),
  /** {@code Delta} */
  DELTA("Delta"),
  /** {@code Periodic} */
  PERIODIC("Periodic"),
  /** {@code PeriodicClockAligned} */
  PERIODIC_CLOCK_ALIGNED("PeriodicClockAligned");

  private final String wireValue;

  MonitorEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<MonitorEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static MonitorEnum lookup(String value) {
    switch (value) {
      case "UpperThreshold":
        return UPPER_THRESHOLD;
      case "LowerThreshold":
        return LOWER_THRESHOLD;
      case "Delta":
        return DELTA;
      case "Periodic":
        return PERIODIC;
      case "PeriodicClockAligned":
        return PERIODIC_CLOCK_ALIGNED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static MonitorEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    MonitorEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static MonitorEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 5:
        if (Codecs.sameText("Delta", text, offset)) {
          return DELTA;
        }
        return null;
      case 8:
        if (Codecs.sameText("Periodic", text, offset)) {
          return PERIODIC;
        }
        return null;
      case 14:
        if (Codecs.sameText("UpperThreshold", text, offset)) {
          return UPPER_THRESHOLD;
        }
        if (Codecs.sameText("LowerThreshold", text, offset)) {
          return LOWER_THRESHOLD;
        }
        return null;
      case 20:
        if (Codecs.sameText("PeriodicClockAligned", text, offset)) {
          return PERIODIC_CLOCK_ALIGNED;
        }
        return null;
      default:
        return null;
    }
  }
}
