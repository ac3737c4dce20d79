// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.WireEnum;

/**
 * This contains the status of the log upload.
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
  UPLOADING("Uploading"),
  /** {@code AcceptedCanceled} */
  ACCEPTED_CANCELED("AcceptedCanceled");

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
      case "AcceptedCanceled":
        return ACCEPTED_CANCELED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning).
   */
  static UploadLogStatusEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    UploadLogStatusEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
