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
 * OCPP 1.6 enumeration {@code ChargingProfilePurposeType}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ChargingProfilePurposeType implements WireEnum {
  /** {@code ChargePointMaxProfile} */
  CHARGE_POINT_MAX_PROFILE("ChargePointMaxProfile"),
  /** {@code TxDefaultProfile} */
  TX_DEFAULT_PROFILE("TxDefaultProfile"),
  /** {@code TxProfile} */
  TX_PROFILE("TxProfile");

  private final String wireValue;

  ChargingProfilePurposeType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ChargingProfilePurposeType> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ChargingProfilePurposeType lookup(String value) {
    switch (value) {
      case "ChargePointMaxProfile":
        return CHARGE_POINT_MAX_PROFILE;
      case "TxDefaultProfile":
        return TX_DEFAULT_PROFILE;
      case "TxProfile":
        return TX_PROFILE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ChargingProfilePurposeType read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ChargingProfilePurposeType value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ChargingProfilePurposeType match(char[] text, int offset, int length) {
    switch (length) {
      case 9:
        if (Codecs.sameText("TxProfile", text, offset)) {
          return TX_PROFILE;
        }
        return null;
      case 16:
        if (Codecs.sameText("TxDefaultProfile", text, offset)) {
          return TX_DEFAULT_PROFILE;
        }
        return null;
      case 21:
        if (Codecs.sameText("ChargePointMaxProfile", text, offset)) {
          return CHARGE_POINT_MAX_PROFILE;
        }
        return null;
      default:
        return null;
    }
  }
}
