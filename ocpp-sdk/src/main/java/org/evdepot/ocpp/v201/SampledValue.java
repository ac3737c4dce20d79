// Generated from the OCPP 2.0.1 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v201;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * Single sampled value in MeterValues. Each value can be accompanied by optional fields. To save on
 * mobile data usage, default values of all of the optional fields are such that. The value without
 * any additional fields will be interpreted, as a register reading of active import energy in Wh
 * (Watt-hour) units.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param value required. Indicates the measured value.
 * @param context optional, null when absent (the schema's default {@code Sample.Periodic} is
 *     not filled in). Type of detail value: start, end or sample. Default = "Sample.Periodic"
 * @param measurand optional, null when absent (the schema's default {@code
 *     Energy.Active.Import.Register} is not filled in). Type of measurement. Default =
 *     "Energy.Active.Import.Register"
 * @param phase optional, null when absent. Indicates how the measured value is to be
 *     interpreted. For instance between L1 and neutral (L1-N) Please note that not all values of
 *     phase are applicable to all Measurands. When phase is absent, the measured value is
 *     interpreted as an overall value.
 * @param location optional, null when absent (the schema's default {@code Outlet} is not filled
 *     in). Indicates where the measured value has been sampled. Default = "Outlet"
 * @param signedMeterValue optional, null when absent. Represent a signed version of the meter
 *     value.
 * @param unitOfMeasure optional, null when absent. Represents a UnitOfMeasure with a multiplier
 */
public record SampledValue(
    CustomData customData,
    BigDecimal value,
    ReadingContextEnum context,
    MeasurandEnum measurand,
    PhaseEnum phase,
    LocationEnum location,
    SignedMeterValue signedMeterValue,
    UnitOfMeasure unitOfMeasure) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SampledValue> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_VALUE = new SerializedString("value");
  private static final SerializedString NAME_CONTEXT = new SerializedString("context");
  private static final SerializedString NAME_MEASURAND = new SerializedString("measurand");
  private static final SerializedString NAME_PHASE = new SerializedString("phase");
  private static final SerializedString NAME_LOCATION = new SerializedString("location");
  private static final SerializedString NAME_SIGNED_METER_VALUE =
      new SerializedString("signedMeterValue");
  private static final SerializedString NAME_UNIT_OF_MEASURE =
      new SerializedString("unitOfMeasure");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SampledValue {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SampledValue}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private BigDecimal value;
    private ReadingContextEnum context;
    private MeasurandEnum measurand;
    private PhaseEnum phase;
    private LocationEnum location;
    private SignedMeterValue signedMeterValue;
    private UnitOfMeasure unitOfMeasure;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code value} (required). */
    public Builder value(BigDecimal value) {
      this.value = value;
      return this;
    }

    /** Sets {@code context} (optional). */
    public Builder context(ReadingContextEnum context) {
      this.context = context;
      return this;
    }

    /** Sets {@code measurand} (optional). */
    public Builder measurand(MeasurandEnum measurand) {
      this.measurand = measurand;
      return this;
    }

    /** Sets {@code phase} (optional). */
    public Builder phase(PhaseEnum phase) {
      this.phase = phase;
      return this;
    }

    /** Sets {@code location} (optional). */
    public Builder location(LocationEnum location) {
      this.location = location;
      return this;
    }

    /** Sets {@code signedMeterValue} (optional). */
    public Builder signedMeterValue(SignedMeterValue signedMeterValue) {
      this.signedMeterValue = signedMeterValue;
      return this;
    }

    /** Sets {@code unitOfMeasure} (optional). */
    public Builder unitOfMeasure(UnitOfMeasure unitOfMeasure) {
      this.unitOfMeasure = unitOfMeasure;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public SampledValue build() {
      if (value == null) {
        throw new IllegalStateException("SampledValue.value is required but was not set");
      }
      SampledValue built =
          new SampledValue(
              customData,
              value,
              context,
              measurand,
              phase,
              location,
              signedMeterValue,
              unitOfMeasure);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid SampledValue: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<SampledValue> {
    @Override
    public SampledValue read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      BigDecimal value = null;
      ReadingContextEnum context = null;
      MeasurandEnum measurand = null;
      PhaseEnum phase = null;
      LocationEnum location = null;
      SignedMeterValue signedMeterValue = null;
      UnitOfMeasure unitOfMeasure = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "value":
            value = Codecs.readDecimal(p, "value");
            break;
          case "context":
            context = ReadingContextEnum.read(p, ctx, "context");
            break;
          case "measurand":
            measurand = MeasurandEnum.read(p, ctx, "measurand");
            break;
          case "phase":
            phase = PhaseEnum.read(p, ctx, "phase");
            break;
          case "location":
            location = LocationEnum.read(p, ctx, "location");
            break;
          case "signedMeterValue":
            signedMeterValue =
                Codecs.readObject(p, ctx, "signedMeterValue", SignedMeterValue.CODEC);
            break;
          case "unitOfMeasure":
            unitOfMeasure = Codecs.readObject(p, ctx, "unitOfMeasure", UnitOfMeasure.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (value == null) {
        throw Codecs.missing("value");
      }
      return new SampledValue(
          customData, value, context, measurand, phase, location, signedMeterValue, unitOfMeasure);
    }

    @Override
    public void write(JsonGenerator g, SampledValue value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_VALUE);
      Codecs.writeDecimal(g, value.value());
      if (value.context() != null) {
        g.writeFieldName(NAME_CONTEXT);
        g.writeString(value.context().wireValue());
      }
      if (value.measurand() != null) {
        g.writeFieldName(NAME_MEASURAND);
        g.writeString(value.measurand().wireValue());
      }
      if (value.phase() != null) {
        g.writeFieldName(NAME_PHASE);
        g.writeString(value.phase().wireValue());
      }
      if (value.location() != null) {
        g.writeFieldName(NAME_LOCATION);
        g.writeString(value.location().wireValue());
      }
      if (value.signedMeterValue() != null) {
        g.writeFieldName(NAME_SIGNED_METER_VALUE);
        SignedMeterValue.CODEC.write(g, value.signedMeterValue());
      }
      if (value.unitOfMeasure() != null) {
        g.writeFieldName(NAME_UNIT_OF_MEASURE);
        UnitOfMeasure.CODEC.write(g, value.unitOfMeasure());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SampledValue value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "signedMeterValue", SignedMeterValue.CODEC, value.signedMeterValue());
      Codecs.checkNested(out, "unitOfMeasure", UnitOfMeasure.CODEC, value.unitOfMeasure());
      return out;
    }
  }
}
