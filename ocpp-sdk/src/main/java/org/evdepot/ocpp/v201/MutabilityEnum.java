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
 * Defines the mutability of this attribute. Default is ReadWrite when omitted.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum MutabilityEnum implements WireEnum {
  /** {@code ReadOnly} */
  READ_ONLY("ReadOnly"),
  /** {@code WriteOnly} */
  WRITE_ONLY("WriteOnly"),
  /** {@code ReadWrite} */
  READ_WRITE("ReadWrite");

  private final String wireValue;

  MutabilityEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<MutabilityEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static MutabilityEnum lookup(String value) {
    switch (value) {
      case "ReadOnly":
        return READ_ONLY;
      case "WriteOnly":
        return WRITE_ONLY;
      case "ReadWrite":
        return READ_WRITE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning).
   */
  static MutabilityEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    MutabilityEnum value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
