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
import java.util.Objects;
import org.evdepot.ocpp.codec.DecodeContext;
import org.evdepot.ocpp.codec.MessageCodec;
import org.evdepot.ocpp.codec.Violation;
import org.evdepot.ocpp.internal.codec.Codecs;

/**
 * Class to hold results of GetVariables request.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param attributeStatusInfo optional, null when absent. Element providing more information
 *     about the status.
 * @param attributeStatus required. Result status of getting the variable.
 * @param attributeType optional, null when absent (the schema's default {@code Actual} is not
 *     filled in). Attribute type for which value is requested. When absent, default Actual is
 *     assumed.
 * @param attributeValue optional, null when absent; at most 2500 characters. Value of requested
 *     attribute type of component-variable. This field can only be empty when the given status is
 *     NOT accepted. The Configuration Variable ReportingValueSize can be used to limit
 *     GetVariableResult.attributeValue, VariableAttribute.value and EventData.actualValue. The max
 *     size of these values will always remain equal.
 * @param component required. A physical or logical component
 * @param variable required. Reference key to a component-variable.
 */
public record GetVariableResult(
    CustomData customData,
    StatusInfo attributeStatusInfo,
    GetVariableStatusEnum attributeStatus,
    AttributeEnum attributeType,
    String attributeValue,
    Component component,
    Variable variable) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<GetVariableResult> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ATTRIBUTE_STATUS_INFO =
      new SerializedString("attributeStatusInfo");
  private static final SerializedString NAME_ATTRIBUTE_STATUS =
      new SerializedString("attributeStatus");
  private static final SerializedString NAME_ATTRIBUTE_TYPE = new SerializedString("attributeType");
  private static final SerializedString NAME_ATTRIBUTE_VALUE =
      new SerializedString("attributeValue");
  private static final SerializedString NAME_COMPONENT = new SerializedString("component");
  private static final SerializedString NAME_VARIABLE = new SerializedString("variable");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public GetVariableResult {
    Objects.requireNonNull(attributeStatus, "attributeStatus");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(variable, "variable");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GetVariableResult}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private StatusInfo attributeStatusInfo;
    private GetVariableStatusEnum attributeStatus;
    private AttributeEnum attributeType;
    private String attributeValue;
    private Component component;
    private Variable variable;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code attributeStatusInfo} (optional). */
    public Builder attributeStatusInfo(StatusInfo attributeStatusInfo) {
      this.attributeStatusInfo = attributeStatusInfo;
      return this;
    }

    /** Sets {@code attributeStatus} (required). */
    public Builder attributeStatus(GetVariableStatusEnum attributeStatus) {
      this.attributeStatus = attributeStatus;
      return this;
    }

    /** Sets {@code attributeType} (optional). */
    public Builder attributeType(AttributeEnum attributeType) {
      this.attributeType = attributeType;
      return this;
    }

    /** Sets {@code attributeValue} (optional). */
    public Builder attributeValue(String attributeValue) {
      this.attributeValue = attributeValue;
      return this;
    }

    /** Sets {@code component} (required). */
    public Builder component(Component component) {
      this.component = component;
      return this;
    }

    /** Sets {@code variable} (required). */
    public Builder variable(Variable variable) {
      this.variable = variable;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public GetVariableResult build() {
      if (attributeStatus == null) {
        throw new IllegalStateException(
            "GetVariableResult.attributeStatus is required but was not set");
      }
      if (component == null) {
        throw new IllegalStateException("GetVariableResult.component is required but was not set");
      }
      if (variable == null) {
        throw new IllegalStateException("GetVariableResult.variable is required but was not set");
      }
      GetVariableResult built =
          new GetVariableResult(
              customData,
              attributeStatusInfo,
              attributeStatus,
              attributeType,
              attributeValue,
              component,
              variable);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid GetVariableResult: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<GetVariableResult> {
    @Override
    public GetVariableResult read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      StatusInfo attributeStatusInfo = null;
      GetVariableStatusEnum attributeStatus = null;
      AttributeEnum attributeType = null;
      String attributeValue = null;
      Component component = null;
      Variable variable = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "attributeStatusInfo":
            attributeStatusInfo =
                Codecs.readObject(p, ctx, "attributeStatusInfo", StatusInfo.CODEC);
            break;
          case "attributeStatus":
            attributeStatus = GetVariableStatusEnum.read(p, ctx, "attributeStatus");
            break;
          case "attributeType":
            attributeType = AttributeEnum.read(p, ctx, "attributeType");
            break;
          case "attributeValue":
            attributeValue = Codecs.readString(p, "attributeValue", 2500);
            break;
          case "component":
            component = Codecs.readObject(p, ctx, "component", Component.CODEC);
            break;
          case "variable":
            variable = Codecs.readObject(p, ctx, "variable", Variable.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (attributeStatus == null) {
        throw Codecs.missing("attributeStatus");
      }
      if (component == null) {
        throw Codecs.missing("component");
      }
      if (variable == null) {
        throw Codecs.missing("variable");
      }
      return new GetVariableResult(
          customData,
          attributeStatusInfo,
          attributeStatus,
          attributeType,
          attributeValue,
          component,
          variable);
    }

    @Override
    public void write(JsonGenerator g, GetVariableResult value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.attributeStatusInfo() != null) {
        g.writeFieldName(NAME_ATTRIBUTE_STATUS_INFO);
        StatusInfo.CODEC.write(g, value.attributeStatusInfo());
      }
      g.writeFieldName(NAME_ATTRIBUTE_STATUS);
      g.writeString(value.attributeStatus().wireValue());
      if (value.attributeType() != null) {
        g.writeFieldName(NAME_ATTRIBUTE_TYPE);
        g.writeString(value.attributeType().wireValue());
      }
      if (value.attributeValue() != null) {
        g.writeFieldName(NAME_ATTRIBUTE_VALUE);
        g.writeString(value.attributeValue());
      }
      g.writeFieldName(NAME_COMPONENT);
      Component.CODEC.write(g, value.component());
      g.writeFieldName(NAME_VARIABLE);
      Variable.CODEC.write(g, value.variable());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(GetVariableResult value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "attributeStatusInfo", StatusInfo.CODEC, value.attributeStatusInfo());
      Codecs.checkLength(out, "attributeValue", value.attributeValue(), 2500);
      Codecs.checkNested(out, "component", Component.CODEC, value.component());
      Codecs.checkNested(out, "variable", Variable.CODEC, value.variable());
      return out;
    }
  }
}
