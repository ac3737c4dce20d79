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
 * Attribute type for which value is requested. When absent, default Actual is assumed.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum AttributeEnum implements WireEnum {
  /** {@code Actual} */
  ACTUAL("Actual"),
  /** {@code Target} */
  TARGET("Target"),
  /** {@code MinSet} */
  MIN_SET("MinSet"),
  /** {@code MaxSet} */
  MAX_SET("MaxSet");

  private final String wireValue;

  AttributeEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<AttributeEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static AttributeEnum lookup(String value) {
    switch (value) {
      case "Actual":
        return ACTUAL;
      case "Target":
        return TARGET;
      case "MinSet":
        return MIN_SET;
      case "MaxSet":
        return MAX_SET;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning).
   */
  static AttributeEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    AttributeEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
