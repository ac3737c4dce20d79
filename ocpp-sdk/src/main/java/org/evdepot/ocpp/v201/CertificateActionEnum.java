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
 * Defines whether certificate needs to be installed or updated.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum CertificateActionEnum implements WireEnum {
  /** {@code Install} */
  INSTALL("Install"),
  /** {@code Update} */
  UPDATE("Update");

  private final String wireValue;

  CertificateActionEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<CertificateActionEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static CertificateActionEnum lookup(String value) {
    switch (value) {
      case "Install":
        return INSTALL;
      case "Update":
        return UPDATE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static CertificateActionEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    CertificateActionEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static CertificateActionEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 6:
        if (Codecs.sameText("Update", text, offset)) {
          return UPDATE;
        }
        return null;
      case 7:
        if (Codecs.sameText("Install", text, offset)) {
          return INSTALL;
        }
        return null;
      default:
        return null;
    }
  }
}
