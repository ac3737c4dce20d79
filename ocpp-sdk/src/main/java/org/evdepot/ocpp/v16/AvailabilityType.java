// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.WireEnum;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * OCPP 1.6 enumeration {@code AvailabilityType}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum AvailabilityType implements WireEnum {
  /** {@code Inoperative} */
  INOPERATIVE("Inoperative"),
  /** {@code Operative} */
  OPERATIVE("Operative");

  private final String wireValue;

  AvailabilityType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<AvailabilityType> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static AvailabilityType lookup(String value) {
    switch (value) {
      case "Inoperative":
        return INOPERATIVE;
      case "Operative":
        return OPERATIVE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static AvailabilityType read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    AvailabilityType value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static AvailabilityType match(char[] text, int offset, int length) {
    switch (length) {
      case 9:
        if (Codecs.sameText("Operative", text, offset)) {
          return OPERATIVE;
        }
        return null;
      case 11:
        if (Codecs.sameText("Inoperative", text, offset)) {
          return INOPERATIVE;
        }
        return null;
      default:
        return null;
    }
  }
}
