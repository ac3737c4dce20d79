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
 * Certificate status information. - if all certificates are valid: return 'Accepted'. - if one of
 * the certificates was revoked, return 'CertificateRevoked'.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum AuthorizeCertificateStatusEnum implements WireEnum {
  /** {@code Accepted} */
  ACCEPTED("Accepted"),
  /** {@code SignatureError} */
  SIGNATURE_ERROR("SignatureError"),
  /** {@code CertificateExpired} */
  CERTIFICATE_EXPIRED("CertificateExpired"),
  /** {@code CertificateRevoked} */
  CERTIFICATE_REVOKED("CertificateRevoked"),
  /** {@code NoCertificateAvailable} */
  NO_CERTIFICATE_AVAILABLE("NoCertificateAvailable"),
  /** {@code CertChainError} */
  CERT_CHAIN_ERROR("CertChainError"),
  /** {@code ContractCancelled} */
  CONTRACT_CANCELLED("ContractCancelled");

  private final String wireValue;

  AuthorizeCertificateStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<AuthorizeCertificateStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static AuthorizeCertificateStatusEnum lookup(String value) {
    switch (value) {
      case "Accepted":
        return ACCEPTED;
      case "SignatureError":
        return SIGNATURE_ERROR;
      case "CertificateExpired":
        return CERTIFICATE_EXPIRED;
      case "CertificateRevoked":
        return CERTIFICATE_REVOKED;
      case "NoCertificateAvailable":
        return NO_CERTIFICATE_AVAILABLE;
      case "CertChainError":
        return CERT_CHAIN_ERROR;
      case "ContractCancelled":
        return CONTRACT_CANCELLED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static AuthorizeCertificateStatusEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    AuthorizeCertificateStatusEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static AuthorizeCertificateStatusEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 8:
        if (Codecs.sameText("Accepted", text, offset)) {
          return ACCEPTED;
        }
        return null;
      case 14:
        if (Codecs.sameText("SignatureError", text, offset)) {
          return SIGNATURE_ERROR;
        }
        if (Codecs.sameText("CertChainError", text, offset)) {
          return CERT_CHAIN_ERROR;
        }
        return null;
      case 17:
        if (Codecs.sameText("ContractCancelled", text, offset)) {
          return CONTRACT_CANCELLED;
        }
        return null;
      case 18:
        if (Codecs.sameText("CertificateExpired", text, offset)) {
          return CERTIFICATE_EXPIRED;
        }
        if (Codecs.sameText("CertificateRevoked", text, offset)) {
          return CERTIFICATE_REVOKED;
        }
        return null;
      case 22:
        if (Codecs.sameText("NoCertificateAvailable", text, offset)) {
          return NO_CERTIFICATE_AVAILABLE;
        }
        return null;
      default:
        return null;
    }
  }
}
