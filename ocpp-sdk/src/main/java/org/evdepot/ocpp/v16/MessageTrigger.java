// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.WireEnum;

/**
 * OCPP 1.6 enumeration {@code MessageTrigger}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum MessageTrigger implements WireEnum {
  /** {@code BootNotification} */
  BOOT_NOTIFICATION("BootNotification"),
  /** {@code DiagnosticsStatusNotification} */
  DIAGNOSTICS_STATUS_NOTIFICATION("DiagnosticsStatusNotification"),
  /** {@code FirmwareStatusNotification} */
  FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification"),
  /** {@code Heartbeat} */
  HEARTBEAT("Heartbeat"),
  /** {@code MeterValues} */
  METER_VALUES("MeterValues"),
  /** {@code StatusNotification} */
  STATUS_NOTIFICATION("StatusNotification");

  private final String wireValue;

  MessageTrigger(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<MessageTrigger> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static MessageTrigger lookup(String value) {
    switch (value) {
      case "BootNotification":
        return BOOT_NOTIFICATION;
      case "DiagnosticsStatusNotification":
        return DIAGNOSTICS_STATUS_NOTIFICATION;
      case "FirmwareStatusNotification":
        return FIRMWARE_STATUS_NOTIFICATION;
      case "Heartbeat":
        return HEARTBEAT;
      case "MeterValues":
        return METER_VALUES;
      case "StatusNotification":
        return STATUS_NOTIFICATION;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning).
   */
  static MessageTrigger read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    MessageTrigger value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
