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
 * Enumeration of possible idToken types.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum IdTokenEnum implements WireEnum {
  /** {@code Central} */
  CENTRAL("Central"),
  /** {@code eMAID} */
  E_MAID("eMAID"),
  /** {@code ISO14443} */
  ISO14443("ISO14443"),
  /** {@code ISO15693} */
  ISO15693("ISO15693"),
  /** {@code KeyCode} */
  KEY_CODE("KeyCode"),
  /** {@code Local} */
  LOCAL("Local"),
  /** {@code MacAddress} */
  MAC_ADDRESS("MacAddress"),
  /** {@code NoAuthorization} */
  NO_AUTHORIZATION("NoAuthorization");

  private final String wireValue;

  IdTokenEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<IdTokenEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static IdTokenEnum lookup(String value) {
    switch (value) {
      case "Central":
        return CENTRAL;
      case "eMAID":
        return E_MAID;
      case "ISO14443":
        return ISO14443;
      case "ISO15693":
        return ISO15693;
      case "KeyCode":
        return KEY_CODE;
      case "Local":
        return LOCAL;
      case "MacAddress":
        return MAC_ADDRESS;
      case "NoAuthorization":
        return NO_AUTHORIZATION;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static IdTokenEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    IdTokenEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static IdTokenEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 5:
        if (Codecs.sameText("eMAID", text, offset)) {
          return E_MAID;
        }
        if (Codecs.sameText("Local", text, offset)) {
          return LOCAL;
        }
        return null;
      case 7:
        if (Codecs.sameText("Central", text, offset)) {
          return CENTRAL;
        }
        if (Codecs.sameText("KeyCode", text, offset)) {
          return KEY_CODE;
        }
        return null;
      case 8:
        if (Codecs.sameText("ISO14443", text, offset)) {
          return ISO14443;
        }
        if (Codecs.sameText("ISO15693", text, offset)) {
          return ISO15693;
        }
        return null;
      case 10:
        if (Codecs.sameText("MacAddress", text, offset)) {
          return MAC_ADDRESS;
        }
        return null;
      case 15:
        if (Codecs.sameText("NoAuthorization", text, offset)) {
          return NO_AUTHORIZATION;
        }
        return null;
      default:
        return null;
    }
  }
}
