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
   * wrong case (with a warning).
   */
  static ChargingStateEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    ChargingStateEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
