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
 * This indicates whether the Charging Station is able to process this request and will send
 * &amp;lt;&amp;lt;reportchargingprofilesrequest, ReportChargingProfilesRequest&amp;gt;&amp;gt;
 * messages.
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
   * wrong case (with a warning).
   */
  static GetChargingProfileStatusEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    GetChargingProfileStatusEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
