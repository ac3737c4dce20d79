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
 * This contains the reason for sending this message to the CSMS.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum BootReasonEnum implements WireEnum {
  /** {@code ApplicationReset} */
  APPLICATION_RESET("ApplicationReset"),
  /** {@code FirmwareUpdate} */
  FIRMWARE_UPDATE("FirmwareUpdate"),
  /** {@code LocalReset} */
  LOCAL_RESET("LocalReset"),
  /** {@code PowerUp} */
  POWER_UP("PowerUp"),
  /** {@code RemoteReset} */
  REMOTE_RESET("RemoteReset"),
  /** {@code ScheduledReset} */
  SCHEDULED_RESET("ScheduledReset"),
  /** {@code Triggered} */
  TRIGGERED("Triggered"),
  /** {@code Unknown} */
  UNKNOWN("Unknown"),
  /** {@code Watchdog} */
  WATCHDOG("Watchdog");

  private final String wireValue;

  BootReasonEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<BootReasonEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static BootReasonEnum lookup(String value) {
    switch (value) {
      case "ApplicationReset":
        return APPLICATION_RESET;
      case "FirmwareUpdate":
        return FIRMWARE_UPDATE;
      case "LocalReset":
        return LOCAL_RESET;
      case "PowerUp":
        return POWER_UP;
      case "RemoteReset":
        return REMOTE_RESET;
      case "ScheduledReset":
        return SCHEDULED_RESET;
      case "Triggered":
        return TRIGGERED;
      case "Unknown":
        return UNKNOWN;
      case "Watchdog":
        return WATCHDOG;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static BootReasonEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    BootReasonEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static BootReasonEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 7:
        if (Codecs.sameText("PowerUp", text, offset)) {
          return POWER_UP;
        }
        if (Codecs.sameText("Unknown", text, offset)) {
          return UNKNOWN;
        }
        return null;
      case 8:
        if (Codecs.sameText("Watchdog", text, offset)) {
          return WATCHDOG;
        }
        return null;
      case 9:
        if (Codecs.sameText("Triggered", text, offset)) {
          return TRIGGERED;
        }
        return null;
      case 10:
        if (Codecs.sameText("LocalReset", text, offset)) {
          return LOCAL_RESET;
        }
        return null;
      case 11:
        if (Codecs.sameText("RemoteReset", text, offset)) {
          return REMOTE_RESET;
        }
        return null;
      case 14:
        if (Codecs.sameText("FirmwareUpdate", text, offset)) {
          return FIRMWARE_UPDATE;
        }
        if (Codecs.sameText("ScheduledReset", text, offset)) {
          return SCHEDULED_RESET;
        }
        return null;
      case 16:
        if (Codecs.sameText("ApplicationReset", text, offset)) {
          return APPLICATION_RESET;
        }
        return null;
      default:
        return null;
    }
  }
}
