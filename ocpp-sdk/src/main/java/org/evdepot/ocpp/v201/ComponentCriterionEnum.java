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
 * OCPP 2.0.1 enumeration {@code ComponentCriterionEnum}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ComponentCriterionEnum implements WireEnum {
  /** {@code Active} */
  ACTIVE("Active"),
  /** {@code Available} */
  AVAILABLE("Available"),
  /** {@code Enabled} */
  ENABLED("Enabled"),
  /** {@code Problem} */
  PROBLEM("Problem");

  private final String wireValue;

  ComponentCriterionEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ComponentCriterionEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ComponentCriterionEnum lookup(String value) {
    switch (value) {
      case "Active":
        return ACTIVE;
      case "Available":
        return AVAILABLE;
      case "Enabled":
        return ENABLED;
      case "Problem":
        return PROBLEM;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning).
   */
  static ComponentCriterionEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    ComponentCriterionEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
