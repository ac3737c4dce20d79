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
 * OCPP 1.6 enumeration {@code RecurrencyKindType}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum RecurrencyKindType implements WireEnum {
  /** {@code Daily} */
  DAILY("Daily"),
  /** {@code Weekly} */
  WEEKLY("Weekly");

  private final String wireValue;

  RecurrencyKindType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<RecurrencyKindType> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static RecurrencyKindType lookup(String value) {
    switch (value) {
      case "Daily":
        return DAILY;
      case "Weekly":
        return WEEKLY;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static RecurrencyKindType read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    RecurrencyKindType value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static RecurrencyKindType match(char[] text, int offset, int length) {
    switch (length) {
      case 5:
        if (Codecs.sameText("Daily", text, offset)) {
          return DAILY;
        }
        return null;
      case 6:
        if (Codecs.sameText("Weekly", text, offset)) {
          return WEEKLY;
        }
        return null;
      default:
        return null;
    }
  }
}
