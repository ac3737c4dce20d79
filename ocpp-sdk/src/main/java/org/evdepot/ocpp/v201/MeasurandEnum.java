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
 * Type of measurement. Default = "Energy.Active.Import.Register"
 *
 * <p>Each constant carries its exact value on the wire ({@link #wireValue()}).
 */
public enum MeasurandEnum implements WireEnum {
  /** {@code Current.Export} */
  CURRENT_EXPORT("Current.Export"),
  /** {@code Current.Import} */
  CURRENT_IMPORT("Current.Import"),
  /** {@code Current.Offered} */
  CURRENT_OFFERED("Current.Offered"),
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
  /** {@code Energy.Active.Net} */
  ENERGY_ACTIVE_NET("Energy.Active.Net"),
  /** {@code Energy.Reactive.Export.Interval} */
  ENERGY_REACTIVE_EXPORT_INTERVAL("Energy.Reactive.Export.Interval"),
  /** {@code Energy.Reactive.Import.Interval} */
  ENERGY_REACTIVE_IMPORT_INTERVAL("Energy.Reactive.Import.Interval"),
  /** {@code Energy.Reactive.Net} */
  ENERGY_REACTIVE_NET("Energy.Reactive.Net"),
  /** {@code Energy.Apparent.Net} */
  ENERGY_APPARENT_NET("Energy.Apparent.Net"),
  /** {@code Energy.Apparent.Import} */
  ENERGY_APPARENT_IMPORT("Energy.Apparent.Import"),
  /** {@code Energy.Apparent.Export} */
  ENERGY_APPARENT_EXPORT("Energy.Apparent.Export"),
  /** {@code Frequency} */
  FREQUENCY("Frequency"),
  /** {@code Power.Active.Export} */
  POWER_ACTIVE_EXPORT("Power.Active.Export"),
  /** {@code Power.Active.Import} */
  POWER_ACTIVE_IMPORT("Power.Active.Import"),
  /** {@code Power.Factor} */
  POWER_FACTOR("Power.Factor"),
  /** {@code Power.Offered} */
  POWER_OFFERED("Power.Offered"),
  /** {@code Power.Reactive.Export} */
  POWER_REACTIVE_EXPORT("Power.Reactive.Export"),
  /** {@code Power.Reactive.Import} */
  POWER_REACTIVE_IMPORT("Power.Reactive.Import"),
  /** {@code SoC} */
  SOC("SoC"),
  /** {@code Voltage} */
  VOLTAGE("Voltage");

  private final String wireValue;

  MeasurandEnum(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as it appears in JSON. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is exactly {@code value}, if any. */
  public static Optional<MeasurandEnum> fromWireValue(String value) {
    return Optional.ofNullable(lookup(value));
  }

  private static MeasurandEnum lookup(String value) {
    switch (value) {
      case "Current.Export":
        return CURRENT_EXPORT;
      case "Current.Import":
        return CURRENT_IMPORT;
      case "Current.Offered":
        return CURRENT_OFFERED;
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
      case "Energy.Active.Net":
        return ENERGY_ACTIVE_NET;
      case "Energy.Reactive.Export.Interval":
        return ENERGY_REACTIVE_EXPORT_INTERVAL;
      case "Energy.Reactive.Import.Interval":
        return ENERGY_REACTIVE_IMPORT_INTERVAL;
      case "Energy.Reactive.Net":
        return ENERGY_REACTIVE_NET;
      case "Energy.Apparent.Net":
        return ENERGY_APPARENT_NET;
      case "Energy.Apparent.Import":
        return ENERGY_APPARENT_IMPORT;
      case "Energy.Apparent.Export":
        return ENERGY_APPARENT_EXPORT;
      case "Frequency":
        return FREQUENCY;
      case "Power.Active.Export":
        return POWER_ACTIVE_EXPORT;
      case "Power.Active.Import":
        return POWER_ACTIVE_IMPORT;
      case "Power.Factor":
        return POWER_FACTOR;
      case "Power.Offered":
        return POWER_OFFERED;
      case "Power.Reactive.Export":
        return POWER_REACTIVE_EXPORT;
      case "Power.Reactive.Import":
        return POWER_REACTIVE_IMPORT;
      case "SoC":
        return SOC;
      case "Voltage":
        return VOLTAGE;
      default:
        return null;
    }
  }

  /**
   * Reads a value for the generated codecs: exact members only, or in lenient mode members in the
   * wrong case (with a warning). Matches the parser's characters without allocating.
   */
  static MeasurandEnum read(JsonParser p, DecodeContext ctx, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Codecs.wrongType(field, "a string", p.currentToken());
    }
    MeasurandEnum value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return value != null ? value : Codecs.enumFallback(values(), p.getText(), ctx, field);
  }

  private static MeasurandEnum match(char[] text, int offset, int length) {
    switch (length) {
      case 3:
        if (Codecs.sameText("SoC", text, offset)) {
          return SOC;
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
        if (Codecs.sameText("Current.Export", text, offset)) {
          return CURRENT_EXPORT;
        }
        if (Codecs.sameText("Current.Import", text, offset)) {
          return CURRENT_IMPORT;
        }
        return null;
      case 15:
        if (Codecs.sameText("Current.Offered", text, offset)) {
          return CURRENT_OFFERED;
        }
        return null;
      case 17:
        if (Codecs.sameText("Energy.Active.Net", text, offset)) {
          return ENERGY_ACTIVE_NET;
        }
        return null;
      case 19:
        if (Codecs.sameText("Energy.Reactive.Net", text, offset)) {
          return ENERGY_REACTIVE_NET;
        }
        if (Codecs.sameText("Energy.Apparent.Net", text, offset)) {
          return ENERGY_APPARENT_NET;
        }
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
      case 22:
        if (Codecs.sameText("Energy.Apparent.Import", text, offset)) {
          return ENERGY_APPARENT_IMPORT;
        }
        if (Codecs.sameText("Energy.Apparent.Export", text, offset)) {
          return ENERGY_APPARENT_EXPORT;
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
