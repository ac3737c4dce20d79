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
 * EV DC charging parameters
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param evMaxCurrent required. Maximum current (amps) supported by the electric vehicle.
 *     Includes cable capacity.
 * @param evMaxVoltage required. Maximum voltage supported by the electric vehicle
 * @param energyAmount optional, null when absent. Amount of energy requested (in Wh). This
 *     inludes energy required for preconditioning.
 * @param evMaxPower optional, null when absent. Maximum power (in W) supported by the electric
 *     vehicle. Required for DC charging.
 * @param stateOfCharge optional, null when absent; at least 0.0, at most 100.0. Energy
 *     available in the battery (in percent of the battery capacity)
 * @param evEnergyCapacity optional, null when absent. Capacity of the electric vehicle battery
 *     (in Wh)
 * @param fullSoC optional, null when absent; at least 0.0, at most 100.0. Percentage of SoC at
 *     which the EV considers the battery fully charged. (possible values: 0 - 100)
 * @param bulkSoC optional, null when absent; at least 0.0, at most 100.0. Percentage of SoC at
 *     which the EV considers a fast charging process to end. (possible values: 0 - 100)
 */
public record DCChargingParameters(
    CustomData customData,
    int evMaxCurrent,
    int evMaxVoltage,
    Integer energyAmount,
    Integer evMaxPower,
    Integer stateOfCharge,
    Integer evEnergyCapacity,
    Integer fullSoC,
    Integer bulkSoC) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<DCChargingParameters> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_EV_MAX_CURRENT = new SerializedString("evMaxCurrent");
  private static final SerializedString NAME_EV_MAX_VOLTAGE = new SerializedString("evMaxVoltage");
  private static final SerializedString NAME_ENERGY_AMOUNT = new SerializedString("energyAmount");
  private static final SerializedString NAME_EV_MAX_POWER = new SerializedString("evMaxPower");
  private static final SerializedString NAME_STATE_OF_CHARGE =
      new SerializedString("stateOfCharge");
  private static final SerializedString NAME_EV_ENERGY_CAPACITY =
      new SerializedString("evEnergyCapacity");
  private static final SerializedString NAME_FULL_SO_C = new SerializedString("fullSoC");
  private static final SerializedString NAME_BULK_SO_C = new SerializedString("bulkSoC");

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DCChargingParameters}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer evMaxCurrent;
    private Integer evMaxVoltage;
    private Integer energyAmount;
    private Integer evMaxPower;
    private Integer stateOfCharge;
    private Integer evEnergyCapacity;
    private Integer fullSoC;
    private Integer bulkSoC;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
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

    /** Sets {@code energyAmount} (optional). */
    public Builder energyAmount(Integer energyAmount) {
      this.energyAmount = energyAmount;
      return this;
    }

    /** Sets {@code evMaxPower} (optional). */
    public Builder evMaxPower(Integer evMaxPower) {
      this.evMaxPower = evMaxPower;
      return this;
    }

    /** Sets {@code stateOfCharge} (optional). */
    public Builder stateOfCharge(Integer stateOfCharge) {
      this.stateOfCharge = stateOfCharge;
      return this;
    }

    /** Sets {@code evEnergyCapacity} (optional). */
    public Builder evEnergyCapacity(Integer evEnergyCapacity) {
      this.evEnergyCapacity = evEnergyCapacity;
      return this;
    }

    /** Sets {@code fullSoC} (optional). */
    public Builder fullSoC(Integer fullSoC) {
      this.fullSoC = fullSoC;
      return this;
    }

    /** Sets {@code bulkSoC} (optional). */
    public Builder bulkSoC(Integer bulkSoC) {
      this.bulkSoC = bulkSoC;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public DCChargingParameters build() {
      if (evMaxCurrent == null) {
        throw new IllegalStateException(
            "DCChargingParameters.evMaxCurrent is required but was not set");
      }
      if (evMaxVoltage == null) {
        throw new IllegalStateException(
            "DCChargingParameters.evMaxVoltage is required but was not set");
      }
      DCChargingParameters built =
          new DCChargingParameters(
              customData,
              evMaxCurrent,
              evMaxVoltage,
              energyAmount,
              evMaxPower,
              stateOfCharge,
              evEnergyCapacity,
              fullSoC,
              bulkSoC);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid DCChargingParameters: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<DCChargingParameters> {
    @Override
    public DCChargingParameters read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int evMaxCurrent = 0;
      boolean hasEvMaxCurrent = false;
      int evMaxVoltage = 0;
      boolean hasEvMaxVoltage = false;
      Integer energyAmount = null;
      Integer evMaxPower = null;
      Integer stateOfCharge = null;
      Integer evEnergyCapacity = null;
      Integer fullSoC = null;
      Integer bulkSoC = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "evMaxCurrent":
            evMaxCurrent = Codecs.readInt(p, "evMaxCurrent");
            hasEvMaxCurrent = true;
            break;
          case "evMaxVoltage":
            evMaxVoltage = Codecs.readInt(p, "evMaxVoltage");
            hasEvMaxVoltage = true;
            break;
          case "energyAmount":
            energyAmount = Codecs.readInt(p, "energyAmount");
            break;
          case "evMaxPower":
            evMaxPower = Codecs.readInt(p, "evMaxPower");
            break;
          case "stateOfCharge":
            stateOfCharge =
                Codecs.maximum(
                    Codecs.minimum(Codecs.readInt(p, "stateOfCharge"), 0L, "stateOfCharge"),
                    100L,
                    "stateOfCharge");
            break;
          case "evEnergyCapacity":
            evEnergyCapacity = Codecs.readInt(p, "evEnergyCapacity");
            break;
          case "fullSoC":
            fullSoC =
                Codecs.maximum(
                    Codecs.minimum(Codecs.readInt(p, "fullSoC"), 0L, "fullSoC"), 100L, "fullSoC");
            break;
          case "bulkSoC":
            bulkSoC =
                Codecs.maximum(
                    Codecs.minimum(Codecs.readInt(p, "bulkSoC"), 0L, "bulkSoC"), 100L, "bulkSoC");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasEvMaxCurrent) {
        throw Codecs.missing("evMaxCurrent");
      }
      if (!hasEvMaxVoltage) {
        throw Codecs.missing("evMaxVoltage");
      }
      return new DCChargingParameters(
          customData,
          evMaxCurrent,
          evMaxVoltage,
          energyAmount,
          evMaxPower,
          stateOfCharge,
          evEnergyCapacity,
          fullSoC,
          bulkSoC);
    }

    @Override
    public void write(JsonGenerator g, DCChargingParameters value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_EV_MAX_CURRENT);
      g.writeNumber(value.evMaxCurrent());
      g.writeFieldName(NAME_EV_MAX_VOLTAGE);
      g.writeNumber(value.evMaxVoltage());
      if (value.energyAmount() != null) {
        g.writeFieldName(NAME_ENERGY_AMOUNT);
        g.writeNumber(value.energyAmount());
      }
      if (value.evMaxPower() != null) {
        g.writeFieldName(NAME_EV_MAX_POWER);
        g.writeNumber(value.evMaxPower());
      }
      if (value.stateOfCharge() != null) {
        g.writeFieldName(NAME_STATE_OF_CHARGE);
        g.writeNumber(value.stateOfCharge());
      }
      if (value.evEnergyCapacity() != null) {
        g.writeFieldName(NAME_EV_ENERGY_CAPACITY);
        g.writeNumber(value.evEnergyCapacity());
      }
      if (value.fullSoC() != null) {
        g.writeFieldName(NAME_FULL_SO_C);
        g.writeNumber(value.fullSoC());
      }
      if (value.bulkSoC() != null) {
        g.writeFieldName(NAME_BULK_SO_C);
        g.writeNumber(value.bulkSoC());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(DCChargingParameters value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkRange(out, "stateOfCharge", value.stateOfCharge(), 0L, 100L);
      Codecs.checkRange(out, "fullSoC", value.fullSoC(), 0L, 100L);
      Codecs.checkRange(out, "bulkSoC", value.bulkSoC(), 0L, 100L);
      return out;
    }
  }
}
