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
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static EnergyTransferModeEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    EnergyTransferModeEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static EnergyTransferModeEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 2:
        if (Codecs.sameText("DC", text, offset)) {
          return DC;
        }
        return null;
      case 12:
        if (Codecs.sameText("AC_two_phase", text, offset)) {
          return AC_TWO_PHASE;
        }
        return null;
      case 14:
        if (Codecs.sameText("AC_three_phase", text, offset)) {
          return AC_THREE_PHASE;
        }
        return null;
      case 15:
        if (Codecs.sameText("AC_single_phase", text, offset)) {
          return AC_SINGLE_PHASE;
        }
        return null;
      default:
        return null;
    }
  }
}
