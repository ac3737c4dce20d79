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
 * OCPP 1.6 enumeration {@code UploadLogStatusEnum}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum UploadLogStatusEnum implements WireEnum {
  /** {@code BadMessage} */
  BAD_MESSAGE("BadMessage"),
  /** {@code Idle} */
  IDLE("Idle"),
  /** {@code NotSupportedOperation} */
  NOT_SUPPORTED_OPERATION("NotSupportedOperation"),
  /** {@code PermissionDenied} */
  PERMISSION_DENIED("PermissionDenied"),
  /** {@code Uploaded} */
  UPLOADED("Uploaded"),
  /** {@code UploadFailure} */
  UPLOAD_FAILURE("UploadFailure"),
  /** {@code Uploading} */
  UPLOADING("Uploading");

  private final String wireValue;

  UploadLogStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<UploadLogStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static UploadLogStatusEnum lookup(String value) {
    switch (value) {
      case "BadMessage":
        return BAD_MESSAGE;
      case "Idle":
        return IDLE;
      case "NotSupportedOperation":
        return NOT_SUPPORTED_OPERATION;
      case "PermissionDenied":
        return PERMISSION_DENIED;
      case "Uploaded":
        return UPLOADED;
      case "UploadFailure":
        return UPLOAD_FAILURE;
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
  static UploadLogStatusEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    UploadLogStatusEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static UploadLogStatusEnum match(char[] text, int offset, int length) {
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
      case 10:
        if (Codecs.sameText("BadMessage", text, offset)) {
          return BAD_MESSAGE;
        }
        return null;
      case 13:
        if (Codecs.sameText("UploadFailure", text, offset)) {
          return UPLOAD_FAILURE;
        }
        return null;
      case 16:
        if (Codecs.sameText("PermissionDenied", text, offset)) {
          return PERMISSION_DENIED;
        }
        return null;
      case 21:
        if (Codecs.sameText("NotSupportedOperation", text, offset)) {
          return NOT_SUPPORTED_OPERATION;
        }
        return null;
      default:
        return null;
    }
  }
}
