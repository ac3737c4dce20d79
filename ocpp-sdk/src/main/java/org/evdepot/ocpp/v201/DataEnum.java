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
   * wrong case (with a warning).
   */
  static DataEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    DataEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
