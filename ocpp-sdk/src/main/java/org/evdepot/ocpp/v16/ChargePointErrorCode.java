// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.WireEnum;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * OCPP 1.6 enumeration {@code ChargePointErrorCode}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ChargePointErrorCode implements WireEnum {
  /** {@code ConnectorLockFailure} */
  CONNECTOR_LOCK_FAILURE("ConnectorLockFailure"),
  /** {@code EVCommunicationError} */
  EV_COMMUNICATION_ERROR("EVCommunicationError"),
  /** {@code GroundFailure} */
  GROUND_FAILURE("GroundFailure"),
  /** {@code HighTemperature} */
  HIGH_TEMPERATURE("HighTemperature"),
  /** {@code InternalError} */
  INTERNAL_ERROR("InternalError"),
  /** {@code LocalListConflict} */
  LOCAL_LIST_CONFLICT("LocalListConflict"),
  /** {@code NoError} */
  NO_ERROR("NoError"),
  /** {@code OtherError} */
  OTHER_ERROR("OtherError"),
  /** {@code OverCurrentFailure} */
  OVER_CURRENT_FAILURE("OverCurrentFailure"),
  /** {@code PowerMeterFailure} */
  POWER_METER_FAILURE("PowerMeterFailure"),
  /** {@code PowerSwitchFailure} */
  POWER_SWITCH_FAILURE("PowerSwitchFailure"),
  /** {@code ReaderFailure} */
  READER_FAILURE("ReaderFailure"),
  /** {@code ResetFailure} */
  RESET_FAILURE("ResetFailure"),
  /** {@code UnderVoltage} */
  UNDER_VOLTAGE("UnderVoltage"),
  /** {@code OverVoltage} */
  OVER_VOLTAGE("OverVoltage"),
  /** {@code WeakSignal} */
  WEAK_SIGNAL("WeakSignal");

  private final String wireValue;

  ChargePointErrorCode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ChargePointErrorCode> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ChargePointErrorCode lookup(String value) {
    switch (value) {
      case "ConnectorLockFailure":
        return CONNECTOR_LOCK_FAILURE;
      case "EVCommunicationError":
        return EV_COMMUNICATION_ERROR;
      case "GroundFailure":
        return GROUND_FAILURE;
      case "HighTemperature":
        return HIGH_TEMPERATURE;
      case "InternalError":
        return INTERNAL_ERROR;
      case "LocalListConflict":
        return LOCAL_LIST_CONFLICT;
      case "NoError":
        return NO_ERROR;
      case "OtherError":
        return OTHER_ERROR;
      case "OverCurrentFailure":
        return OVER_CURRENT_FAILURE;
      case "PowerMeterFailure":
        return POWER_METER_FAILURE;
      case "PowerSwitchFailure":
        return POWER_SWITCH_FAILURE;
      case "ReaderFailure":
        return READER_FAILURE;
      case "ResetFailure":
        return RESET_FAILURE;
      case "UnderVoltage":
        return UNDER_VOLTAGE;
      case "OverVoltage":
        return OVER_VOLTAGE;
      case "WeakSignal":
        return WEAK_SIGNAL;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ChargePointErrorCode read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ChargePointErrorCode value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ChargePointErrorCode match(char[] text, int offset, int length) {
    switch (length) {
      case 7:
        if (Codecs.sameText("NoError", text, offset)) {
          return NO_ERROR;
        }
        return null;
      case 10:
        if (Codecs.sameText("OtherError", text, offset)) {
          return OTHER_ERROR;
        }
        if (Codecs.sameText("WeakSignal", text, offset)) {
          return WEAK_SIGNAL;
        }
        return null;
      case 11:
        if (Codecs.sameText("OverVoltage", text, offset)) {
          return OVER_VOLTAGE;
        }
        return null;
      case 12:
        if (Codecs.sameText("ResetFailure", text, offset)) {
          return RESET_FAILURE;
        }
        if (Codecs.sameText("UnderVoltage", text, offset)) {
          return UNDER_VOLTAGE;
        }
        return null;
      case 13:
        if (Codecs.sameText("GroundFailure", text, offset)) {
          return GROUND_FAILURE;
        }
        if (Codecs.sameText("InternalError", text, offset)) {
          return INTERNAL_ERROR;
        }
        if (Codecs.sameText("ReaderFailure", text, offset)) {
          return READER_FAILURE;
        }
        return null;
      case 15:
        if (Codecs.sameText("HighTemperature", text, offset)) {
          return HIGH_TEMPERATURE;
        }
        return null;
      case 17:
        if (Codecs.sameText("LocalListConflict", text, offset)) {
          return LOCAL_LIST_CONFLICT;
        }
        if (Codecs.sameText("PowerMeterFailure", text, offset)) {
          return POWER_METER_FAILURE;
        }
        return null;
      case 18:
        if (Codecs.sameText("OverCurrentFailure", text, offset)) {
          return OVER_CURRENT_FAILURE;
        }
        if (Codecs.sameText("PowerSwitchFailure", text, offset)) {
          return POWER_SWITCH_FAILURE;
        }
        return null;
      case 20:
        if (Codecs.sameText("ConnectorLockFailure", text, offset)) {
          return CONNECTOR_LOCK_FAILURE;
        }
        if (Codecs.sameText("EVCommunicationError", text, offset)) {
          return EV_COMMUNICATION_ERROR;
        }
        return null;
      default:
        return null;
    }
  }
}
