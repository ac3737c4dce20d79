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
 * Defines the mutability of this attribute. Default is ReadWrite when omitted.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum MutabilityEnum implements WireEnum {
  /** {@code ReadOnly} */
  READ_ONLY("ReadOnly"),
  /** {@code WriteOnly} */
  WRITE_ONLY("WriteOnly"),
  /** {@code ReadWrite} */
  READ_WRITE("ReadWrite");

  private final String wireValue;

  MutabilityEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<MutabilityEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static MutabilityEnum lookup(String value) {
    switch (value) {
      case "ReadOnly":
        return READ_ONLY;
      case "WriteOnly":
        return WRITE_ONLY;
      case "ReadWrite":
        return READ_WRITE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static MutabilityEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    MutabilityEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static MutabilityEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 8:
        if (Codecs.sameText("ReadOnly", text, offset)) {
          return READ_ONLY;
        }
        return null;
      case 9:
        if (Codecs.sameText("WriteOnly", text, offset)) {
          return WRITE_ONLY;
        }
        if (Codecs.sameText("ReadWrite", text, offset)) {
          return READ_WRITE;
        }
        return null;
      default:
        return null;
    }
  }
}
