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
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ComponentCriterionEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ComponentCriterionEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ComponentCriterionEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 6:
        if (Codecs.sameText("Active", text, offset)) {
          return ACTIVE;
        }
        return null;
      case 7:
        if (Codecs.sameText("Enabled", text, offset)) {
          return ENABLED;
        }
        if (Codecs.sameText("Problem", text, offset)) {
          return PROBLEM;
        }
        return null;
      case 9:
        if (Codecs.sameText("Available", text, offset)) {
          return AVAILABLE;
        }
        return null;
      default:
        return null;
    }
  }
}
