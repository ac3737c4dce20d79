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
 * OCPP 1.6 enumeration {@code Location}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum Location implements WireEnum {
  /** {@code Cable} */
  CABLE("Cable"),
  /** {@code EV} */
  EV("EV"),
  /** {@code Inlet} */
  INLET("Inlet"),
  /** {@code Outlet} */
  OUTLET("Outlet"),
  /** {@code Body} */
  BODY("Body");

  private final String wireValue;

  Location(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<Location> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static Location lookup(String value) {
    switch (value) {
      case "Cable":
        return CABLE;
      case "EV":
        return EV;
      case "Inlet":
        return INLET;
      case "Outlet":
        return OUTLET;
      case "Body":
        return BODY;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static Location read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    Location value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static Location match(char[] text, int offset, int length) {
    switch (length) {
      case 2:
        if (Codecs.sameText("EV", text, offset)) {
          return EV;
        }
        return null;
      case 4:
        if (Codecs.sameText("Body", text, offset)) {
          return BODY;
        }
        return null;
      case 5:
        if (Codecs.sameText("Cable", text, offset)) {
          return CABLE;
        }
        if (Codecs.sameText("Inlet", text, offset)) {
          return INLET;
        }
        return null;
      case 6:
        if (Codecs.sameText("Outlet", text, offset)) {
          return OUTLET;
        }
        return null;
      default:
        return null;
    }
  }
}
