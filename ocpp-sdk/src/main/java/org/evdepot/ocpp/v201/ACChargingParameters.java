// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * EV AC charging parameters.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param energyAmount required. Amount of energy requested (in Wh). This includes energy
 *     required for preconditioning.
 * @param evMinCurrent required. Minimum current (amps) supported by the electric vehicle (per
 *     phase).
 * @param evMaxCurrent required. Maximum current (amps) supported by the electric vehicle (per
 *     phase). Includes cable capacity.
 * @param evMaxVoltage required. Maximum voltage supported by the electric vehicle
 */
public record ACChargingParameters(
    CustomData customData,
    int energyAmount,
    int evMinCurrent,
    int evMaxCurrent,
    int evMaxVoltage) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ACChargingParameters> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ENERGY_AMOUNT = new SerializedString("energyAmount");
  private static final SerializedString NAME_EV_MIN_CURRENT = new SerializedString("evMinCurrent");
  private static final SerializedString NAME_EV_MAX_CURRENT = new SerializedString("evMaxCurrent");
  private static final SerializedString NAME_EV_MAX_VOLTAGE = new SerializedString("evMaxVoltage");

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ACChargingParameters}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer energyAmount;
    private Integer evMinCurrent;
    private Integer evMaxCurrent;
    private Integer evMaxVoltage;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code energyAmount} (required). */
    public Builder energyAmount(int energyAmount) {
      this.energyAmount = energyAmount;
      return this;
    }

    /** Sets {@code evMinCurrent} (required). */
    public Builder evMinCurrent(int evMinCurrent) {
      this.evMinCurrent = evMinCurrent;
      return this;
    }

    /** Sets {@code evMaxCurrent} (required). */
    public Builder evMaxCurrent(int evMaxCurrent) {
      this.evMaxCurrent = evMaxCurrent;
      return this;
    }

    /** Sets {@code evMaxVoltage} (required). */
    public Builder evMaxVoltage(int evMaxVoltage) {
      this.evMaxVoltage = evMaxVoltage;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ACChargingParameters build() {
      if (energyAmount == null) {
        throw new IllegalStateException(
            "ACChargingParameters.energyAmount is required but was not set");
      }
      if (evMinCurrent == null) {
        throw new IllegalStateException(
            "ACChargingParameters.evMinCurrent is required but was not set");
      }
      if (evMaxCurrent == null) {
        throw new IllegalStateException(
            "ACChargingParameters.evMaxCurrent is required but was not set");
      }
      if (evMaxVoltage == null) {
        throw new IllegalStateException(
            "ACChargingParameters.evMaxVoltage is required but was not set");
      }
      ACChargingParameters built =
          new ACChargingParameters(
              customData, energyAmount, evMinCurrent, evMaxCurrent, evMaxVoltage);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ACChargingParameters: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ACChargingParameters> {
    @Override
    public ACChargingParameters read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int energyAmount = 0;
      boolean hasEnergyAmount = false;
      int evMinCurrent = 0;
      boolean hasEvMinCurrent = false;
      int evMaxCurrent = 0;
      boolean hasEvMaxCurrent = false;
      int evMaxVoltage = 0;
      boolean hasEvMaxVoltage = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "energyAmount":
            energyAmount = Codecs.readInt(p, "energyAmount");
            hasEnergyAmount = true;
            break;
          case "evMinCurrent":
            evMinCurrent = Codecs.readInt(p, "evMinCurrent");
            hasEvMinCurrent = true;
            break;
          case "evMaxCurrent":
            evMaxCurrent = Codecs.readInt(p, "evMaxCurrent");
            hasEvMaxCurrent = true;
            break;
          case "evMaxVoltage":
            evMaxVoltage = Codecs.readInt(p, "evMaxVoltage");
            hasEvMaxVoltage = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasEnergyAmount) {
        throw Codecs.missing("energyAmount");
      }
      if (!hasEvMinCurrent) {
        throw Codecs.missing("evMinCurrent");
      }
      if (!hasEvMaxCurrent) {
        throw Codecs.missing("evMaxCurrent");
      }
      if (!hasEvMaxVoltage) {
        throw Codecs.missing("evMaxVoltage");
      }
      return new ACChargingParameters(
          customData, energyAmount, evMinCurrent, evMaxCurrent, evMaxVoltage);
    }

    @Override
    public void write(JsonGenerator g, ACChargingParameters value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_ENERGY_AMOUNT);
      g.writeNumber(value.energyAmount());
      g.writeFieldName(NAME_EV_MIN_CURRENT);
      g.writeNumber(value.evMinCurrent());
      g.writeFieldName(NAME_EV_MAX_CURRENT);
      g.writeNumber(value.evMaxCurrent());
      g.writeFieldName(NAME_EV_MAX_VOLTAGE);
      g.writeNumber(value.evMaxVoltage());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ACChargingParameters value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      return out;
    }
  }
}
