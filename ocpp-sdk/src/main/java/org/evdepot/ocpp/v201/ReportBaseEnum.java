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
   * wrong case (with a warning).
   */
  static ReportBaseEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    ReportBaseEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
