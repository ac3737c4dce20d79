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
 * OCPP 1.6 enumeration {@code ConfigurationStatus}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ConfigurationStatus implements WireEnum {
  /** {@code Accepted} */
  ACCEPTED("Accepted"),
  /** {@code Rejected} */
  REJECTED("Rejected"),
  /** {@code RebootRequired} */
  REBOOT_REQUIRED("RebootRequired"),
  /** {@code NotSupported} */
  NOT_SUPPORTED("NotSupported");

  private final String wireValue;

  ConfigurationStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ConfigurationStatus> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ConfigurationStatus lookup(String value) {
    switch (value) {
      case "Accepted":
        return ACCEPTED;
      case "Rejected":
        return REJECTED;
      case "RebootRequired":
        return REBOOT_REQUIRED;
      case "NotSupported":
        return NOT_SUPPORTED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ConfigurationStatus read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ConfigurationStatus value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ConfigurationStatus match(char[] text, int offset, int length) {
    switch (length) {
      case 8:
        if (Codecs.sameText("Accepted", text, offset)) {
          return ACCEPTED;
        }
        if (Codecs.sameText("Rejected", text, offset)) {
          return REJECTED;
        }
        return null;
      case 12:
        if (Codecs.sameText("NotSupported", text, offset)) {
          return NOT_SUPPORTED;
        }
        return null;
      case 14:
        if (Codecs.sameText("RebootRequired", text, offset)) {
          return REBOOT_REQUIRED;
        }
        return null;
      default:
        return null;
    }
  }
}
