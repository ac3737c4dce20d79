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
 * This contains the progress status of the publishfirmware installation.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum PublishFirmwareStatusEnum implements WireEnum {
  /** {@code Idle} */
  IDLE("Idle"),
  /** {@code DownloadScheduled} */
  DOWNLOAD_SCHEDULED("DownloadScheduled"),
  /** {@code Downloading} */
  DOWNLOADING("Downloading"),
  /** {@code Downloaded} */
  DOWNLOADED("Downloaded"),
  /** {@code Published} */
  PUBLISHED("Published"),
  /** {@code DownloadFailed} */
  DOWNLOAD_FAILED("DownloadFailed"),
  /** {@code DownloadPaused} */
  DOWNLOAD_PAUSED("DownloadPaused"),
  /** {@code InvalidChecksum} */
  INVALID_CHECKSUM("InvalidChecksum"),
  /** {@code ChecksumVerified} */
  CHECKSUM_VERIFIED("ChecksumVerified"),
  /** {@code PublishFailed} */
  PUBLISH_FAILED("PublishFailed");

  private final String wireValue;

  PublishFirmwareStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<PublishFirmwareStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static PublishFirmwareStatusEnum lookup(String value) {
    switch (value) {
      case "Idle":
        return IDLE;
      case "DownloadScheduled":
        return DOWNLOAD_SCHEDULED;
      case "Downloading":
        return DOWNLOADING;
      case "Downloaded":
        return DOWNLOADED;
      case "Published":
        return PUBLISHED;
      case "DownloadFailed":
        return DOWNLOAD_FAILED;
      case "DownloadPaused":
        return DOWNLOAD_PAUSED;
      case "InvalidChecksum":
        return INVALID_CHECKSUM;
      case "ChecksumVerified":
        return CHECKSUM_VERIFIED;
      case "PublishFailed":
        return PUBLISH_FAILED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static PublishFirmwareStatusEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    PublishFirmwareStatusEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static PublishFirmwareStatusEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 4:
        if (Codecs.sameText("Idle", text, offset)) {
          return IDLE;
        }
        return null;
      case 9:
        if (Codecs.sameText("Published", text, offset)) {
          return PUBLISHED;
        }
        return null;
      case 10:
        if (Codecs.sameText("Downloaded", text, offset)) {
          return DOWNLOADED;
        }
        return null;
      case 11:
        if (Codecs.sameText("Downloading", text, offset)) {
          return DOWNLOADING;
        }
        return null;
      case 13:
        if (Codecs.sameText("PublishFailed", text, offset)) {
          return PUBLISH_FAILED;
        }
        return null;
      case 14:
        if (Codecs.sameText("DownloadFailed", text, offset)) {
          return DOWNLOAD_FAILED;
        }
        if (Codecs.sameText("DownloadPaused", text, offset)) {
          return DOWNLOAD_PAUSED;
        }
        return null;
      case 15:
        if (Codecs.sameText("InvalidChecksum", text, offset)) {
          return INVALID_CHECKSUM;
        }
        return null;
      case 16:
        if (Codecs.sameText("ChecksumVerified", text, offset)) {
          return CHECKSUM_VERIFIED;
        }
        return null;
      case 17:
        if (Codecs.sameText("DownloadScheduled", text, offset)) {
          return DOWNLOAD_SCHEDULED;
        }
        return null;
      default:
        return null;
    }
  }
}
