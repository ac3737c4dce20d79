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
 * Result status of setting the variable.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum SetVariableStatusEnum implements WireEnum {
  /** {@code Accepted} */
  ACCEPTED("Accepted"),
  /** {@code Rejected} */
  REJECTED("Rejected"),
  /** {@code UnknownComponent} */
  UNKNOWN_COMPONENT("UnknownComponent"),
  /** {@code UnknownVariable} */
  UNKNOWN_VARIABLE("UnknownVariable"),
  /** {@code NotSupportedAttributeType} */
  NOT_SUPPORTED_ATTRIBUTE_TYPE("NotSupportedAttributeType"),
  /** {@code RebootRequired} */
  REBOOT_REQUIRED("RebootRequired");

  private final String wireValue;

  SetVariableStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<SetVariableStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static SetVariableStatusEnum lookup(String value) {
    switch (value) {
      case "Accepted":
        return ACCEPTED;
      case "Rejected":
        return REJECTED;
      case "UnknownComponent":
        return UNKNOWN_COMPONENT;
      case "UnknownVariable":
        return UNKNOWN_VARIABLE;
      case "NotSupportedAttributeType":
        return NOT_SUPPORTED_ATTRIBUTE_TYPE;
      case "RebootRequired":
        return REBOOT_REQUIRED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static SetVariableStatusEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    SetVariableStatusEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static SetVariableStatusEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 8:
        if (Codecs.sameText("Accepted", text, offset)) {
          return ACCEPTED;
        }
        if (Codecs.sameText("Rejected", text, offset)) {
          return REJECTED;
        }
        return null;
      case 14:
        if (Codecs.sameText("RebootRequired", text, offset)) {
          return REBOOT_REQUIRED;
        }
        return null;
      case 15:
        if (Codecs.sameText("UnknownVariable", text, offset)) {
          return UNKNOWN_VARIABLE;
        }
        return null;
      case 16:
        if (Codecs.sameText("UnknownComponent", text, offset)) {
          return UNKNOWN_COMPONENT;
        }
        return null;
      case 25:
        if (Codecs.sameText("NotSupportedAttributeType", text, offset)) {
          return NOT_SUPPORTED_ATTRIBUTE_TYPE;
        }
        return null;
      default:
        return null;
    }
  }
}
