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
   * wrong case (with a warning).
   */
  static UnpublishFirmwareStatusEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    UnpublishFirmwareStatusEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
