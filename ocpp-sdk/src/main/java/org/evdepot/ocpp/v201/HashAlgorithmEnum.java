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
 * Used algorithms for the hashes provided.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum HashAlgorithmEnum implements WireEnum {
  /** {@code SHA256} */
  SHA256("SHA256"),
  /** {@code SHA384} */
  SHA384("SHA384"),
  /** {@code SHA512} */
  SHA512("SHA512");

  private final String wireValue;

  HashAlgorithmEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<HashAlgorithmEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static HashAlgorithmEnum lookup(String value) {
    switch (value) {
      case "SHA256":
        return SHA256;
      case "SHA384":
        return SHA384;
      case "SHA512":
        return SHA512;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static HashAlgorithmEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    HashAlgorithmEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static HashAlgorithmEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 6:
        if (Codecs.sameText("SHA256", text, offset)) {
          return SHA256;
        }
        if (Codecs.sameText("SHA384", text, offset)) {
          return SHA384;
        }
        if (Codecs.sameText("SHA512", text, offset)) {
          return SHA512;
        }
        return null;
      default:
        return null;
    }
  }
}
