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
 * Status is OK if a value could be returned. Otherwise this will indicate the reason why a value
 * could not be returned.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum SetMonitoringStatusEnum implements WireEnum {
  /** {@code Accepted} */
  ACCEPTED("Accepted"),
  /** {@code UnknownComponent} */
  UNKNOWN_COMPONENT("UnknownComponent"),
  /** {@code UnknownVariable} */
  UNKNOWN_VARIABLE("UnknownVariable"),
  /** {@code UnsupportedMonitorType} */
  UNSUPPORTED_MONITOR_TYPE("UnsupportedMonitorType"),
  /** {@code Rejected} */
  REJECTED("Rejected"),
  /** {@code Duplicate} */
  DUPLICATE("Duplicate");

  private final String wireValue;

  SetMonitoringStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<SetMonitoringStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static SetMonitoringStatusEnum lookup(String value) {
    switch (value) {
      case "Accepted":
        return ACCEPTED;
      case "UnknownComponent":
        return UNKNOWN_COMPONENT;
      case "UnknownVariable":
        return UNKNOWN_VARIABLE;
      case "UnsupportedMonitorType":
        return UNSUPPORTED_MONITOR_TYPE;
      case "Rejected":
        return REJECTED;
      case "Duplicate":
        return DUPLICATE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static SetMonitoringStatusEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    SetMonitoringStatusEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static SetMonitoringStatusEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 8:
        if (Codecs.sameText("Accepted", text, offset)) {
          return ACCEPTED;
        }
        if (Codecs.sameText("Rejected", text, offset)) {
          return REJECTED;
        }
        return null;
      case 9:
        if (Codecs.sameText("Duplicate", text, offset)) {
          return DUPLICATE;
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
      case 22:
        if (Codecs.sameText("UnsupportedMonitorType", text, offset)) {
          return UNSUPPORTED_MONITOR_TYPE;
        }
        return null;
      default:
        return null;
    }
  }
}
