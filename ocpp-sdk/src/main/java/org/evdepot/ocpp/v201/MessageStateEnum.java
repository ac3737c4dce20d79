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
 * If provided the Charging Station shall return Display Messages with the given state only.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum MessageStateEnum implements WireEnum {
  /** {@code Charging} */
  CHARGING("Charging"),
  /** {@code Faulted} */
  FAULTED("Faulted"),
  /** {@code Idle} */
  IDLE("Idle"),
  /** {@code Unavailable} */
  UNAVAILABLE("Unavailable");

  private final String wireValue;

  MessageStateEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<MessageStateEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static MessageStateEnum lookup(String value) {
    switch (value) {
      case "Charging":
        return CHARGING;
      case "Faulted":
        return FAULTED;
      case "Idle":
        return IDLE;
      case "Unavailable":
        return UNAVAILABLE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning).
   */
  static MessageStateEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    MessageStateEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
