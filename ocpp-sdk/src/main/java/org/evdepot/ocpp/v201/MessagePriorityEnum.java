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
 * If provided the Charging Station shall return Display Messages with the given priority only.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum MessagePriorityEnum implements WireEnum {
  /** {@code AlwaysFront} */
  ALWAYS_FRONT("AlwaysFront"),
  /** {@code InFront} */
  IN_FRONT("InFront"),
  /** {@code NormalCycle} */
  NORMAL_CYCLE("NormalCycle");

  private final String wireValue;

  MessagePriorityEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<MessagePriorityEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static MessagePriorityEnum lookup(String value) {
    switch (value) {
      case "AlwaysFront":
        return ALWAYS_FRONT;
      case "InFront":
        return IN_FRONT;
      case "NormalCycle":
        return NORMAL_CYCLE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static MessagePriorityEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    MessagePriorityEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static MessagePriorityEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 7:
        if (Codecs.sameText("InFront", text, offset)) {
          return IN_FRONT;
        }
        return null;
      case 11:
        if (Codecs.sameText("AlwaysFront", text, offset)) {
          return ALWAYS_FRONT;
        }
        if (Codecs.sameText("NormalCycle", text, offset)) {
          return NORMAL_CYCLE;
        }
        return null;
      default:
        return null;
    }
  }
}
