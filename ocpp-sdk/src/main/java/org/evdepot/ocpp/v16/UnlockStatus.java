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
 * OCPP 1.6 enumeration {@code UnlockStatus}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum UnlockStatus implements WireEnum {
  /** {@code Unlocked} */
  UNLOCKED("Unlocked"),
  /** {@code UnlockFailed} */
  UNLOCK_FAILED("UnlockFailed"),
  /** {@code NotSupported} */
  NOT_SUPPORTED("NotSupported");

  private final String wireValue;

  UnlockStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<UnlockStatus> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static UnlockStatus lookup(String value) {
    switch (value) {
      case "Unlocked":
        return UNLOCKED;
      case "UnlockFailed":
        return UNLOCK_FAILED;
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
  static UnlockStatus read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    UnlockStatus value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static UnlockStatus match(char[] text, int offset, int length) {
    switch (length) {
      case 8:
        if (Codecs.sameText("Unlocked", text, offset)) {
          return UNLOCKED;
        }
        return null;
      case 12:
        if (Codecs.sameText("UnlockFailed", text, offset)) {
          return UNLOCK_FAILED;
        }
        if (Codecs.sameText("NotSupported", text, offset)) {
          return NOT_SUPPORTED;
        }
        return null;
      default:
        return null;
    }
  }
}
