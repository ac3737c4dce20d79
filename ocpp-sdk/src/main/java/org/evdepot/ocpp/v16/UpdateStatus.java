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
 * OCPP 1.6 enumeration {@code UpdateStatus}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum UpdateStatus implements WireEnum {
  /** {@code Accepted} */
  ACCEPTED("Accepted"),
  /** {@code Failed} */
  FAILED("Failed"),
  /** {@code NotSupported} */
  NOT_SUPPORTED("NotSupported"),
  /** {@code VersionMismatch} */
  VERSION_MISMATCH("VersionMismatch");

  private final String wireValue;

  UpdateStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<UpdateStatus> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static UpdateStatus lookup(String value) {
    switch (value) {
      case "Accepted":
        return ACCEPTED;
      case "Failed":
        return FAILED;
      case "NotSupported":
        return NOT_SUPPORTED;
      case "VersionMismatch":
        return VERSION_MISMATCH;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static UpdateStatus read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    UpdateStatus value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static UpdateStatus match(char[] text, int offset, int length) {
    switch (length) {
      case 6:
        if (Codecs.sameText("Failed", text, offset)) {
          return FAILED;
        }
        return null;
      case 8:
        if (Codecs.sameText("Accepted", text, offset)) {
          return ACCEPTED;
        }
        return null;
      case 12:
        if (Codecs.sameText("NotSupported", text, offset)) {
          return NOT_SUPPORTED;
        }
        return null;
      case 15:
        if (Codecs.sameText("VersionMismatch", text, offset)) {
          return VERSION_MISMATCH;
        }
        return null;
      default:
        return null;
    }
  }
}
