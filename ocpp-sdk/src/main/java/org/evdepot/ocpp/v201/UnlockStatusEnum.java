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
 * This indicates whether the Charging Station has unlocked the connector.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum UnlockStatusEnum implements WireEnum {
  /** {@code Unlocked} */
  UNLOCKED("Unlocked"),
  /** {@code UnlockFailed} */
  UNLOCK_FAILED("UnlockFailed"),
  /** {@code OngoingAuthorizedTransaction} */
  ONGOING_AUTHORIZED_TRANSACTION("OngoingAuthorizedTransaction"),
  /** {@code UnknownConnector} */
  UNKNOWN_CONNECTOR("UnknownConnector");

  private final String wireValue;

  UnlockStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<UnlockStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static UnlockStatusEnum lookup(String value) {
    switch (value) {
      case "Unlocked":
        return UNLOCKED;
      case "UnlockFailed":
        return UNLOCK_FAILED;
      case "OngoingAuthorizedTransaction":
        return ONGOING_AUTHORIZED_TRANSACTION;
      case "UnknownConnector":
        return UNKNOWN_CONNECTOR;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static UnlockStatusEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    UnlockStatusEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static UnlockStatusEnum match(char[] text, int offset, int length) {
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
        return null;
      case 16:
        if (Codecs.sameText("UnknownConnector", text, offset)) {
          return UNKNOWN_CONNECTOR;
        }
        return null;
      case 28:
        if (Codecs.sameText("OngoingAuthorizedTransaction", text, offset)) {
          return ONGOING_AUTHORIZED_TRANSACTION;
        }
        return null;
      default:
        return null;
    }
  }
}
