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
 * Current status of the ID Token.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum AuthorizationStatusEnum implements WireEnum {
  /** {@code Accepted} */
  ACCEPTED("Accepted"),
  /** {@code Blocked} */
  BLOCKED("Blocked"),
  /** {@code ConcurrentTx} */
  CONCURRENT_TX("ConcurrentTx"),
  /** {@code Expired} */
  EXPIRED("Expired"),
  /** {@code Invalid} */
  INVALID("Invalid"),
  /** {@code NoCredit} */
  NO_CREDIT("NoCredit"),
  /** {@code NotAllowedTypeEVSE} */
  NOT_ALLOWED_TYPE_EVSE("NotAllowedTypeEVSE"),
  /** {@code NotAtThisLocation} */
  NOT_AT_THIS_LOCATION("NotAtThisLocation"),
  /** {@code NotAtThisTime} */
  NOT_AT_THIS_TIME("NotAtThisTime"),
  /** {@code Unknown} */
  UNKNOWN("Unknown");

  private final String wireValue;

  AuthorizationStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<AuthorizationStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static AuthorizationStatusEnum lookup(String value) {
    switch (value) {
      case "Accepted":
        return ACCEPTED;
      case "Blocked":
        return BLOCKED;
      case "ConcurrentTx":
        return CONCURRENT_TX;
      case "Expired":
        return EXPIRED;
      case "Invalid":
        return INVALID;
      case "NoCredit":
        return NO_CREDIT;
      case "NotAllowedTypeEVSE":
        return NOT_ALLOWED_TYPE_EVSE;
      case "NotAtThisLocation":
        return NOT_AT_THIS_LOCATION;
      case "NotAtThisTime":
        return NOT_AT_THIS_TIME;
      case "Unknown":
        return UNKNOWN;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static AuthorizationStatusEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    AuthorizationStatusEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static AuthorizationStatusEnum match(char[] text, int offset, int length) {
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
        if (Codecs.sameText("Unknown", text, offset)) {
          return UNKNOWN;
        }
        return null;
      case 8:
        if (Codecs.sameText("Accepted", text, offset)) {
          return ACCEPTED;
        }
        if (Codecs.sameText("NoCredit", text, offset)) {
          return NO_CREDIT;
        }
        return null;
      case 12:
        if (Codecs.sameText("ConcurrentTx", text, offset)) {
          return CONCURRENT_TX;
        }
        return null;
      case 13:
        if (Codecs.sameText("NotAtThisTime", text, offset)) {
          return NOT_AT_THIS_TIME;
        }
        return null;
      case 17:
        if (Codecs.sameText("NotAtThisLocation", text, offset)) {
          return NOT_AT_THIS_LOCATION;
        }
        return null;
      case 18:
        if (Codecs.sameText("NotAllowedTypeEVSE", text, offset)) {
          return NOT_ALLOWED_TYPE_EVSE;
        }
        return null;
      default:
        return null;
    }
  }
}
