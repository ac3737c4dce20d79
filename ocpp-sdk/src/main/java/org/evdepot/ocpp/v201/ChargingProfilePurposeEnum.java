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
 * Specifies to purpose of the charging profiles that will be cleared, if they meet the other
 * criteria in the request.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ChargingProfilePurposeEnum implements WireEnum {
  /** {@code ChargingStationExternalConstraints} */
  CHARGING_STATION_EXTERNAL_CONSTRAINTS("ChargingStationExternalConstraints"),
  /** {@code ChargingStationMaxProfile} */
  CHARGING_STATION_MAX_PROFILE("ChargingStationMaxProfile"),
  /** {@code TxDefaultProfile} */
  TX_DEFAULT_PROFILE("TxDefaultProfile"),
  /** {@code TxProfile} */
  TX_PROFILE("TxProfile");

  private final String wireValue;

  ChargingProfilePurposeEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ChargingProfilePurposeEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ChargingProfilePurposeEnum lookup(String value) {
    switch (value) {
      case "ChargingStationExternalConstraints":
        return CHARGING_STATION_EXTERNAL_CONSTRAINTS;
      case "ChargingStationMaxProfile":
        return CHARGING_STATION_MAX_PROFILE;
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
  static ChargingProfilePurposeEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ChargingProfilePurposeEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ChargingProfilePurposeEnum match(char[] text, int offset, int length) {
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
      case 25:
        if (Codecs.sameText("ChargingStationMaxProfile", text, offset)) {
          return CHARGING_STATION_MAX_PROFILE;
        }
        return null;
      case 34:
        if (Codecs.sameText("ChargingStationExternalConstraints", text, offset)) {
          return CHARGING_STATION_EXTERNAL_CONSTRAINTS;
        }
        return null;
      default:
        return null;
    }
  }
}
