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
   * wrong case (with a warning).
   */
  static TransactionEventEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    TransactionEventEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
