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
 * The kind of cost referred to in the message element amount
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum CostKindEnum implements WireEnum {
  /** {@code CarbonDioxideEmission} */
  CARBON_DIOXIDE_EMISSION("CarbonDioxideEmission"),
  /** {@code RelativePricePercentage} */
  RELATIVE_PRICE_PERCENTAGE("RelativePricePercentage"),
  /** {@code RenewableGenerationPercentage} */
  RENEWABLE_GENERATION_PERCENTAGE("RenewableGenerationPercentage");

  private final String wireValue;

  CostKindEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<CostKindEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static CostKindEnum lookup(String value) {
    switch (value) {
      case "CarbonDioxideEmission":
        return CARBON_DIOXIDE_EMISSION;
      case "RelativePricePercentage":
        return RELATIVE_PRICE_PERCENTAGE;
      case "RenewableGenerationPercentage":
        return RENEWABLE_GENERATION_PERCENTAGE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static CostKindEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    CostKindEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static CostKindEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 21:
        if (Codecs.sameText("CarbonDioxideEmission", text, offset)) {
          return CARBON_DIOXIDE_EMISSION;
        }
        return null;
      case 23:
        if (Codecs.sameText("RelativePricePercentage", text, offset)) {
          return RELATIVE_PRICE_PERCENTAGE;
        }
        return null;
      case 29:
        if (Codecs.sameText("RenewableGenerationPercentage", text, offset)) {
          return RENEWABLE_GENERATION_PERCENTAGE;
        }
        return null;
      default:
        return null;
    }
  }
}
