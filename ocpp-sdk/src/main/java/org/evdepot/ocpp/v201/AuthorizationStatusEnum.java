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
   * wrong case (with a warning).
   */
  static AuthorizationStatusEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    AuthorizationStatusEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
