// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.WireEnum;

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
   * wrong case (with a warning).
   */
  static IdTokenEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    IdTokenEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
