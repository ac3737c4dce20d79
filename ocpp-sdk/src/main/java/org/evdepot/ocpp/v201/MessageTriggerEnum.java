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
 * Type of message to be triggered.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum MessageTriggerEnum implements WireEnum {
  /** {@code BootNotification} */
  BOOT_NOTIFICATION("BootNotification"),
  /** {@code LogStatusNotification} */
  LOG_STATUS_NOTIFICATION("LogStatusNotification"),
  /** {@code FirmwareStatusNotification} */
  FIRMWARE_STATUS_NOTIFICATION("FirmwareStatusNotification"),
  /** {@code Heartbeat} */
  HEARTBEAT("Heartbeat"),
  /** {@code MeterValues} */
  METER_VALUES("MeterValues"),
  /** {@code SignChargingStationCertificate} */
  SIGN_CHARGING_STATION_CERTIFICATE("SignChargingStationCertificate"),
  /** {@code SignV2GCertificate} */
  SIGN_V2G_CERTIFICATE("SignV2GCertificate"),
  /** {@code StatusNotification} */
  STATUS_NOTIFICATION("StatusNotification"),
  /** {@code TransactionEvent} */
  TRANSACTION_EVENT("TransactionEvent"),
  /** {@code SignCombinedCertificate} */
  SIGN_COMBINED_CERTIFICATE("SignCombinedCertificate"),
  /** {@code PublishFirmwareStatusNotification} */
  PUBLISH_FIRMWARE_STATUS_NOTIFICATION("PublishFirmwareStatusNotification");

  private final String wireValue;

  MessageTriggerEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<MessageTriggerEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static MessageTriggerEnum lookup(String value) {
    switch (value) {
      case "BootNotification":
        return BOOT_NOTIFICATION;
      case "LogStatusNotification":
        return LOG_STATUS_NOTIFICATION;
      case "FirmwareStatusNotification":
        return FIRMWARE_STATUS_NOTIFICATION;
      case "Heartbeat":
        return HEARTBEAT;
      case "MeterValues":
        return METER_VALUES;
      case "SignChargingStationCertificate":
        return SIGN_CHARGING_STATION_CERTIFICATE;
      case "SignV2GCertificate":
        return SIGN_V2G_CERTIFICATE;
      case "StatusNotification":
        return STATUS_NOTIFICATION;
      case "TransactionEvent":
        return TRANSACTION_EVENT;
      case "SignCombinedCertificate":
        return SIGN_COMBINED_CERTIFICATE;
      case "PublishFirmwareStatusNotification":
        return PUBLISH_FIRMWARE_STATUS_NOTIFICATION;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static MessageTriggerEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    MessageTriggerEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static MessageTriggerEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 9:
        if (Codecs.sameText("Heartbeat", text, offset)) {
          return HEARTBEAT;
        }
        return null;
      case 11:
        if (Codecs.sameText("MeterValues", text, offset)) {
          return METER_VALUES;
        }
        return null;
      case 16:
        if (Codecs.sameText("BootNotification", text, offset)) {
          return BOOT_NOTIFICATION;
        }
        if (Codecs.sameText("TransactionEvent", text, offset)) {
          return TRANSACTION_EVENT;
        }
        return null;
      case 18:
        if (Codecs.sameText("SignV2GCertificate", text, offset)) {
          return SIGN_V2G_CERTIFICATE;
        }
        if (Codecs.sameText("StatusNotification", text, offset)) {
          return STATUS_NOTIFICATION;
        }
        return null;
      case 21:
        if (Codecs.sameText("LogStatusNotification", text, offset)) {
          return LOG_STATUS_NOTIFICATION;
        }
        return null;
      case 23:
        if (Codecs.sameText("SignCombinedCertificate", text, offset)) {
          return SIGN_COMBINED_CERTIFICATE;
        }
        return null;
      case 26:
        if (Codecs.sameText("FirmwareStatusNotification", text, offset)) {
          return FIRMWARE_STATUS_NOTIFICATION;
        }
        return null;
      case 30:
        if (Codecs.sameText("SignChargingStationCertificate", text, offset)) {
          return SIGN_CHARGING_STATION_CERTIFICATE;
        }
        return null;
      case 33:
        if (Codecs.sameText("PublishFirmwareStatusNotification", text, offset)) {
          return PUBLISH_FIRMWARE_STATUS_NOTIFICATION;
        }
        return null;
      default:
        return null;
    }
  }
}
