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
 * This contains the progress status of the firmware installation.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum FirmwareStatusEnum implements WireEnum {
  /** {@code Downloaded} */
  DOWNLOADED("Downloaded"),
  /** {@code DownloadFailed} */
  DOWNLOAD_FAILED("DownloadFailed"),
  /** {@code Downloading} */
  DOWNLOADING("Downloading"),
  /** {@code DownloadScheduled} */
  DOWNLOAD_SCHEDULED("DownloadScheduled"),
  /** {@code DownloadPaused} */
  DOWNLOAD_PAUSED("DownloadPaused"),
  /** {@code Idle} */
  IDLE("Idle"),
  /** {@code InstallationFailed} */
  INSTALLATION_FAILED("InstallationFailed"),
  /** {@code Installing} */
  INSTALLING("Installing"),
  /** {@code Installed} */
  INSTALLED("Installed"),
  /** {@code InstallRebooting} */
  INSTALL_REBOOTING("InstallRebooting"),
  /** {@code InstallScheduled} */
  INSTALL_SCHEDULED("InstallScheduled"),
  /** {@code InstallVerificationFailed} */
  INSTALL_VERIFICATION_FAILED("InstallVerificationFailed"),
  /** {@code InvalidSignature} */
  INVALID_SIGNATURE("InvalidSignature"),
  /** {@code SignatureVerified} */
  SIGNATURE_VERIFIED("SignatureVerified");

  private final String wireValue;

  FirmwareStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<FirmwareStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static FirmwareStatusEnum lookup(String value) {
    switch (value) {
      case "Downloaded":
        return DOWNLOADED;
      case "DownloadFailed":
        return DOWNLOAD_FAILED;
      case "Downloading":
        return DOWNLOADING;
      case "DownloadScheduled":
        return DOWNLOAD_SCHEDULED;
      case "DownloadPaused":
        return DOWNLOAD_PAUSED;
      case "Idle":
        return IDLE;
      case "InstallationFailed":
        return INSTALLATION_FAILED;
      case "Installing":
        return INSTALLING;
      case "Installed":
        return INSTALLED;
      case "InstallRebooting":
        return INSTALL_REBOOTING;
      case "InstallScheduled":
        return INSTALL_SCHEDULED;
      case "InstallVerificationFailed":
        return INSTALL_VERIFICATION_FAILED;
      case "InvalidSignature":
        return INVALID_SIGNATURE;
      case "SignatureVerified":
        return SIGNATURE_VERIFIED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static FirmwareStatusEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    FirmwareStatusEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static FirmwareStatusEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 4:
        if (Codecs.sameText("Idle", text, offset)) {
          return IDLE;
        }
        return null;
      case 9:
        if (Codecs.sameText("Installed", text, offset)) {
          return INSTALLED;
        }
        return null;
      case 10:
        if (Codecs.sameText("Downloaded", text, offset)) {
          return DOWNLOADED;
        }
        if (Codecs.sameText("Installing", text, offset)) {
          return INSTALLING;
        }
        return null;
      case 11:
        if (Codecs.sameText("Downloading", text, offset)) {
          return DOWNLOADING;
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
      case 16:
        if (Codecs.sameText("InstallRebooting", text, offset)) {
          return INSTALL_REBOOTING;
        }
        if (Codecs.sameText("InstallScheduled", text, offset)) {
          return INSTALL_SCHEDULED;
        }
        if (Codecs.sameText("InvalidSignature", text, offset)) {
          return INVALID_SIGNATURE;
        }
        return null;
      case 17:
        if (Codecs.sameText("DownloadScheduled", text, offset)) {
          return DOWNLOAD_SCHEDULED;
        }
        if (Codecs.sameText("SignatureVerified", text, offset)) {
          return SIGNATURE_VERIFIED;
        }
        return null;
      case 18:
        if (Codecs.sameText("InstallationFailed", text, offset)) {
          return INSTALLATION_FAILED;
        }
        return null;
      case 25:
        if (Codecs.sameText("InstallVerificationFailed", text, offset)) {
          return INSTALL_VERIFICATION_FAILED;
        }
        return null;
      default:
        return null;
    }
  }
}
