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
 * Type of monitor that triggered this event, e.g. exceeding a threshold value.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum EventTriggerEnum implements WireEnum {
  /** {@code Alerting} */
  ALERTING("Alerting"),
  /** {@code Delta} */
  DELTA("Delta"),
  /** {@code Periodic} */
  PERIODIC("Periodic");

  private final String wireValue;

  EventTriggerEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<EventTriggerEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static EventTriggerEnum lookup(String value) {
    switch (value) {
      case "Alerting":
        return ALERTING;
      case "Delta":
        return DELTA;
      case "Periodic":
        return PERIODIC;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static EventTriggerEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    EventTriggerEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static EventTriggerEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 5:
        if (Codecs.sameText("Delta", text, offset)) {
          return DELTA;
        }
        return null;
      case 8:
        if (Codecs.sameText("Alerting", text, offset)) {
          return ALERTING;
        }
        if (Codecs.sameText("Periodic", text, offset)) {
          return PERIODIC;
        }
        return null;
      default:
        return null;
    }
  }
}
