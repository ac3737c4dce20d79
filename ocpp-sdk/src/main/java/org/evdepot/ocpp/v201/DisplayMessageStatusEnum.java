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
 * This indicates whether the Charging Station is able to display the message.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum DisplayMessageStatusEnum implements WireEnum {
  /** {@code Accepted} */
  ACCEPTED("Accepted"),
  /** {@code NotSupportedMessageFormat} */
  NOT_SUPPORTED_MESSAGE_FORMAT("NotSupportedMessageFormat"),
  /** {@code Rejected} */
  REJECTED("Rejected"),
  /** {@code NotSupportedPriority} */
  NOT_SUPPORTED_PRIORITY("NotSupportedPriority"),
  /** {@code NotSupportedState} */
  NOT_SUPPORTED_STATE("NotSupportedState"),
  /** {@code UnknownTransaction} */
  UNKNOWN_TRANSACTION("UnknownTransaction");

  private final String wireValue;

  DisplayMessageStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<DisplayMessageStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static DisplayMessageStatusEnum lookup(String value) {
    switch (value) {
      case "Accepted":
        return ACCEPTED;
      case "NotSupportedMessageFormat":
        return NOT_SUPPORTED_MESSAGE_FORMAT;
      case "Rejected":
        return REJECTED;
      case "NotSupportedPriority":
        return NOT_SUPPORTED_PRIORITY;
      case "NotSupportedState":
        return NOT_SUPPORTED_STATE;
      case "UnknownTransaction":
        return UNKNOWN_TRANSACTION;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static DisplayMessageStatusEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    DisplayMessageStatusEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static DisplayMessageStatusEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 8:
        if (Codecs.sameText("Accepted", text, offset)) {
          return ACCEPTED;
        }
        if (Codecs.sameText("Rejected", text, offset)) {
          return REJECTED;
        }
        return null;
      case 17:
        if (Codecs.sameText("NotSupportedState", text, offset)) {
          return NOT_SUPPORTED_STATE;
        }
        return null;
      case 18:
        if (Codecs.sameText("UnknownTransaction", text, offset)) {
          return UNKNOWN_TRANSACTION;
        }
        return null;
      case 20:
        if (Codecs.sameText("NotSupportedPriority", text, offset)) {
          return NOT_SUPPORTED_PRIORITY;
        }
        return null;
      case 25:
        if (Codecs.sameText("NotSupportedMessageFormat", text, offset)) {
          return NOT_SUPPORTED_MESSAGE_FORMAT;
        }
        return null;
      default:
        return null;
    }
  }
}
