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
 * Data type of this variable.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum DataEnum implements WireEnum {
  /** {@code string} */
  STRING("string"),
  /** {@code decimal} */
  DECIMAL("decimal"),
  /** {@code integer} */
  INTEGER("integer"),
  /** {@code dateTime} */
  DATE_TIME("dateTime"),
  /** {@code boolean} */
  BOOLEAN("boolean"),
  /** {@code OptionList} */
  OPTION_LIST("OptionList"),
  /** {@code SequenceList} */
  SEQUENCE_LIST("SequenceList"),
  /** {@code MemberList} */
  MEMBER_LIST("MemberList");

  private final String wireValue;

  DataEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<DataEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static DataEnum lookup(String value) {
    switch (value) {
      case "string":
        return STRING;
      case "decimal":
        return DECIMAL;
      case "integer":
        return INTEGER;
      case "dateTime":
        return DATE_TIME;
      case "boolean":
        return BOOLEAN;
      case "OptionList":
        return OPTION_LIST;
      case "SequenceList":
        return SEQUENCE_LIST;
      case "MemberList":
        return MEMBER_LIST;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static DataEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    DataEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static DataEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 6:
        if (Codecs.sameText("string", text, offset)) {
          return STRING;
        }
        return null;
      case 7:
        if (Codecs.sameText("decimal", text, offset)) {
          return DECIMAL;
        }
        if (Codecs.sameText("integer", text, offset)) {
          return INTEGER;
        }
        if (Codecs.sameText("boolean", text, offset)) {
          return BOOLEAN;
        }
        return null;
      case 8:
        if (Codecs.sameText("dateTime", text, offset)) {
          return DATE_TIME;
        }
        return null;
      case 10:
        if (Codecs.sameText("OptionList", text, offset)) {
          return OPTION_LIST;
        }
        if (Codecs.sameText("MemberList", text, offset)) {
          return MEMBER_LIST;
        }
        return null;
      case 12:
        if (Codecs.sameText("SequenceList", text, offset)) {
          return SEQUENCE_LIST;
        }
        return null;
      default:
        return null;
    }
  }
}
