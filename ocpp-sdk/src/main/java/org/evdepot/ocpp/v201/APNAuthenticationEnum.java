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
 * Authentication method.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum APNAuthenticationEnum implements WireEnum {
  /** {@code CHAP} */
  CHAP("CHAP"),
  /** {@code NONE} */
  NONE("NONE"),
  /** {@code PAP} */
  PAP("PAP"),
  /** {@code AUTO} */
  AUTO("AUTO");

  private final String wireValue;

  APNAuthenticationEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<APNAuthenticationEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static APNAuthenticationEnum lookup(String value) {
    switch (value) {
      case "CHAP":
        return CHAP;
      case "NONE":
        return NONE;
      case "PAP":
        return PAP;
      case "AUTO":
        return AUTO;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static APNAuthenticationEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    APNAuthenticationEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static APNAuthenticationEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 3:
        if (Codecs.sameText("PAP", text, offset)) {
          return PAP;
        }
        return null;
      case 4:
        if (Codecs.sameText("CHAP", text, offset)) {
          return CHAP;
        }
        if (Codecs.sameText("NONE", text, offset)) {
          return NONE;
        }
        if (Codecs.sameText("AUTO", text, offset)) {
          return AUTO;
        }
        return null;
      default:
        return null;
    }
  }
}
