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
   * wrong case (with a warning).
   */
  static TriggerReasonEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    TriggerReasonEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
