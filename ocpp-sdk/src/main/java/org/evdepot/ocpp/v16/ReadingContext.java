// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.WireEnum;

/**
 * OCPP 1.6 enumeration {@code ReadingContext}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ReadingContext implements WireEnum {
  /** {@code Interruption.Begin} */
  INTERRUPTION_BEGIN("Interruption.Begin"),
  /** {@code Interruption.End} */
  INTERRUPTION_END("Interruption.End"),
  /** {@code Sample.Clock} */
  SAMPLE_CLOCK("Sample.Clock"),
  /** {@code Sample.Periodic} */
  SAMPLE_PERIODIC("Sample.Periodic"),
  /** {@code Transaction.Begin} */
  TRANSACTION_BEGIN("Transaction.Begin"),
  /** {@code Transaction.End} */
  TRANSACTION_END("Transaction.End"),
  /** {@code Trigger} */
  TRIGGER("Trigger"),
  /** {@code Other} */
  OTHER("Other");

  private final String wireValue;

  ReadingContext(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ReadingContext> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ReadingContext lookup(String value) {
    switch (value) {
      case "Interruption.Begin":
        return INTERRUPTION_BEGIN;
      case "Interruption.End":
        return INTERRUPTION_END;
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
      case "Other":
        return OTHER;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning).
   */
  static ReadingContext read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    ReadingContext value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
