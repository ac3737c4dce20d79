// Generated from the OCPP 1.6 JSON schemas by OcppCodeGenerator; must not be edited.
// Change the generator (ocpp-sdk/src/test/java/org/evdepot/ocpp/codegen) and run it again.
package org.evdepot.ocpp.v16;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * OCPP 1.6 type {@code StopTransactionSampledValue}.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param value required
 * @param context optional, null when absent
 * @param format optional, null when absent
 * @param measurand optional, null when absent
 * @param phase optional, null when absent
 * @param location optional, null when absent
 * @param unit optional, null when absent
 */
public record StopTransactionSampledValue(
    String value,
    ReadingContext context,
    ValueFormat format,
    Measurand measurand,
    Phase phase,
    Location location,
    StopTransactionUnitOfMeasure unit) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<StopTransactionSampledValue> CODEC = new Codec();

  private static final SerializedString NAME_VALUE = new SerializedString("value");
  private static final SerializedString NAME_CONTEXT = new SerializedString("context");
  private static final SerializedString NAME_FORMAT = new SerializedString("format");
  private static final SerializedString NAME_MEASURAND = new SerializedString("measurand");
  private static final SerializedString NAME_PHASE = new SerializedString("phase");
  private static final SerializedString NAME_LOCATION = new SerializedString("location");
  private static final SerializedString NAME_UNIT = new SerializedString("unit");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public StopTransactionSampledValue {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StopTransactionSampledValue}; not thread-safe. */
  public static final class Builder {
    private String value;
    private ReadingContext context;
    private ValueFormat format;
    private Measurand measurand;
    private Phase phase;
    private Location location;
    private StopTransactionUnitOfMeasure unit;

    private Builder() {}

    /** Sets {@code value} (required). */
    public Builder value(String value) {
      this.value = value;
      return this;
    }

    /** Sets {@code context} (optional). */
    public Builder context(ReadingContext context) {
      this.context = context;
      return this;
    }

    /** Sets {@code format} (optional). */
    public Builder format(ValueFormat format) {
      this.format = format;
      return this;
    }

    /** Sets {@code measurand} (optional). */
    public Builder measurand(Measurand measurand) {
      this.measurand = measurand;
      return this;
    }

    /** Sets {@code phase} (optional). */
    public Builder phase(Phase phase) {
      this.phase = phase;
      return this;
    }

    /** Sets {@code location} (optional). */
    public Builder location(Location location) {
      this.location = location;
      return this;
    }

    /** Sets {@code unit} (optional). */
    public Builder unit(StopTransactionUnitOfMeasure unit) {
      this.unit = unit;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public StopTransactionSampledValue build() {
      if (value == null) {
        throw new IllegalStateException(
            "StopTransactionSampledValue.value is required but was not set");
      }
      StopTransactionSampledValue built =
          new StopTransactionSampledValue(value, context, format, measurand, phase, location, unit);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid StopTransactionSampledValue: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<StopTransactionSampledValue> {
    @Override
    public StopTransactionSampledValue read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      String value = null;
      ReadingContext context = null;
      ValueFormat format = null;
      Measurand measurand = null;
      Phase phase = null;
      Location location = null;
      StopTransactionUnitOfMeasure unit = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "value":
            value = Codecs.readString(p, "value", -1);
            break;
          case "context":
            context = ReadingContext.read(p, ctx, "context");
            break;
          case "format":
            format = ValueFormat.read(p, ctx, "format");
            break;
          case "measurand":
            measurand = Measurand.read(p, ctx, "measurand");
            break;
          case "phase":
            phase = Phase.read(p, ctx, "phase");
            break;
          case "location":
            location = Location.read(p, ctx, "location");
            break;
          case "unit":
            unit = StopTransactionUnitOfMeasure.read(p, ctx, "unit");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (value == null) {
        throw Codecs.missing("value");
      }
      return new StopTransactionSampledValue(
          value, context, format, measurand, phase, location, unit);
    }

    @Override
    public void write(JsonGenerator g, StopTransactionSampledValue value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(NAME_VALUE);
      g.writeString(value.value());
      if (value.context() != null) {
        g.writeFieldName(NAME_CONTEXT);
        g.writeString(value.context().wireValue());
      }
      if (value.format() != null) {
        g.writeFieldName(NAME_FORMAT);
        g.writeString(value.format().wireValue());
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
      if (value.unit() != null) {
        g.writeFieldName(NAME_UNIT);
        g.writeString(value.unit().wireValue());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(StopTransactionSampledValue value) {
      return List.of();
    }
  }
}
