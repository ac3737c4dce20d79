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
 * OCPP 1.6 enumeration {@code ChargePointStatus}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum ChargePointStatus implements WireEnum {
  /** {@code Available} */
  AVAILABLE("Available"),
  /** {@code Preparing} */
  PREPARING("Preparing"),
  /** {@code Charging} */
  CHARGING("Charging"),
  /** {@code SuspendedEVSE} */
  SUSPENDED_EVSE("SuspendedEVSE"),
  /** {@code SuspendedEV} */
  SUSPENDED_EV("SuspendedEV"),
  /** {@code Finishing} */
  FINISHING("Finishing"),
  /** {@code Reserved} */
  RESERVED("Reserved"),
  /** {@code Unavailable} */
  UNAVAILABLE("Unavailable"),
  /** {@code Faulted} */
  FAULTED("Faulted");

  private final String wireValue;

  ChargePointStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<ChargePointStatus> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static ChargePointStatus lookup(String value) {
    switch (value) {
      case "Available":
        return AVAILABLE;
      case "Preparing":
        return PREPARING;
      case "Charging":
        return CHARGING;
      case "SuspendedEVSE":
        return SUSPENDED_EVSE;
      case "SuspendedEV":
        return SUSPENDED_EV;
      case "Finishing":
        return FINISHING;
      case "Reserved":
        return RESERVED;
      case "Unavailable":
        return UNAVAILABLE;
      case "Faulted":
        return FAULTED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static ChargePointStatus read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    ChargePointStatus value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static ChargePointStatus match(char[] text, int offset, int length) {
    switch (length) {
      case 7:
        if (Codecs.sameText("Faulted", text, offset)) {
          return FAULTED;
        }
        return null;
      case 8:
        if (Codecs.sameText("Charging", text, offset)) {
          return CHARGING;
        }
        if (Codecs.sameText("Reserved", text, offset)) {
          return RESERVED;
        }
        return null;
      case 9:
        if (Codecs.sameText("Available", text, offset)) {
          return AVAILABLE;
        }
        if (Codecs.sameText("Preparing", text, offset)) {
          return PREPARING;
        }
        if (Codecs.sameText("Finishing", text, offset)) {
          return FINISHING;
        }
        return null;
      case 11:
        if (Codecs.sameText("SuspendedEV", text, offset)) {
          return SUSPENDED_EV;
        }
        if (Codecs.sameText("Unavailable", text, offset)) {
          return UNAVAILABLE;
        }
        return null;
      case 13:
        if (Codecs.sameText("SuspendedEVSE", text, offset)) {
          return SUSPENDED_EVSE;
        }
        return null;
      default:
        return null;
    }
  }
}
