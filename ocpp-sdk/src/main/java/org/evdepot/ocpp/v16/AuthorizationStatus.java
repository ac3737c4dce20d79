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
 * OCPP 1.6 enumeration {@code AuthorizationStatus}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum AuthorizationStatus implements WireEnum {
  /** {@code Accepted} */
  ACCEPTED("Accepted"),
  /** {@code Blocked} */
  BLOCKED("Blocked"),
  /** {@code Expired} */
  EXPIRED("Expired"),
  /** {@code Invalid} */
  INVALID("Invalid"),
  /** {@code ConcurrentTx} */
  CONCURRENT_TX("ConcurrentTx");

  private final String wireValue;

  AuthorizationStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<AuthorizationStatus> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static AuthorizationStatus lookup(String value) {
    switch (value) {
      case "Accepted":
        return ACCEPTED;
      case "Blocked":
        return BLOCKED;
      case "Expired":
        return EXPIRED;
      case "Invalid":
        return INVALID;
      case "ConcurrentTx":
        return CONCURRENT_TX;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static AuthorizationStatus read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    AuthorizationStatus value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static AuthorizationStatus match(char[] text, int offset, int length) {
    switch (length) {
      case 7:
        if (Codecs.sameText("Blocked", text, offset)) {
          return BLOCKED;
        }
        if (Codecs.sameText("Expired", text, offset)) {
          return EXPIRED;
        }
        if (Codecs.sameText("Invalid", text, offset)) {
          return INVALID;
        }
        return null;
      case 8:
        if (Codecs.sameText("Accepted", text, offset)) {
          return ACCEPTED;
        }
        return null;
      case 12:
        if (Codecs.sameText("ConcurrentTx", text, offset)) {
          return CONCURRENT_TX;
        }
        return null;
      default:
        return null;
    }
  }
}
