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
 * Reason the Charging Station sends this message to the CSMS
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum TriggerReasonEnum implements WireEnum {
  /** {@code Authorized} */
  AUTHORIZED("Authorized"),
  /** {@code CablePluggedIn} */
  CABLE_PLUGGED_IN("CablePluggedIn"),
  /** {@code ChargingRateChanged} */
  CHARGING_RATE_CHANGED("ChargingRateChanged"),
  /** {@code ChargingStateChanged} */
  CHARGING_STATE_CHANGED("ChargingStateChanged"),
  /** {@code Deauthorized} */
  DEAUTHORIZED("Deauthorized"),
  /** {@code EnergyLimitReached} */
  ENERGY_LIMIT_REACHED("EnergyLimitReached"),
  /** {@code EVCommunicationLost} */
  EV_COMMUNICATION_LOST("EVCommunicationLost"),
  /** {@code EVConnectTimeout} */
  EV_CONNECT_TIMEOUT("EVConnectTimeout"),
  /** {@code MeterValueClock} */
  METER_VALUE_CLOCK("MeterValueClock"),
  /** {@code MeterValuePeriodic} */
  METER_VALUE_PERIODIC("MeterValuePeriodic"),
  /** {@code TimeLimitReached} */
  TIME_LIMIT_REACHED("TimeLimitReached"),
  /** {@code Trigger} */
  TRIGGER("Trigger"),
  /** {@code UnlockCommand} */
  UNLOCK_COMMAND("UnlockCommand"),
  /** {@code StopAuthorized} */
  STOP_AUTHORIZED("StopAuthorized"),
  /** {@code EVDeparted} */
  EV_DEPARTED("EVDeparted"),
  /** {@code EVDetected} */
  EV_DETECTED("EVDetected"),
  /** {@code RemoteStop} */
  REMOTE_STOP("RemoteStop"),
  /** {@code RemoteStart} */
  REMOTE_START("RemoteStart"),
  /** {@code AbnormalCondition} */
  ABNORMAL_CONDITION("AbnormalCondition"),
  /** {@code SignedDataReceived} */
  SIGNED_DATA_RECEIVED("SignedDataReceived"),
  /** {@code ResetCommand} */
  RESET_COMMAND("ResetCommand");

  private final String wireValue;

  TriggerReasonEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<TriggerReasonEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static TriggerReasonEnum lookup(String value) {
    switch (value) {
      case "Authorized":
        return AUTHORIZED;
      case "CablePluggedIn":
        return CABLE_PLUGGED_IN;
      case "ChargingRateChanged":
        return CHARGING_RATE_CHANGED;
      case "ChargingStateChanged":
        return CHARGING_STATE_CHANGED;
      case "Deauthorized":
        return DEAUTHORIZED;
      case "EnergyLimitReached":
        return ENERGY_LIMIT_REACHED;
      case "EVCommunicationLost":
        return EV_COMMUNICATION_LOST;
      case "EVConnectTimeout":
        return EV_CONNECT_TIMEOUT;
      case "MeterValueClock":
        return METER_VALUE_CLOCK;
      case "MeterValuePeriodic":
        return METER_VALUE_PERIODIC;
      case "TimeLimitReached":
        return TIME_LIMIT_REACHED;
      case "Trigger":
        return TRIGGER;
      case "UnlockCommand":
        return UNLOCK_COMMAND;
      case "StopAuthorized":
        return STOP_AUTHORIZED;
      case "EVDeparted":
        return EV_DEPARTED;
      case "EVDetected":
        return EV_DETECTED;
      case "RemoteStop":
        return REMOTE_STOP;
      case "RemoteStart":
        return REMOTE_START;
      case "AbnormalCondition":
        return ABNORMAL_CONDITION;
      case "SignedDataReceived":
        return SIGNED_DATA_RECEIVED;
      case "ResetCommand":
        return RESET_COMMAND;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static TriggerReasonEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    TriggerReasonEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static TriggerReasonEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 7:
        if (Codecs.sameText("Trigger", text, offset)) {
          return TRIGGER;
        }
        return null;
      case 10:
        if (Codecs.sameText("Authorized", text, offset)) {
          return AUTHORIZED;
        }
        if (Codecs.sameText("EVDeparted", text, offset)) {
          return EV_DEPARTED;
        }
        if (Codecs.sameText("EVDetected", text, offset)) {
          return EV_DETECTED;
        }
        if (Codecs.sameText("RemoteStop", text, offset)) {
          return REMOTE_STOP;
        }
        return null;
      case 11:
        if (Codecs.sameText("RemoteStart", text, offset)) {
          return REMOTE_START;
        }
        return null;
      case 12:
        if (Codecs.sameText("Deauthorized", text, offset)) {
          return DEAUTHORIZED;
        }
        if (Codecs.sameText("ResetCommand", text, offset)) {
          return RESET_COMMAND;
        }
        return null;
      case 13:
        if (Codecs.sameText("UnlockCommand", text, offset)) {
          return UNLOCK_COMMAND;
        }
        return null;
      case 14:
        if (Codecs.sameText("CablePluggedIn", text, offset)) {
          return CABLE_PLUGGED_IN;
        }
        if (Codecs.sameText("StopAuthorized", text, offset)) {
          return STOP_AUTHORIZED;
        }
        return null;
      case 15:
        if (Codecs.sameText("MeterValueClock", text, offset)) {
          return METER_VALUE_CLOCK;
        }
        return null;
      case 16:
        if (Codecs.sameText("EVConnectTimeout", text, offset)) {
          return EV_CONNECT_TIMEOUT;
        }
        if (Codecs.sameText("TimeLimitReached", text, offset)) {
          return TIME_LIMIT_REACHED;
        }
        return null;
      case 17:
        if (Codecs.sameText("AbnormalCondition", text, offset)) {
          return ABNORMAL_CONDITION;
        }
        return null;
      case 18:
        if (Codecs.sameText("EnergyLimitReached", text, offset)) {
          return ENERGY_LIMIT_REACHED;
        }
        if (Codecs.sameText("MeterValuePeriodic", text, offset)) {
          return METER_VALUE_PERIODIC;
        }
        if (Codecs.sameText("SignedDataReceived", text, offset)) {
          return SIGNED_DATA_RECEIVED;
        }
        return null;
      case 19:
        if (Codecs.sameText("ChargingRateChanged", text, offset)) {
          return CHARGING_RATE_CHANGED;
        }
        if (Codecs.sameText("EVCommunicationLost", text, offset)) {
          return EV_COMMUNICATION_LOST;
        }
        return null;
      case 20:
        if (Codecs.sameText("ChargingStateChanged", text, offset)) {
          return CHARGING_STATE_CHANGED;
        }
        return null;
      default:
        return null;
    }
  }
}
