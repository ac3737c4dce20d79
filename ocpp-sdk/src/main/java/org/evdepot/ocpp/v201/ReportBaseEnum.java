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
 * This field specifies the report base.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ReportBaseEnum implements WireEnum {
  /** {@code ConfigurationInventory} */
  CONFIGURATION_INVENTORY("ConfigurationInventory"),
  /** {@code FullInventory} */
  FULL_INVENTORY("FullInventory"),
  /** {@code SummaryInventory} */
  SUMMARY_INVENTORY("SummaryInventory");

  private final String wireValue;

  ReportBaseEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ReportBaseEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ReportBaseEnum lookup(String value) {
    switch (value) {
      case "ConfigurationInventory":
        return CONFIGURATION_INVENTORY;
      case "FullInventory":
        return FULL_INVENTORY;
      case "SummaryInventory":
        return SUMMARY_INVENTORY;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ReportBaseEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ReportBaseEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ReportBaseEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 13:
        if (Codecs.sameText("FullInventory", text, offset)) {
          return FULL_INVENTORY;
        }
        return null;
      case 16:
        if (Codecs.sameText("SummaryInventory", text, offset)) {
          return SUMMARY_INVENTORY;
        }
        return null;
      case 22:
        if (Codecs.sameText("ConfigurationInventory", text, offset)) {
          return CONFIGURATION_INVENTORY;
        }
        return null;
      default:
        return null;
    }
  }
}
