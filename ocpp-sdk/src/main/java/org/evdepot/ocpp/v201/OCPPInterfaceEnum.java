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
 * Applicable Network Interface.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum OCPPInterfaceEnum implements WireEnum {
  /** {@code Wired0} */
  WIRED0("Wired0"),
  /** {@code Wired1} */
  WIRED1("Wired1"),
  /** {@code Wired2} */
  WIRED2("Wired2"),
  /** {@code Wired3} */
  WIRED3("Wired3"),
  /** {@code Wireless0} */
  WIRELESS0("Wireless0"),
  /** {@code Wireless1} */
  WIRELESS1("Wireless1"),
  /** {@code Wireless2} */
  WIRELESS2("Wireless2"),
  /** {@code Wireless3} */
  WIRELESS3("Wireless3");

  private final String wireValue;

  OCPPInterfaceEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<OCPPInterfaceEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static OCPPInterfaceEnum lookup(String value) {
    switch (value) {
      case "Wired0":
        return WIRED0;
      case "Wired1":
        return WIRED1;
      case "Wired2":
        return WIRED2;
      case "Wired3":
        return WIRED3;
      case "Wireless0":
        return WIRELESS0;
      case "Wireless1":
        return WIRELESS1;
      case "Wireless2":
        return WIRELESS2;
      case "Wireless3":
        return WIRELESS3;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static OCPPInterfaceEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    OCPPInterfaceEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static OCPPInterfaceEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 6:
        if (Codecs.sameText("Wired0", text, offset)) {
          return WIRED0;
        }
        if (Codecs.sameText("Wired1", text, offset)) {
          return WIRED1;
        }
        if (Codecs.sameText("Wired2", text, offset)) {
          return WIRED2;
        }
        if (Codecs.sameText("Wired3", text, offset)) {
          return WIRED3;
        }
        return null;
      case 9:
        if (Codecs.sameText("Wireless0", text, offset)) {
          return WIRELESS0;
        }
        if (Codecs.sameText("Wireless1", text, offset)) {
          return WIRELESS1;
        }
        if (Codecs.sameText("Wireless2", text, offset)) {
          return WIRELESS2;
        }
        if (Codecs.sameText("Wireless3", text, offset)) {
          return WIRELESS3;
        }
        return null;
      default:
        return null;
    }
  }
}
