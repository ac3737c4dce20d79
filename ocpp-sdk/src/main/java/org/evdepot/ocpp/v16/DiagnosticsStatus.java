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
 * OCPP 1.6 enumeration {@code DiagnosticsStatus}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum DiagnosticsStatus implements WireEnum {
  /** {@code Idle} */
  IDLE("Idle"),
  /** {@code Uploaded} */
  UPLOADED("Uploaded"),
  /** {@code UploadFailed} */
  UPLOAD_FAILED("UploadFailed"),
  /** {@code Uploading} */
  UPLOADING("Uploading");

  private final String wireValue;

  DiagnosticsStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<DiagnosticsStatus> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static DiagnosticsStatus lookup(String value) {
    switch (value) {
      case "Idle":
        return IDLE;
      case "Uploaded":
        return UPLOADED;
      case "UploadFailed":
        return UPLOAD_FAILED;
      case "Uploading":
        return UPLOADING;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static DiagnosticsStatus read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    DiagnosticsStatus value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static DiagnosticsStatus match(char[] text, int offset, int length) {
    switch (length) {
      case 4:
        if (Codecs.sameText("Idle", text, offset)) {
          return IDLE;
        }
        return null;
      case 8:
        if (Codecs.sameText("Uploaded", text, offset)) {
          return UPLOADED;
        }
        return null;
      case 9:
        if (Codecs.sameText("Uploading", text, offset)) {
          return UPLOADING;
        }
        return null;
      case 12:
        if (Codecs.sameText("UploadFailed", text, offset)) {
          return UPLOAD_FAILED;
        }
        return null;
      default:
        return null;
    }
  }
}
