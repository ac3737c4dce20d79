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
 * Defines the OCPP version used for this communication function.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum OCPPVersionEnum implements WireEnum {
  /** {@code OCPP12} */
  OCPP12("OCPP12"),
  /** {@code OCPP15} */
  OCPP15("OCPP15"),
  /** {@code OCPP16} */
  OCPP16("OCPP16"),
  /** {@code OCPP20} */
  OCPP20("OCPP20");

  private final String wireValue;

  OCPPVersionEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<OCPPVersionEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static OCPPVersionEnum lookup(String value) {
    switch (value) {
      case "OCPP12":
        return OCPP12;
      case "OCPP15":
        return OCPP15;
      case "OCPP16":
        return OCPP16;
      case "OCPP20":
        return OCPP20;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning).
   */
  static OCPPVersionEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    OCPPVersionEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
