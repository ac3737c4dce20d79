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
 * Defines the transport protocol (e.g. SOAP or JSON). Note: SOAP is not supported in OCPP 2.0, but
 * is supported by other versions of OCPP.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum OCPPTransportEnum implements WireEnum {
  /** {@code JSON} */
  JSON("JSON"),
  /** {@code SOAP} */
  SOAP("SOAP");

  private final String wireValue;

  OCPPTransportEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<OCPPTransportEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static OCPPTransportEnum lookup(String value) {
    switch (value) {
      case "JSON":
        return JSON;
      case "SOAP":
        return SOAP;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static OCPPTransportEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    OCPPTransportEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static OCPPTransportEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 4:
        if (Codecs.sameText("JSON", text, offset)) {
          return JSON;
        }
        if (Codecs.sameText("SOAP", text, offset)) {
          return SOAP;
        }
        return null;
      default:
        return null;
    }
  }
}
