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
 * Can be used to force a power or current profile.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ChargingRateUnitEnum implements WireEnum {
  /** {@code W} */
  W("W"),
  /** {@code A} */
  A("A");

  private final String wireValue;

  ChargingRateUnitEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ChargingRateUnitEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ChargingRateUnitEnum lookup(String value) {
    switch (value) {
      case "W":
        return W;
      case "A":
        return A;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ChargingRateUnitEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ChargingRateUnitEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ChargingRateUnitEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 1:
        if (Codecs.sameText("W", text, offset)) {
          return W;
        }
        if (Codecs.sameText("A", text, offset)) {
          return A;
        }
        return null;
      default:
        return null;
    }
  }
}
