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
 * This indicates whether the Charging Station is able to process this request and will send
 * ReportChargingProfilesRequest messages.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum GetChargingProfileStatusEnum implements WireEnum {
  /** {@code Accepted} */
  ACCEPTED("Accepted"),
  /** {@code NoProfiles} */
  NO_PROFILES("NoProfiles");

  private final String wireValue;

  GetChargingProfileStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<GetChargingProfileStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static GetChargingProfileStatusEnum lookup(String value) {
    switch (value) {
      case "Accepted":
        return ACCEPTED;
      case "NoProfiles":
        return NO_PROFILES;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static GetChargingProfileStatusEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    GetChargingProfileStatusEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static GetChargingProfileStatusEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 8:
        if (Codecs.sameText("Accepted", text, offset)) {
          return ACCEPTED;
        }
        return null;
      case 10:
        if (Codecs.sameText("NoProfiles", text, offset)) {
          return NO_PROFILES;
        }
        return null;
      default:
        return null;
    }
  }
}
