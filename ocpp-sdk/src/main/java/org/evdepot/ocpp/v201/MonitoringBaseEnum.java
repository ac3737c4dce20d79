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
 * Specify which monitoring base will be set
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum MonitoringBaseEnum implements WireEnum {
  /** {@code All} */
  ALL("All"),
  /** {@code FactoryDefault} */
  FACTORY_DEFAULT("FactoryDefault"),
  /** {@code HardWiredOnly} */
  HARD_WIRED_ONLY("HardWiredOnly");

  private final String wireValue;

  MonitoringBaseEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<MonitoringBaseEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static MonitoringBaseEnum lookup(String value) {
    switch (value) {
      case "All":
        return ALL;
      case "FactoryDefault":
        return FACTORY_DEFAULT;
      case "HardWiredOnly":
        return HARD_WIRED_ONLY;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static MonitoringBaseEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    MonitoringBaseEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static MonitoringBaseEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 3:
        if (Codecs.sameText("All", text, offset)) {
          return ALL;
        }
        return null;
      case 13:
        if (Codecs.sameText("HardWiredOnly", text, offset)) {
          return HARD_WIRED_ONLY;
        }
        return null;
      case 14:
        if (Codecs.sameText("FactoryDefault", text, offset)) {
          return FACTORY_DEFAULT;
        }
        return null;
      default:
        return null;
    }
  }
}
