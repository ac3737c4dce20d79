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
 * If provided the Charging Station shall return Display Messages with the given state only.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum MessageStateEnum implements WireEnum {
  /** {@code Charging} */
  CHARGING("Charging"),
  /** {@code Faulted} */
  FAULTED("Faulted"),
  /** {@code Idle} */
  IDLE("Idle"),
  /** {@code Unavailable} */
  UNAVAILABLE("Unavailable");

  private final String wireValue;

  MessageStateEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<MessageStateEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static MessageStateEnum lookup(String value) {
    switch (value) {
      case "Charging":
        return CHARGING;
      case "Faulted":
        return FAULTED;
      case "Idle":
        return IDLE;
      case "Unavailable":
        return UNAVAILABLE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static MessageStateEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    MessageStateEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static MessageStateEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 4:
        if (Codecs.sameText("Idle", text, offset)) {
          return IDLE;
        }
        return null;
      case 7:
        if (Codecs.sameText("Faulted", text, offset)) {
          return FAULTED;
        }
        return null;
      case 8:
        if (Codecs.sameText("Charging", text, offset)) {
          return CHARGING;
        }
        return null;
      case 11:
        if (Codecs.sameText("Unavailable", text, offset)) {
          return UNAVAILABLE;
        }
        return null;
      default:
        return null;
    }
  }
}
