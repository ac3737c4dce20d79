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
 * Source of the charging limit.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ChargingLimitSourceEnum implements WireEnum {
  /** {@code EMS} */
  EMS("EMS"),
  /** {@code Other} */
  OTHER("Other"),
  /** {@code SO} */
  SO("SO"),
  /** {@code CSO} */
  CSO("CSO");

  private final String wireValue;

  ChargingLimitSourceEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ChargingLimitSourceEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ChargingLimitSourceEnum lookup(String value) {
    switch (value) {
      case "EMS":
        return EMS;
      case "Other":
        return OTHER;
      case "SO":
        return SO;
      case "CSO":
        return CSO;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ChargingLimitSourceEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ChargingLimitSourceEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ChargingLimitSourceEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 2:
        if (Codecs.sameText("SO", text, offset)) {
          return SO;
        }
        return null;
      case 3:
        if (Codecs.sameText("EMS", text, offset)) {
          return EMS;
        }
        if (Codecs.sameText("CSO", text, offset)) {
          return CSO;
        }
        return null;
      case 5:
        if (Codecs.sameText("Other", text, offset)) {
          return OTHER;
        }
        return null;
      default:
        return null;
    }
  }
}
