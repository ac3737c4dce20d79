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
 * Current charging state, is required when state has changed.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ChargingStateEnum implements WireEnum {
  /** {@code Charging} */
  CHARGING("Charging"),
  /** {@code EVConnected} */
  EV_CONNECTED("EVConnected"),
  /** {@code SuspendedEV} */
  SUSPENDED_EV("SuspendedEV"),
  /** {@code SuspendedEVSE} */
  SUSPENDED_EVSE("SuspendedEVSE"),
  /** {@code Idle} */
  IDLE("Idle");

  private final String wireValue;

  ChargingStateEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ChargingStateEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ChargingStateEnum lookup(String value) {
    switch (value) {
      case "Charging":
        return CHARGING;
      case "EVConnected":
        return EV_CONNECTED;
      case "SuspendedEV":
        return SUSPENDED_EV;
      case "SuspendedEVSE":
        return SUSPENDED_EVSE;
      case "Idle":
        return IDLE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ChargingStateEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ChargingStateEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ChargingStateEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 4:
        if (Codecs.sameText("Idle", text, offset)) {
          return IDLE;
        }
        return null;
      case 8:
        if (Codecs.sameText("Charging", text, offset)) {
          return CHARGING;
        }
        return null;
      case 11:
        if (Codecs.sameText("EVConnected", text, offset)) {
          return EV_CONNECTED;
        }
        if (Codecs.sameText("SuspendedEV", text, offset)) {
          return SUSPENDED_EV;
        }
        return null;
      case 13:
        if (Codecs.sameText("SuspendedEVSE", text, offset)) {
          return SUSPENDED_EVSE;
        }
        return null;
      default:
        return null;
    }
  }
}
