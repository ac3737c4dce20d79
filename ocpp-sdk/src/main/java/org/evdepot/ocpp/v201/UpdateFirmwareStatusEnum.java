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
 * This field indicates whether the Charging Station was able to accept the request.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum UpdateFirmwareStatusEnum implements WireEnum {
  /** {@code Accepted} */
  ACCEPTED("Accepted"),
  /** {@code Rejected} */
  REJECTED("Rejected"),
  /** {@code AcceptedCanceled} */
  ACCEPTED_CANCELED("AcceptedCanceled"),
  /** {@code InvalidCertificate} */
  INVALID_CERTIFICATE("InvalidCertificate"),
  /** {@code RevokedCertificate} */
  REVOKED_CERTIFICATE("RevokedCertificate");

  private final String wireValue;

  UpdateFirmwareStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<UpdateFirmwareStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static UpdateFirmwareStatusEnum lookup(String value) {
    switch (value) {
      case "Accepted":
        return ACCEPTED;
      case "Rejected":
        return REJECTED;
      case "AcceptedCanceled":
        return ACCEPTED_CANCELED;
      case "InvalidCertificate":
        return INVALID_CERTIFICATE;
      case "RevokedCertificate":
        return REVOKED_CERTIFICATE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static UpdateFirmwareStatusEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    UpdateFirmwareStatusEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static UpdateFirmwareStatusEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 8:
        if (Codecs.sameText("Accepted", text, offset)) {
          return ACCEPTED;
        }
        if (Codecs.sameText("Rejected", text, offset)) {
          return REJECTED;
        }
        return null;
      case 16:
        if (Codecs.sameText("AcceptedCanceled", text, offset)) {
          return ACCEPTED_CANCELED;
        }
        return null;
      case 18:
        if (Codecs.sameText("InvalidCertificate", text, offset)) {
          return INVALID_CERTIFICATE;
        }
        if (Codecs.sameText("RevokedCertificate", text, offset)) {
          return REVOKED_CERTIFICATE;
        }
        return null;
      default:
        return null;
    }
  }
}
