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
 * OCPP 1.6 enumeration {@code Reason}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum Reason implements WireEnum {
  /** {@code EmergencyStop} */
  EMERGENCY_STOP("EmergencyStop"),
  /** {@code EVDisconnected} */
  EV_DISCONNECTED("EVDisconnected"),
  /** {@code HardReset} */
  HARD_RESET("HardReset"),
  /** {@code Local} */
  LOCAL("Local"),
  /** {@code Other} */
  OTHER("Other"),
  /** {@code PowerLoss} */
  POWER_LOSS("PowerLoss"),
  /** {@code Reboot} */
  REBOOT("Reboot"),
  /** {@code Remote} */
  REMOTE("Remote"),
  /** {@code SoftReset} */
  SOFT_RESET("SoftReset"),
  /** {@code UnlockCommand} */
  UNLOCK_COMMAND("UnlockCommand"),
  /** {@code DeAuthorized} */
  DE_AUTHORIZED("DeAuthorized");

  private final String wireValue;

  Reason(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<Reason> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static Reason lookup(String value) {
    switch (value) {
      case "EmergencyStop":
        return EMERGENCY_STOP;
      case "EVDisconnected":
        return EV_DISCONNECTED;
      case "HardReset":
        return HARD_RESET;
      case "Local":
        return LOCAL;
      case "Other":
        return OTHER;
      case "PowerLoss":
        return POWER_LOSS;
      case "Reboot":
        return REBOOT;
      case "Remote":
        return REMOTE;
      case "SoftReset":
        return SOFT_RESET;
      case "UnlockCommand":
        return UNLOCK_COMMAND;
      case "DeAuthorized":
        return DE_AUTHORIZED;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static Reason read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    Reason value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static Reason match(char[] text, int offset, int length) {
    switch (length) {
      case 5:
        if (Codecs.sameText("Local", text, offset)) {
          return LOCAL;
        }
        if (Codecs.sameText("Other", text, offset)) {
          return OTHER;
        }
        return null;
      case 6:
        if (Codecs.sameText("Reboot", text, offset)) {
          return REBOOT;
        }
        if (Codecs.sameText("Remote", text, offset)) {
          return REMOTE;
        }
        return null;
      case 9:
        if (Codecs.sameText("HardReset", text, offset)) {
          return HARD_RESET;
        }
        if (Codecs.sameText("PowerLoss", text, offset)) {
          return POWER_LOSS;
        }
        if (Codecs.sameText("SoftReset", text, offset)) {
          return SOFT_RESET;
        }
        return null;
      case 12:
        if (Codecs.sameText("DeAuthorized", text, offset)) {
          return DE_AUTHORIZED;
        }
        return null;
      case 13:
        if (Codecs.sameText("EmergencyStop", text, offset)) {
          return EMERGENCY_STOP;
        }
        if (Codecs.sameText("UnlockCommand", text, offset)) {
          return UNLOCK_COMMAND;
        }
        return null;
      case 14:
        if (Codecs.sameText("EVDisconnected", text, offset)) {
          return EV_DISCONNECTED;
        }
        return null;
      default:
        return null;
    }
  }
}
