// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * Charging_ Needs
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param acChargingParameters optional, null when absent. EV AC charging parameters.
 * @param dcChargingParameters optional, null when absent. EV DC charging parameters
 * @param requestedEnergyTransfer required. Mode of energy transfer requested by the EV.
 * @param departureTime optional, null when absent; written as UTC with at most millisecond
 *     precision. Estimated departure time of the EV.
 */
public record ChargingNeeds(
    CustomData customData,
    ACChargingParameters acChargingParameters,
    DCChargingParameters dcChargingParameters,
    EnergyTransferModeEnum requestedEnergyTransfer,
    Instant departureTime) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ChargingNeeds> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_AC_CHARGING_PARAMETERS =
      new SerializedString("acChargingParameters");
  private static final SerializedString NAME_DC_CHARGING_PARAMETERS =
      new SerializedString("dcChargingParameters");
  private static final SerializedString NAME_REQUESTED_ENERGY_TRANSFER =
      new SerializedString("requestedEnergyTransfer");
  private static final SerializedString NAME_DEPARTURE_TIME = new SerializedString("departureTime");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ChargingNeeds {
    Objects.requireNonNull(requestedEnergyTransfer, "requestedEnergyTransfer");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChargingNeeds}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private ACChargingParameters acChargingParameters;
    private DCChargingParameters dcChargingParameters;
    private EnergyTransferModeEnum requestedEnergyTransfer;
    private Instant departureTime;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code acChargingParameters} (optional). */
    public Builder acChargingParameters(ACChargingParameters acChargingParameters) {
      this.acChargingParameters = acChargingParameters;
      return this;
    }

    /** Sets {@code dcChargingParameters} (optional). */
    public Builder dcChargingParameters(DCChargingParameters dcChargingParameters) {
      this.dcChargingParameters = dcChargingParameters;
      return this;
    }

    /** Sets {@code requestedEnergyTransfer} (required). */
    public Builder requestedEnergyTransfer(EnergyTransferModeEnum requestedEnergyTransfer) {
      this.requestedEnergyTransfer = requestedEnergyTransfer;
      return this;
    }

    /** Sets {@code departureTime} (optional). */
    public Builder departureTime(Instant departureTime) {
      this.departureTime = departureTime;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ChargingNeeds build() {
      if (requestedEnergyTransfer == null) {
        throw new IllegalStateException(
            "ChargingNeeds.requestedEnergyTransfer is required but was not set");
      }
      ChargingNeeds built =
          new ChargingNeeds(
              customData,
              acChargingParameters,
              dcChargingParameters,
              requestedEnergyTransfer,
              departureTime);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ChargingNeeds: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ChargingNeeds> {
    @Override
    public ChargingNeeds read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      ACChargingParameters acChargingParameters = null;
      DCChargingParameters dcChargingParameters = null;
      EnergyTransferModeEnum requestedEnergyTransfer = null;
      Instant departureTime = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "acChargingParameters":
            acChargingParameters =
                Codecs.readObject(p, ctx, "acChargingParameters", ACChargingParameters.CODEC);
            break;
          case "dcChargingParameters":
            dcChargingParameters =
                Codecs.readObject(p, ctx, "dcChargingParameters", DCChargingParameters.CODEC);
            break;
          case "requestedEnergyTransfer":
            requestedEnergyTransfer =
                EnergyTransferModeEnum.read(p, ctx, "requestedEnergyTransfer");
            break;
          case "departureTime":
            departureTime = Codecs.readInstant(p, ctx, "departureTime");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (requestedEnergyTransfer == null) {
        throw Codecs.missing("requestedEnergyTransfer");
      }
      return new ChargingNeeds(
          customData,
          acChargingParameters,
          dcChargingParameters,
          requestedEnergyTransfer,
          departureTime);
    }

    @Override
    public void write(JsonGenerator g, ChargingNeeds value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.acChargingParameters() != null) {
        g.writeFieldName(NAME_AC_CHARGING_PARAMETERS);
        ACChargingParameters.CODEC.write(g, value.acChargingParameters());
      }
      if (value.dcChargingParameters() != null) {
        g.writeFieldName(NAME_DC_CHARGING_PARAMETERS);
        DCChargingParameters.CODEC.write(g, value.dcChargingParameters());
      }
      g.writeFieldName(NAME_REQUESTED_ENERGY_TRANSFER);
      g.writeString(value.requestedEnergyTransfer().wireValue());
      if (value.departureTime() != null) {
        g.writeFieldName(NAME_DEPARTURE_TIME);
        Codecs.writeInstant(g, value.departureTime());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ChargingNeeds value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(
          out, "acChargingParameters", ACChargingParameters.CODEC, value.acChargingParameters());
      Codecs.checkNested(
          out, "dcChargingParameters", DCChargingParameters.CODEC, value.dcChargingParameters());
      return out;
    }
  }
}
