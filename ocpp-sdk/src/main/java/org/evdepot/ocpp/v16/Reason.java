// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Optional;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.internal.codec.Codecs;
import org.evdepot.ocpp.internal.codec.WireEnum;

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
   * wrong case (with a warning).
   */
  static Reason read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    String text = Codecs.readEnumText(p, field);
    Reason value = lookup(text);
    return value != null ? value : Codecs.enumFallback(values(), text, ctx, field);
  }
}
