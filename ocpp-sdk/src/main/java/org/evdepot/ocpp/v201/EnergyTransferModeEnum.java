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
 * Mode of energy transfer requested by the EV.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum EnergyTransferModeEnum implements WireEnum {
  /** {@code DC} */
  DC("DC"),
  /** {@code AC_single_phase} */
  AC_SINGLE_PHASE("AC_single_phase"),
  /** {@code AC_two_phase} */
  AC_TWO_PHASE("AC_two_phase"),
  /** {@code AC_three_phase} */
  AC_THREE_PHASE("AC_three_phase");

  private final String wireValue;

  EnergyTransferModeEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<EnergyTransferModeEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static EnergyTransferModeEnum lookup(String value) {
    switch (value) {
      case "DC":
        return DC;
      case "AC_single_phase":
        return AC_SINGLE_PHASE;
      case "AC_two_phase":
        return AC_TWO_PHASE;
      case "AC_three_phase":
        return AC_THREE_PHASE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning).
   */
  static EnergyTransferModeEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    EnergyTransferModeEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
