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
 * The updated reservation status.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ReservationUpdateStatusEnum implements WireEnum {
  /** {@code Expired} */
  EXPIRED("Expired"),
  /** {@code Removed} */
  REMOVED("Removed");

  private final String wireValue;

  ReservationUpdateStatusEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ReservationUpdateStatusEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ReservationUpdateStatusEnum lookup(String value) {
    switch (value) {
      case "Expired":
        return EXPIRED;
      case "Removed":
        return REMOVED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ReservationUpdateStatusEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ReservationUpdateStatusEnum value =
        match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ReservationUpdateStatusEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 7:
        if (Codecs.sameText("Expired", text, offset)) {
          return EXPIRED;
        }
        if (Codecs.sameText("Removed", text, offset)) {
          return REMOVED;
        }
        return null;
      default:
        return null;
    }
  }
}
