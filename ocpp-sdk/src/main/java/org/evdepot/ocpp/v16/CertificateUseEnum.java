// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.WireEnum;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * OCPP 1.6 enumeration {@code CertificateUseEnum}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum CertificateUseEnum implements WireEnum {
  /** {@code CentralSystemRootCertificate} */
  CENTRAL_SYSTEM_ROOT_CERTIFICATE("CentralSystemRootCertificate"),
  /** {@code ManufacturerRootCertificate} */
  MANUFACTURER_ROOT_CERTIFICATE("ManufacturerRootCertificate");

  private final String wireValue;

  CertificateUseEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<CertificateUseEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static CertificateUseEnum lookup(String value) {
    switch (value) {
      case "CentralSystemRootCertificate":
        return CENTRAL_SYSTEM_ROOT_CERTIFICATE;
      case "ManufacturerRootCertificate":
        return MANUFACTURER_ROOT_CERTIFICATE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static CertificateUseEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    CertificateUseEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static CertificateUseEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 27:
        if (Codecs.sameText("ManufacturerRootCertificate", text, offset)) {
          return MANUFACTURER_ROOT_CERTIFICATE;
        }
        return null;
      case 28:
        if (Codecs.sameText("CentralSystemRootCertificate", text, offset)) {
          return CENTRAL_SYSTEM_ROOT_CERTIFICATE;
        }
        return null;
      default:
        return null;
    }
  }
}
