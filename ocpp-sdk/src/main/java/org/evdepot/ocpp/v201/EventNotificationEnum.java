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
   * wrong case (with a warning).
   */
  static EventNotificationEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    EventNotificationEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
