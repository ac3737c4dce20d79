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
 * This indicates the success or failure of the reservation.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ReserveNowStatusEnum implements WireEnum {
  /** {@code Accepted} */
  ACCEPTED("Accepted"),
  /** {@code Faulted} */
  FAULTED("Faulted"),
  /** {@code Occupied} */
  OCCUPIED("Occupied"),
  /** {@code Rejected} */
  REJECTED("Rejected"),
  /** {@code Unavailable} */
  UNAVAILABLE("Unavailable");

  private final String wireValue;

  ReserveNowStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ReserveNowStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ReserveNowStatusEnum lookup(String value) {
    switch (value) {
      case "Accepted":
        return ACCEPTED;
      case "Faulted":
        return FAULTED;
      case "Occupied":
        return OCCUPIED;
      case "Rejected":
        return REJECTED;
      case "Unavailable":
        return UNAVAILABLE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ReserveNowStatusEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ReserveNowStatusEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ReserveNowStatusEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 7:
        if (Codecs.sameText("Faulted", text, offset)) {
          return FAULTED;
        }
        return null;
      case 8:
        if (Codecs.sameText("Accepted", text, offset)) {
          return ACCEPTED;
        }
        if (Codecs.sameText("Occupied", text, offset)) {
          return OCCUPIED;
        }
        if (Codecs.sameText("Rejected", text, offset)) {
          return REJECTED;
        }
        return null;
      case 11:
        if (Codecs.sameText("Unavailable", text, offset)) {
          return UNAVAILABLE;
        }
        return null;
      default:
        return null;
    }
  }
}
