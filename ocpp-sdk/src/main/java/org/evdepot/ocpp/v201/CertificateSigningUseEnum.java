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
 * Indicates the type of the signed certificate that is returned. When omitted the certificate is
 * used for both the 15118 connection (if implemented) and the Charging Station to CSMS connection.
 * This field is required when a typeOfCertificate was included in the SignCertificateRequest that
 * requested this certificate to be signed AND both the 15118 connection and the Charging Station
 * connection are implemented.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum CertificateSigningUseEnum implements WireEnum {
  /** {@code ChargingStationCertificate} */
  CHARGING_STATION_CERTIFICATE("ChargingStationCertificate"),
  /** {@code V2GCertificate} */
  V2G_CERTIFICATE("V2GCertificate");

  private final String wireValue;

  CertificateSigningUseEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<CertificateSigningUseEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static CertificateSigningUseEnum lookup(String value) {
    switch (value) {
      case "ChargingStationCertificate":
        return CHARGING_STATION_CERTIFICATE;
      case "V2GCertificate":
        return V2G_CERTIFICATE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static CertificateSigningUseEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    CertificateSigningUseEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static CertificateSigningUseEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 14:
        if (Codecs.sameText("V2GCertificate", text, offset)) {
          return V2G_CERTIFICATE;
        }
        return null;
      case 26:
        if (Codecs.sameText("ChargingStationCertificate", text, offset)) {
          return CHARGING_STATION_CERTIFICATE;
        }
        return null;
      default:
        return null;
    }
  }
}
