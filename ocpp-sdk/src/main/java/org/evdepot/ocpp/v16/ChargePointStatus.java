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
 * OCPP 1.6 enumeration {@code ChargePointStatus}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ChargePointStatus implements WireEnum {
  /** {@code Available} */
  AVAILABLE("Available"),
  /** {@code Preparing} */
  PREPARING("Preparing"),
  /** {@code Charging} */
  CHARGING("Charging"),
  /** {@code SuspendedEVSE} */
  SUSPENDED_EVSE("SuspendedEVSE"),
  /** {@code SuspendedEV} */
  SUSPENDED_EV("SuspendedEV"),
  /** {@code Finishing} */
  FINISHING("Finishing"),
  /** {@code Reserved} */
  RESERVED("Reserved"),
  /** {@code Unavailable} */
  UNAVAILABLE("Unavailable"),
  /** {@code Faulted} */
  FAULTED("Faulted");

  private final String wireValue;

  ChargePointStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ChargePointStatus> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ChargePointStatus lookup(String value) {
    switch (value) {
      case "Available":
        return AVAILABLE;
      case "Preparing":
        return PREPARING;
      case "Charging":
        return CHARGING;
      case "SuspendedEVSE":
        return SUSPENDED_EVSE;
      case "SuspendedEV":
        return SUSPENDED_EV;
      case "Finishing":
        return FINISHING;
      case "Reserved":
        return RESERVED;
      case "Unavailable":
        return UNAVAILABLE;
      case "Faulted":
        return FAULTED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning).
   */
  static ChargePointStatus read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    ChargePointStatus value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
