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
 * Indicates the kind of schedule.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ChargingProfileKindEnum implements WireEnum {
  /** {@code Absolute} */
  ABSOLUTE("Absolute"),
  /** {@code Recurring} */
  RECURRING("Recurring"),
  /** {@code Relative} */
  RELATIVE("Relative");

  private final String wireValue;

  ChargingProfileKindEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ChargingProfileKindEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ChargingProfileKindEnum lookup(String value) {
    switch (value) {
      case "Absolute":
        return ABSOLUTE;
      case "Recurring":
        return RECURRING;
      case "Relative":
        return RELATIVE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ChargingProfileKindEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ChargingProfileKindEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ChargingProfileKindEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 8:
        if (Codecs.sameText("Absolute", text, offset)) {
          return ABSOLUTE;
        }
        if (Codecs.sameText("Relative", text, offset)) {
          return RELATIVE;
        }
        return null;
      case 9:
        if (Codecs.sameText("Recurring", text, offset)) {
          return RECURRING;
        }
        return null;
      default:
        return null;
    }
  }
}
