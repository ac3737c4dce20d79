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
 * This contains the type of reset that the Charging Station or EVSE should perform.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ResetEnum implements WireEnum {
  /** {@code Immediate} */
  IMMEDIATE("Immediate"),
  /** {@code OnIdle} */
  ON_IDLE("OnIdle");

  private final String wireValue;

  ResetEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ResetEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ResetEnum lookup(String value) {
    switch (value) {
      case "Immediate":
        return IMMEDIATE;
      case "OnIdle":
        return ON_IDLE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ResetEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ResetEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ResetEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 6:
        if (Codecs.sameText("OnIdle", text, offset)) {
          return ON_IDLE;
        }
        return null;
      case 9:
        if (Codecs.sameText("Immediate", text, offset)) {
          return IMMEDIATE;
        }
        return null;
      default:
        return null;
    }
  }
}
