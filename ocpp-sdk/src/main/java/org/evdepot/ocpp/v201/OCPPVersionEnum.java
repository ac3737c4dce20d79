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
 * Defines the OCPP version used for this communication function.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum OCPPVersionEnum implements WireEnum {
  /** {@code OCPP12} */
  OCPP12("OCPP12"),
  /** {@code OCPP15} */
  OCPP15("OCPP15"),
  /** {@code OCPP16} */
  OCPP16("OCPP16"),
  /** {@code OCPP20} */
  OCPP20("OCPP20");

  private final String wireValue;

  OCPPVersionEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<OCPPVersionEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static OCPPVersionEnum lookup(String value) {
    switch (value) {
      case "OCPP12":
        return OCPP12;
      case "OCPP15":
        return OCPP15;
      case "OCPP16":
        return OCPP16;
      case "OCPP20":
        return OCPP20;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static OCPPVersionEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    OCPPVersionEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static OCPPVersionEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 6:
        if (Codecs.sameText("OCPP12", text, offset)) {
          return OCPP12;
        }
        if (Codecs.sameText("OCPP15", text, offset)) {
          return OCPP15;
        }
        if (Codecs.sameText("OCPP16", text, offset)) {
          return OCPP16;
        }
        if (Codecs.sameText("OCPP20", text, offset)) {
          return OCPP20;
        }
        return null;
      default:
        return null;
    }
  }
}
