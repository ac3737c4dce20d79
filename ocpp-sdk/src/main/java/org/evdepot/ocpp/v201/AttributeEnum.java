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
 * Attribute type for which value is requested. When absent, default Actual is assumed.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum AttributeEnum implements WireEnum {
  /** {@code Actual} */
  ACTUAL("Actual"),
  /** {@code Target} */
  TARGET("Target"),
  /** {@code MinSet} */
  MIN_SET("MinSet"),
  /** {@code MaxSet} */
  MAX_SET("MaxSet");

  private final String wireValue;

  AttributeEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<AttributeEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static AttributeEnum lookup(String value) {
    switch (value) {
      case "Actual":
        return ACTUAL;
      case "Target":
        return TARGET;
      case "MinSet":
        return MIN_SET;
      case "MaxSet":
        return MAX_SET;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static AttributeEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    AttributeEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static AttributeEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 6:
        if (Codecs.sameText("Actual", text, offset)) {
          return ACTUAL;
        }
        if (Codecs.sameText("Target", text, offset)) {
          return TARGET;
        }
        if (Codecs.sameText("MinSet", text, offset)) {
          return MIN_SET;
        }
        if (Codecs.sameText("MaxSet", text, offset)) {
          return MAX_SET;
        }
        return null;
      default:
        return null;
    }
  }
}
