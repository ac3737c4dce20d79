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
 * Type of detail value: start, end or sample. Default = "Sample.Periodic"
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ReadingContextEnum implements WireEnum {
  /** {@code Interruption.Begin} */
  INTERRUPTION_BEGIN("Interruption.Begin"),
  /** {@code Interruption.End} */
  INTERRUPTION_END("Interruption.End"),
  /** {@code Other} */
  OTHER("Other"),
  /** {@code Sample.Clock} */
  SAMPLE_CLOCK("Sample.Clock"),
  /** {@code Sample.Periodic} */
  SAMPLE_PERIODIC("Sample.Periodic"),
  /** {@code Transaction.Begin} */
  TRANSACTION_BEGIN("Transaction.Begin"),
  /** {@code Transaction.End} */
  TRANSACTION_END("Transaction.End"),
  /** {@code Trigger} */
  TRIGGER("Trigger");

  private final String wireValue;

  ReadingContextEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ReadingContextEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ReadingContextEnum lookup(String value) {
    switch (value) {
      case "Interruption.Begin":
        return INTERRUPTION_BEGIN;
      case "Interruption.End":
        return INTERRUPTION_END;
      case "Other":
        return OTHER;
      case "Sample.Clock":
        return SAMPLE_CLOCK;
      case "Sample.Periodic":
        return SAMPLE_PERIODIC;
      case "Transaction.Begin":
        return TRANSACTION_BEGIN;
      case "Transaction.End":
        return TRANSACTION_END;
      case "Trigger":
        return TRIGGER;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ReadingContextEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ReadingContextEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ReadingContextEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 5:
        if (Codecs.sameText("Other", text, offset)) {
          return OTHER;
        }
        return null;
      case 7:
        if (Codecs.sameText("Trigger", text, offset)) {
          return TRIGGER;
        }
        return null;
      case 12:
        if (Codecs.sameText("Sample.Clock", text, offset)) {
          return SAMPLE_CLOCK;
        }
        return null;
      case 15:
        if (Codecs.sameText("Sample.Periodic", text, offset)) {
          return SAMPLE_PERIODIC;
        }
        if (Codecs.sameText("Transaction.End", text, offset)) {
          return TRANSACTION_END;
        }
        return null;
      case 16:
        if (Codecs.sameText("Interruption.End", text, offset)) {
          return INTERRUPTION_END;
        }
        return null;
      case 17:
        if (Codecs.sameText("Transaction.Begin", text, offset)) {
          return TRANSACTION_BEGIN;
        }
        return null;
      case 18:
        if (Codecs.sameText("Interruption.Begin", text, offset)) {
          return INTERRUPTION_BEGIN;
        }
        return null;
      default:
        return null;
    }
  }
}
