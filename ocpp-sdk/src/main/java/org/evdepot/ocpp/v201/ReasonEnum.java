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
 * This contains the reason why the transaction was stopped. MAY only be omitted when Reason is
 * "Local".
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ReasonEnum implements WireEnum {
  /** {@code DeAuthorized} */
  DE_AUTHORIZED("DeAuthorized"),
  /** {@code EmergencyStop} */
  EMERGENCY_STOP("EmergencyStop"),
  /** {@code EnergyLimitReached} */
  ENERGY_LIMIT_REACHED("EnergyLimitReached"),
  /** {@code EVDisconnected} */
  EV_DISCONNECTED("EVDisconnected"),
  /** {@code GroundFault} */
  GROUND_FAULT("GroundFault"),
  /** {@code ImmediateReset} */
  IMMEDIATE_RESET("ImmediateReset"),
  /** {@code Local} */
  LOCAL("Local"),
  /** {@code LocalOutOfCredit} */
  LOCAL_OUT_OF_CREDIT("LocalOutOfCredit"),
  /** {@code MasterPass} */
  MASTER_PASS("MasterPass"),
  /** {@code Other} */
  OTHER("Other"),
  /** {@code OvercurrentFault} */
  OVERCURRENT_FAULT("OvercurrentFault"),
  /** {@code PowerLoss} */
  POWER_LOSS("PowerLoss"),
  /** {@code PowerQuality} */
  POWER_QUALITY("PowerQuality"),
  /** {@code Reboot} */
  REBOOT("Reboot"),
  /** {@code Remote} */
  REMOTE("Remote"),
  /** {@code SOCLimitReached} */
  SOC_LIMIT_REACHED("SOCLimitReached"),
  /** {@code StoppedByEV} */
  STOPPED_BY_EV("StoppedByEV"),
  /** {@code TimeLimitReached} */
  TIME_LIMIT_REACHED("TimeLimitReached"),
  /** {@code Timeout} */
  TIMEOUT("Timeout");

  private final String wireValue;

  ReasonEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ReasonEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ReasonEnum lookup(String value) {
    switch (value) {
      case "DeAuthorized":
        return DE_AUTHORIZED;
      case "EmergencyStop":
        return EMERGENCY_STOP;
      case "EnergyLimitReached":
        return ENERGY_LIMIT_REACHED;
      case "EVDisconnected":
        return EV_DISCONNECTED;
      case "GroundFault":
        return GROUND_FAULT;
      case "ImmediateReset":
        return IMMEDIATE_RESET;
      case "Local":
        return LOCAL;
      case "LocalOutOfCredit":
        return LOCAL_OUT_OF_CREDIT;
      case "MasterPass":
        return MASTER_PASS;
      case "Other":
        return OTHER;
      case "OvercurrentFault":
        return OVERCURRENT_FAULT;
      case "PowerLoss":
        return POWER_LOSS;
      case "PowerQuality":
        return POWER_QUALITY;
      case "Reboot":
        return REBOOT;
      case "Remote":
        return REMOTE;
      case "SOCLimitReached":
        return SOC_LIMIT_REACHED;
      case "StoppedByEV":
        return STOPPED_BY_EV;
      case "TimeLimitReached":
        return TIME_LIMIT_REACHED;
      case "Timeout":
        return TIMEOUT;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ReasonEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ReasonEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ReasonEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 5:
        if (Codecs.sameText("Local", text, offset)) {
          return LOCAL;
        }
        if (Codecs.sameText("Other", text, offset)) {
          return OTHER;
        }
        return null;
      case 6:
        if (Codecs.sameText("Reboot", text, offset)) {
          return REBOOT;
        }
        if (Codecs.sameText("Remote", text, offset)) {
          return REMOTE;
        }
        return null;
      case 7:
        if (Codecs.sameText("Timeout", text, offset)) {
          return TIMEOUT;
        }
        return null;
      case 9:
        if (Codecs.sameText("PowerLoss", text, offset)) {
          return POWER_LOSS;
        }
        return null;
      case 10:
        if (Codecs.sameText("MasterPass", text, offset)) {
          return MASTER_PASS;
        }
        return null;
      case 11:
        if (Codecs.sameText("GroundFault", text, offset)) {
          return GROUND_FAULT;
        }
        if (Codecs.sameText("StoppedByEV", text, offset)) {
          return STOPPED_BY_EV;
        }
        return null;
      case 12:
        if (Codecs.sameText("DeAuthorized", text, offset)) {
          return DE_AUTHORIZED;
        }
        if (Codecs.sameText("PowerQuality", text, offset)) {
          return POWER_QUALITY;
        }
        return null;
      case 13:
        if (Codecs.sameText("EmergencyStop", text, offset)) {
          return EMERGENCY_STOP;
        }
        return null;
      case 14:
        if (Codecs.sameText("EVDisconnected", text, offset)) {
          return EV_DISCONNECTED;
        }
        if (Codecs.sameText("ImmediateReset", text, offset)) {
          return IMMEDIATE_RESET;
        }
        return null;
      case 15:
        if (Codecs.sameText("SOCLimitReached", text, offset)) {
          return SOC_LIMIT_REACHED;
        }
        return null;
      case 16:
        if (Codecs.sameText("LocalOutOfCredit", text, offset)) {
          return LOCAL_OUT_OF_CREDIT;
        }
        if (Codecs.sameText("OvercurrentFault", text, offset)) {
          return OVERCURRENT_FAULT;
        }
        if (Codecs.sameText("TimeLimitReached", text, offset)) {
          return TIME_LIMIT_REACHED;
        }
        return null;
      case 18:
        if (Codecs.sameText("EnergyLimitReached", text, offset)) {
          return ENERGY_LIMIT_REACHED;
        }
        return null;
      default:
        return null;
    }
  }
}
