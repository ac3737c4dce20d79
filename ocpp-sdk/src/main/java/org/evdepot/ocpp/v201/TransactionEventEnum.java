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
 * This contains the type of this event. The first TransactionEvent of a transaction SHALL contain:
 * "Started" The last TransactionEvent of a transaction SHALL contain: "Ended" All others SHALL
 * contain: "Updated"
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum TransactionEventEnum implements WireEnum {
  /** {@code Ended} */
  ENDED("Ended"),
  /** {@code Started} */
  STARTED("Started"),
  /** {@code Updated} */
  UPDATED("Updated");

  private final String wireValue;

  TransactionEventEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<TransactionEventEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static TransactionEventEnum lookup(String value) {
    switch (value) {
      case "Ended":
        return ENDED;
      case "Started":
        return STARTED;
      case "Updated":
        return UPDATED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static TransactionEventEnum read(JsonParser p, DecodeContext ctx, String field)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    TransactionEventEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static TransactionEventEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 5:
        if (Codecs.sameText("Ended", text, offset)) {
          return ENDED;
        }
        return null;
      case 7:
        if (Codecs.sameText("Started", text, offset)) {
          return STARTED;
        }
        if (Codecs.sameText("Updated", text, offset)) {
          return UPDATED;
        }
        return null;
      default:
        return null;
    }
  }
}
