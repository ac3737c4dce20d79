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
import org.evdepot.ocpp.internal.codec.ElementReader;

/**
 * Class to report components, variables and variable attributes and characteristics.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param component required. A physical or logical component
 * @param variable required. Reference key to a component-variable.
 * @param variableAttribute required; at least 1 item, at most 4 items
 * @param variableCharacteristics optional, null when absent. Fixed read-only parameters of a
 *     variable.
 */
public record ReportData(
    CustomData customData,
    Component component,
    Variable variable,
    List<VariableAttribute> variableAttribute,
    VariableCharacteristics variableCharacteristics) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<ReportData> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_COMPONENT = new SerializedString("component");
  private static final SerializedString NAME_VARIABLE = new SerializedString("variable");
  private static final SerializedString NAME_VARIABLE_ATTRIBUTE =
      new SerializedString("variableAttribute");
  private static final SerializedString NAME_VARIABLE_CHARACTERISTICS =
      new SerializedString("variableCharacteristics");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public ReportData {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(variableAttribute, "variableAttribute");
    variableAttribute = List.copyOf(variableAttribute);
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportData}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Component component;
    private Variable variable;
    private List<VariableAttribute> variableAttribute;
    private VariableCharacteristics variableCharacteristics;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
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

    /** Sets {@code variableAttribute} (required). */
    public Builder variableAttribute(List<VariableAttribute> variableAttribute) {
      this.variableAttribute = variableAttribute;
      return this;
    }

    /** Sets {@code variableCharacteristics} (optional). */
    public Builder variableCharacteristics(VariableCharacteristics variableCharacteristics) {
      this.variableCharacteristics = variableCharacteristics;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public ReportData build() {
      if (component == null) {
        throw new IllegalStateException("ReportData.component is required but was not set");
      }
      if (variable == null) {
        throw new IllegalStateException("ReportData.variable is required but was not set");
      }
      if (variableAttribute == null) {
        throw new IllegalStateException("ReportData.variableAttribute is required but was not set");
      }
      ReportData built =
          new ReportData(
              customData, component, variable, variableAttribute, variableCharacteristics);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid ReportData: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<ReportData> {
    private static final ElementReader<VariableAttribute> ITEM_VARIABLE_ATTRIBUTE =
        (p, ctx) -> Codecs.readObject(p, ctx, "", VariableAttribute.CODEC);

    @Override
    public ReportData read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Component component = null;
      Variable variable = null;
      List<VariableAttribute> variableAttribute = null;
      VariableCharacteristics variableCharacteristics = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "component":
            component = Codecs.readObject(p, ctx, "component", Component.CODEC);
            break;
          case "variable":
            variable = Codecs.readObject(p, ctx, "variable", Variable.CODEC);
            break;
          case "variableAttribute":
            variableAttribute =
                Codecs.readList(p, ctx, "variableAttribute", 1, 4, ITEM_VARIABLE_ATTRIBUTE);
            break;
          case "variableCharacteristics":
            variableCharacteristics =
                Codecs.readObject(p, ctx, "variableCharacteristics", VariableCharacteristics.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (component == null) {
        throw Codecs.missing("component");
      }
      if (variable == null) {
        throw Codecs.missing("variable");
      }
      if (variableAttribute == null) {
        throw Codecs.missing("variableAttribute");
      }
      return new ReportData(
          customData, component, variable, variableAttribute, variableCharacteristics);
    }

    @Override
    public void write(JsonGenerator g, ReportData value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_COMPONENT);
      Component.CODEC.write(g, value.component());
      g.writeFieldName(NAME_VARIABLE);
      Variable.CODEC.write(g, value.variable());
      g.writeFieldName(NAME_VARIABLE_ATTRIBUTE);
      g.writeStartArray();
      for (VariableAttribute item : value.variableAttribute()) {
        VariableAttribute.CODEC.write(g, item);
      }
      g.writeEndArray();
      if (value.variableCharacteristics() != null) {
        g.writeFieldName(NAME_VARIABLE_CHARACTERISTICS);
        VariableCharacteristics.CODEC.write(g, value.variableCharacteristics());
      }
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(ReportData value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "component", Component.CODEC, value.component());
      Codecs.checkNested(out, "variable", Variable.CODEC, value.variable());
      Codecs.checkItems(out, "variableAttribute", value.variableAttribute(), 1, 4);
      Codecs.checkNestedList(
          out, "variableAttribute", VariableAttribute.CODEC, value.variableAttribute());
      Codecs.checkNested(
          out,
          "variableCharacteristics",
          VariableCharacteristics.CODEC,
          value.variableCharacteristics());
      return out;
    }
  }
}
