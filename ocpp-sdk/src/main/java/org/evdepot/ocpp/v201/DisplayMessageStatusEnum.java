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
   * wrong case (with a warning).
   */
  static DisplayMessageStatusEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    DisplayMessageStatusEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
