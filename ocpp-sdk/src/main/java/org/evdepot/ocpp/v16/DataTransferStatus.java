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
 * OCPP 1.6 enumeration {@code DataTransferStatus}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum DataTransferStatus implements WireEnum {
  /** {@code Accepted} */
  ACCEPTED("Accepted"),
  /** {@code Rejected} */
  REJECTED("Rejected"),
  /** {@code UnknownMessageId} */
  UNKNOWN_MESSAGE_ID("UnknownMessageId"),
  /** {@code UnknownVendorId} */
  UNKNOWN_VENDOR_ID("UnknownVendorId");

  private final String wireValue;

  DataTransferStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<DataTransferStatus> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static DataTransferStatus lookup(String value) {
    switch (value) {
      case "Accepted":
        return ACCEPTED;
      case "Rejected":
        return REJECTED;
      case "UnknownMessageId":
        return UNKNOWN_MESSAGE_ID;
      case "UnknownVendorId":
        return UNKNOWN_VENDOR_ID;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static DataTransferStatus read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    DataTransferStatus value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static DataTransferStatus match(char[] text, int offset, int length) {
    switch (length) {
      case 8:
        if (Codecs.sameText("Accepted", text, offset)) {
          return ACCEPTED;
        }
        if (Codecs.sameText("Rejected", text, offset)) {
          return REJECTED;
        }
        return null;
      case 15:
        if (Codecs.sameText("UnknownVendorId", text, offset)) {
          return UNKNOWN_VENDOR_ID;
        }
        return null;
      case 16:
        if (Codecs.sameText("UnknownMessageId", text, offset)) {
          return UNKNOWN_MESSAGE_ID;
        }
        return null;
      default:
        return null;
    }
  }
}
