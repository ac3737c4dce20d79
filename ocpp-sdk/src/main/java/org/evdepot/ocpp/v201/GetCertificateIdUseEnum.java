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
 * Indicates the type of the requested certificate(s).
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum GetCertificateIdUseEnum implements WireEnum {
  /** {@code V2GRootCertificate} */
  V2G_ROOT_CERTIFICATE("V2GRootCertificate"),
  /** {@code MORootCertificate} */
  MO_ROOT_CERTIFICATE("MORootCertificate"),
  /** {@code CSMSRootCertificate} */
  CSMS_ROOT_CERTIFICATE("CSMSRootCertificate"),
  /** {@code V2GCertificateChain} */
  V2G_CERTIFICATE_CHAIN("V2GCertificateChain"),
  /** {@code ManufacturerRootCertificate} */
  MANUFACTURER_ROOT_CERTIFICATE("ManufacturerRootCertificate");

  private final String wireValue;

  GetCertificateIdUseEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<GetCertificateIdUseEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static GetCertificateIdUseEnum lookup(String value) {
    switch (value) {
      case "V2GRootCertificate":
        return V2G_ROOT_CERTIFICATE;
      case "MORootCertificate":
        return MO_ROOT_CERTIFICATE;
      case "CSMSRootCertificate":
        return CSMS_ROOT_CERTIFICATE;
      case "V2GCertificateChain":
        return V2G_CERTIFICATE_CHAIN;
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
  static GetCertificateIdUseEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    GetCertificateIdUseEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static GetCertificateIdUseEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 17:
        if (Codecs.sameText("MORootCertificate", text, offset)) {
          return MO_ROOT_CERTIFICATE;
        }
        return null;
      case 18:
        if (Codecs.sameText("V2GRootCertificate", text, offset)) {
          return V2G_ROOT_CERTIFICATE;
        }
        return null;
      case 19:
        if (Codecs.sameText("CSMSRootCertificate", text, offset)) {
          return CSMS_ROOT_CERTIFICATE;
        }
        if (Codecs.sameText("V2GCertificateChain", text, offset)) {
          return V2G_CERTIFICATE_CHAIN;
        }
        return null;
      case 27:
        if (Codecs.sameText("ManufacturerRootCertificate", text, offset)) {
          return MANUFACTURER_ROOT_CERTIFICATE;
        }
        return null;
      default:
        return null;
    }
  }
}
