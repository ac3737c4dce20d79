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
 * Attribute data of a variable.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param type optional, null when absent (the schema's default {@code Actual} is not filled
 *     in). Attribute: Actual, MinSet, MaxSet, etc. Defaults to Actual if absent.
 * @param value optional, null when absent; at most 2500 characters. Value of the attribute. May
 *     only be omitted when mutability is set to 'WriteOnly'. The Configuration Variable
 *     ReportingValueSize can be used to limit GetVariableResult.attributeValue,
 *     VariableAttribute.value and EventData.actualValue. The max size of these values will always
 *     remain equal.
 * @param mutability optional, null when absent (the schema's default {@code ReadWrite} is not
 *     filled in). Defines the mutability of this attribute. Default is ReadWrite when omitted.
 * @param persistent optional, null when absent (the schema's default {@code false} is not
 *     filled in). If true, value will be persistent across system reboots or power down. Default
 *     when omitted is false.
 * @param constant optional, null when absent (the schema's default {@code false} is not filled
 *     in). If true, value that will never be changed by the Charging Station at runtime. Default
 *     when omitted is false.
 */
public record VariableAttribute(
    CustomData customData,
    AttributeEnum type,
    String value,
    MutabilityEnum mutability,
    Boolean persistent,
    Boolean constant) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<VariableAttribute> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_TYPE = new SerializedString("type");
  private static final SerializedString NAME_VALUE = new SerializedString("value");
  private static final SerializedString NAME_MUTABILITY = new SerializedString("mutability");
  private static final SerializedString NAME_PERSISTENT = new SerializedString("persistent");
  private static final SerializedString NAME_CONSTANT = new SerializedString("constant");

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VariableAttribute}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private AttributeEnum type;
    private String value;
    private MutabilityEnum mutability;
    private Boolean persistent;
    private Boolean constant;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code type} (optional). */
    public Builder type(AttributeEnum type) {
      this.type = type;
      return this;
    }

    /** Sets {@code value} (optional). */
    public Builder value(String value) {
      this.value = value;
      return this;
    }

    /** Sets {@code mutability} (optional). */
    public Builder mutability(MutabilityEnum mutability) {
      this.mutability = mutability;
      return this;
    }

    /** Sets {@code persistent} (optional). */
    public Builder persistent(Boolean persistent) {
      this.persistent = persistent;
      return this;
    }

    /** Sets {@code constant} (optional). */
    public Builder constant(Boolean constant) {
      this.constant = constant;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public VariableAttribute build() {
      VariableAttribute built =
          new VariableAttribute(customData, type, value, mutability, persistent, constant);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid VariableAttribute: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<VariableAttribute> {
    @Override
    public VariableAttribute read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      AttributeEnum type = null;
      String value = null;
      MutabilityEnum mutability = null;
      Boolean persistent = null;
      Boolean constant = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "type":
            type = AttributeEnum.read(p, ctx, "type");
            break;
          case "value":
            value = Codecs.readString(p, "value", 2500);
            break;
          case "mutability":
            mutability = MutabilityEnum.read(p, ctx, "mutability");
            break;
          case "persistent":
            persistent = Codecs.readBoolean(p, "persistent");
            break;
          case "constant":
            constant = Codecs.readBoolean(p, "constant");
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      return new VariableAttribute(customData, type, value, mutability, persistent, constant);
    }

    @Override
    public void write(JsonGenerator g, VariableAttribute value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.type() != null) {
        g.writeFieldName(NAME_TYPE);
        g.writeString(value.type().wireValue());
      }
      if (value.value() != null) {
        g.writeFieldName(NAME_VALUE);
        g.writeString(value.value());
      }
      if (value.mutability() != null) {
        g.writeFieldName(NAME_MUTABILITY);
        g.writeString(value.mutability().wireValue());
      }
      if (value.persistent() != null) {
        g.writeFieldName(NAME_PERSISTENT);
        g.writeBoolean(value.persistent());
      }
      if (value.constant() != null) {
        g.writeFieldName(NAME_CONSTANT);
        g.writeBoolean(value.constant());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(VariableAttribute value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "value", value.value(), 2500);
      return out;
    }
  }
}
