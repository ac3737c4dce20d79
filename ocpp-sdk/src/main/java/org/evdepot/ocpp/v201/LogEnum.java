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
 * This contains the type of log file that the Charging Station should send.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum LogEnum implements WireEnum {
  /** {@code DiagnosticsLog} */
  DIAGNOSTICS_LOG("DiagnosticsLog"),
  /** {@code SecurityLog} */
  SECURITY_LOG("SecurityLog");

  private final String wireValue;

  LogEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<LogEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static LogEnum lookup(String value) {
    switch (value) {
      case "DiagnosticsLog":
        return DIAGNOSTICS_LOG;
      case "SecurityLog":
        return SECURITY_LOG;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static LogEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    LogEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static LogEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 11:
        if (Codecs.sameText("SecurityLog", text, offset)) {
          return SECURITY_LOG;
        }
        return null;
      case 14:
        if (Codecs.sameText("DiagnosticsLog", text, offset)) {
          return DIAGNOSTICS_LOG;
        }
        return null;
      default:
        return null;
    }
  }
}
