// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.WireEnum;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * OCPP 1.6 enumeration {@code Phase}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum Phase implements WireEnum {
  /** {@code L1} */
  L1("L1"),
  /** {@code L2} */
  L2("L2"),
  /** {@code L3} */
  L3("L3"),
  /** {@code N} */
  N("N"),
  /** {@code L1-N} */
  L1_N("L1-N"),
  /** {@code L2-N} */
  L2_N("L2-N"),
  /** {@code L3-N} */
  L3_N("L3-N"),
  /** {@code L1-L2} */
  L1_L2("L1-L2"),
  /** {@code L2-L3} */
  L2_L3("L2-L3"),
  /** {@code L3-L1} */
  L3_L1("L3-L1");

  private final String wireValue;

  Phase(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<Phase> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static Phase lookup(String value) {
    switch (value) {
      case "L1":
        return L1;
      case "L2":
        return L2;
      case "L3":
        return L3;
      case "N":
        return N;
      case "L1-N":
        return L1_N;
      case "L2-N":
        return L2_N;
      case "L3-N":
        return L3_N;
      case "L1-L2":
        return L1_L2;
      case "L2-L3":
        return L2_L3;
      case "L3-L1":
        return L3_L1;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static Phase read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    Phase value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static Phase match(char[] text, int offset, int length) {
    switch (length) {
      case 1:
        if (Codecs.sameText("N", text, offset)) {
          return N;
        }
        return null;
      case 2:
        if (Codecs.sameText("L1", text, offset)) {
          return L1;
        }
        if (Codecs.sameText("L2", text, offset)) {
          return L2;
        }
        if (Codecs.sameText("L3", text, offset)) {
          return L3;
        }
        return null;
      case 4:
        if (Codecs.sameText("L1-N", text, offset)) {
          return L1_N;
        }
        if (Codecs.sameText("L2-N", text, offset)) {
          return L2_N;
        }
        if (Codecs.sameText("L3-N", text, offset)) {
          return L3_N;
        }
        return null;
      case 5:
        if (Codecs.sameText("L1-L2", text, offset)) {
          return L1_L2;
        }
        if (Codecs.sameText("L2-L3", text, offset)) {
          return L2_L3;
        }
        if (Codecs.sameText("L3-L1", text, offset)) {
          return L3_L1;
        }
        return null;
      default:
        return null;
    }
  }
}
