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
 * OCPP 1.6 enumeration {@code ValueFormat}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ValueFormat implements WireEnum {
  /** {@code Raw} */
  RAW("Raw"),
  /** {@code SignedData} */
  SIGNED_DATA("SignedData");

  private final String wireValue;

  ValueFormat(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ValueFormat> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ValueFormat lookup(String value) {
    switch (value) {
      case "Raw":
        return RAW;
      case "SignedData":
        return SIGNED_DATA;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ValueFormat read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ValueFormat value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ValueFormat match(char[] text, int offset, int length) {
    switch (length) {
      case 3:
        if (Codecs.sameText("Raw", text, offset)) {
          return RAW;
        }
        return null;
      case 10:
        if (Codecs.sameText("SignedData", text, offset)) {
          return SIGNED_DATA;
        }
        return null;
      default:
        return null;
    }
  }
}
