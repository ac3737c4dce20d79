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
 * OCPP 1.6 enumeration {@code Measurand}.
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum Measurand implements WireEnum {
  /** {@code Energy.Active.Export.Register} */
  ENERGY_ACTIVE_EXPORT_REGISTER("Energy.Active.Export.Register"),
  /** {@code Energy.Active.Import.Register} */
  ENERGY_ACTIVE_IMPORT_REGISTER("Energy.Active.Import.Register"),
  /** {@code Energy.Reactive.Export.Register} */
  ENERGY_REACTIVE_EXPORT_REGISTER("Energy.Reactive.Export.Register"),
  /** {@code Energy.Reactive.Import.Register} */
  ENERGY_REACTIVE_IMPORT_REGISTER("Energy.Reactive.Import.Register"),
  /** {@code Energy.Active.Export.Interval} */
  ENERGY_ACTIVE_EXPORT_INTERVAL("Energy.Active.Export.Interval"),
  /** {@code Energy.Active.Import.Interval} */
  ENERGY_ACTIVE_IMPORT_INTERVAL("Energy.Active.Import.Interval"),
  /** {@code Energy.Reactive.Export.Interval} */
  ENERGY_REACTIVE_EXPORT_INTERVAL("Energy.Reactive.Export.Interval"),
  /** {@code Energy.Reactive.Import.Interval} */
  ENERGY_REACTIVE_IMPORT_INTERVAL("Energy.Reactive.Import.Interval"),
  /** {@code Power.Active.Export} */
  POWER_ACTIVE_EXPORT("Power.Active.Export"),
  /** {@code Power.Active.Import} */
  POWER_ACTIVE_IMPORT("Power.Active.Import"),
  /** {@code Power.Offered} */
  POWER_OFFERED("Power.Offered"),
  /** {@code Power.Reactive.Export} */
  POWER_REACTIVE_EXPORT("Power.Reactive.Export"),
  /** {@code Power.Reactive.Import} */
  POWER_REACTIVE_IMPORT("Power.Reactive.Import"),
  /** {@code Power.Factor} */
  POWER_FACTOR("Power.Factor"),
  /** {@code Current.Import} */
  CURRENT_IMPORT("Current.Import"),
  /** {@code Current.Export} */
  CURRENT_EXPORT("Current.Export"),
  /** {@code Current.Offered} */
  CURRENT_OFFERED("Current.Offered"),
  /** {@code Voltage} */
  VOLTAGE("Voltage"),
  /** {@code Frequency} */
  FREQUENCY("Frequency"),
  /** {@code Temperature} */
  TEMPERATURE("Temperature"),
  /** {@code SoC} */
  SOC("SoC"),
  /** {@code RPM} */
  RPM("RPM");

  private final String wireValue;

  Measurand(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<Measurand> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static Measurand lookup(String value) {
    switch (value) {
      case "Energy.Active.Export.Register":
        return ENERGY_ACTIVE_EXPORT_REGISTER;
      case "Energy.Active.Import.Register":
        return ENERGY_ACTIVE_IMPORT_REGISTER;
      case "Energy.Reactive.Export.Register":
        return ENERGY_REACTIVE_EXPORT_REGISTER;
      case "Energy.Reactive.Import.Register":
        return ENERGY_REACTIVE_IMPORT_REGISTER;
      case "Energy.Active.Export.Interval":
        return ENERGY_ACTIVE_EXPORT_INTERVAL;
      case "Energy.Active.Import.Interval":
        return ENERGY_ACTIVE_IMPORT_INTERVAL;
      case "Energy.Reactive.Export.Interval":
        return ENERGY_REACTIVE_EXPORT_INTERVAL;
      case "Energy.Reactive.Import.Interval":
        return ENERGY_REACTIVE_IMPORT_INTERVAL;
      case "Power.Active.Export":
        return POWER_ACTIVE_EXPORT;
      case "Power.Active.Import":
        return POWER_ACTIVE_IMPORT;
      case "Power.Offered":
        return POWER_OFFERED;
      case "Power.Reactive.Export":
        return POWER_REACTIVE_EXPORT;
      case "Power.Reactive.Import":
        return POWER_REACTIVE_IMPORT;
      case "Power.Factor":
        return POWER_FACTOR;
      case "Current.Import":
        return CURRENT_IMPORT;
      case "Current.Export":
        return CURRENT_EXPORT;
      case "Current.Offered":
        return CURRENT_OFFERED;
      case "Voltage":
        return VOLTAGE;
      case "Frequency":
        return FREQUENCY;
      case "Temperature":
        return TEMPERATURE;
      case "SoC":
        return SOC;
      case "RPM":
        return RPM;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static Measurand read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    Measurand value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static Measurand match(char[] text, int offset, int length) {
    switch (length) {
      case 3:
        if (Codecs.sameText("SoC", text, offset)) {
          return SOC;
        }
        if (Codecs.sameText("RPM", text, offset)) {
          return RPM;
        }
        return null;
      case 7:
        if (Codecs.sameText("Voltage", text, offset)) {
          return VOLTAGE;
        }
        return null;
      case 9:
        if (Codecs.sameText("Frequency", text, offset)) {
          return FREQUENCY;
        }
        return null;
      case 11:
        if (Codecs.sameText("Temperature", text, offset)) {
          return TEMPERATURE;
        }
        return null;
      case 12:
        if (Codecs.sameText("Power.Factor", text, offset)) {
          return POWER_FACTOR;
        }
        return null;
      case 13:
        if (Codecs.sameText("Power.Offered", text, offset)) {
          return POWER_OFFERED;
        }
        return null;
      case 14:
        if (Codecs.sameText("Current.Import", text, offset)) {
          return CURRENT_IMPORT;
        }
        if (Codecs.sameText("Current.Export", text, offset)) {
          return CURRENT_EXPORT;
        }
        return null;
      case 15:
        if (Codecs.sameText("Current.Offered", text, offset)) {
          return CURRENT_OFFERED;
        }
        return null;
      case 19:
        if (Codecs.sameText("Power.Active.Export", text, offset)) {
          return POWER_ACTIVE_EXPORT;
        }
        if (Codecs.sameText("Power.Active.Import", text, offset)) {
          return POWER_ACTIVE_IMPORT;
        }
        return null;
      case 21:
        if (Codecs.sameText("Power.Reactive.Export", text, offset)) {
          return POWER_REACTIVE_EXPORT;
        }
        if (Codecs.sameText("Power.Reactive.Import", text, offset)) {
          return POWER_REACTIVE_IMPORT;
        }
        return null;
      case 29:
        if (Codecs.sameText("Energy.Active.Export.Register", text, offset)) {
          return ENERGY_ACTIVE_EXPORT_REGISTER;
        }
        if (Codecs.sameText("Energy.Active.Import.Register", text, offset)) {
          return ENERGY_ACTIVE_IMPORT_REGISTER;
        }
        if (Codecs.sameText("Energy.Active.Export.Interval", text, offset)) {
          return ENERGY_ACTIVE_EXPORT_INTERVAL;
        }
        if (Codecs.sameText("Energy.Active.Import.Interval", text, offset)) {
          return ENERGY_ACTIVE_IMPORT_INTERVAL;
        }
        return null;
      case 31:
        if (Codecs.sameText("Energy.Reactive.Export.Register", text, offset)) {
          return ENERGY_REACTIVE_EXPORT_REGISTER;
        }
        if (Codecs.sameText("Energy.Reactive.Import.Register", text, offset)) {
          return ENERGY_REACTIVE_IMPORT_REGISTER;
        }
        if (Codecs.sameText("Energy.Reactive.Export.Interval", text, offset)) {
          return ENERGY_REACTIVE_EXPORT_INTERVAL;
        }
        if (Codecs.sameText("Energy.Reactive.Import.Interval", text, offset)) {
          return ENERGY_REACTIVE_IMPORT_INTERVAL;
        }
        return null;
      default:
        return null;
    }
  }
}
