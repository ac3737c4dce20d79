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
 * Indicates whether the Local Controller succeeded in unpublishing the firmware.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum UnpublishFirmwareStatusEnum implements WireEnum {
  /** {@code DownloadOngoing} */
  DOWNLOAD_ONGOING("DownloadOngoing"),
  /** {@code NoFirmware} */
  NO_FIRMWARE("NoFirmware"),
  /** {@code Unpublished} */
  UNPUBLISHED("Unpublished");

  private final String wireValue;

  UnpublishFirmwareStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<UnpublishFirmwareStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static UnpublishFirmwareStatusEnum lookup(String value) {
    switch (value) {
      case "DownloadOngoing":
        return DOWNLOAD_ONGOING;
      case "NoFirmware":
        return NO_FIRMWARE;
      case "Unpublished":
        return UNPUBLISHED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static UnpublishFirmwareStatusEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    UnpublishFirmwareStatusEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static UnpublishFirmwareStatusEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 10:
        if (Codecs.sameText("NoFirmware", text, offset)) {
          return NO_FIRMWARE;
        }
        return null;
      case 11:
        if (Codecs.sameText("Unpublished", text, offset)) {
          return UNPUBLISHED;
        }
        return null;
      case 15:
        if (Codecs.sameText("DownloadOngoing", text, offset)) {
          return DOWNLOAD_ONGOING;
        }
        return null;
      default:
        return null;
    }
  }
}
