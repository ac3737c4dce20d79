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
 * Format of the message.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum MessageFormatEnum implements WireEnum {
  /** {@code ASCII} */
  ASCII("ASCII"),
  /** {@code HTML} */
  HTML("HTML"),
  /** {@code URI} */
  URI("URI"),
  /** {@code UTF8} */
  UTF8("UTF8");

  private final String wireValue;

  MessageFormatEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<MessageFormatEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static MessageFormatEnum lookup(String value) {
    switch (value) {
      case "ASCII":
        return ASCII;
      case "HTML":
        return HTML;
      case "URI":
        return URI;
      case "UTF8":
        return UTF8;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static MessageFormatEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    MessageFormatEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static MessageFormatEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 3:
        if (Codecs.sameText("URI", text, offset)) {
          return URI;
        }
        return null;
      case 4:
        if (Codecs.sameText("HTML", text, offset)) {
          return HTML;
        }
        if (Codecs.sameText("UTF8", text, offset)) {
          return UTF8;
        }
        return null;
      case 5:
        if (Codecs.sameText("ASCII", text, offset)) {
          return ASCII;
        }
        return null;
      default:
        return null;
    }
  }
}
