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
 * Specifies the event notification type of the message.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum EventNotificationEnum implements WireEnum {
  /** {@code HardWiredNotification} */
  HARD_WIRED_NOTIFICATION("HardWiredNotification"),
  /** {@code HardWiredMonitor} */
  HARD_WIRED_MONITOR("HardWiredMonitor"),
  /** {@code PreconfiguredMonitor} */
  PRECONFIGURED_MONITOR("PreconfiguredMonitor"),
  /** {@code CustomMonitor} */
  CUSTOM_MONITOR("CustomMonitor");

  private final String wireValue;

  EventNotificationEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<EventNotificationEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static EventNotificationEnum lookup(String value) {
    switch (value) {
      case "HardWiredNotification":
        return HARD_WIRED_NOTIFICATION;
      case "HardWiredMonitor":
        return HARD_WIRED_MONITOR;
      case "PreconfiguredMonitor":
        return PRECONFIGURED_MONITOR;
      case "CustomMonitor":
        return CUSTOM_MONITOR;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static EventNotificationEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    EventNotificationEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static EventNotificationEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 13:
        if (Codecs.sameText("CustomMonitor", text, offset)) {
          return CUSTOM_MONITOR;
        }
        return null;
      case 16:
        if (Codecs.sameText("HardWiredMonitor", text, offset)) {
          return HARD_WIRED_MONITOR;
        }
        return null;
      case 20:
        if (Codecs.sameText("PreconfiguredMonitor", text, offset)) {
          return PRECONFIGURED_MONITOR;
        }
        return null;
      case 21:
        if (Codecs.sameText("HardWiredNotification", text, offset)) {
          return HARD_WIRED_NOTIFICATION;
        }
        return null;
      default:
        return null;
    }
  }
}
