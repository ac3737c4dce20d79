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
 * Class to hold parameters of SetVariableMonitoring request.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param component required. A physical or logical component
 * @param variable required. Reference key to a component-variable.
 * @param variableMonitoring required; at least 1 item
 */
public record MonitoringData(
    CustomData customData,
    Component component,
    Variable variable,
    List<VariableMonitoring> variableMonitoring) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<MonitoringData> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_COMPONENT = new SerializedString("component");
  private static final SerializedString NAME_VARIABLE = new SerializedString("variable");
  private static final SerializedString NAME_VARIABLE_MONITORING =
      new SerializedString("variableMonitoring");

  /**
   * Creates the value; lists are copied into immutable lists.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public MonitoringData {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(variableMonitoring, "variableMonitoring");
    variableMonitoring = List.copyOf(variableMonitoring);
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitoringData}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Component component;
    private Variable variable;
    private List<VariableMonitoring> variableMonitoring;

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

    /** Sets {@code variableMonitoring} (required). */
    public Builder variableMonitoring(List<VariableMonitoring> variableMonitoring) {
      this.variableMonitoring = variableMonitoring;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public MonitoringData build() {
      if (component == null) {
        throw new IllegalStateException("MonitoringData.component is required but was not set");
      }
      if (variable == null) {
        throw new IllegalStateException("MonitoringData.variable is required but was not set");
      }
      if (variableMonitoring == null) {
        throw new IllegalStateException(
            "MonitoringData.variableMonitoring is required but was not set");
      }
      MonitoringData built =
          new MonitoringData(customData, component, variable, variableMonitoring);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid MonitoringData: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<MonitoringData> {
    private static final ElementReader<VariableMonitoring> ITEM_VARIABLE_MONITORING =
        (p, ctx) -> Codecs.readObject(p, ctx, "", VariableMonitoring.CODEC);

    @Override
    public MonitoringData read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Component component = null;
      Variable variable = null;
      List<VariableMonitoring> variableMonitoring = null;
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
          case "variableMonitoring":
            variableMonitoring =
                Codecs.readList(p, ctx, "variableMonitoring", 1, -1, ITEM_VARIABLE_MONITORING);
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
      if (variableMonitoring == null) {
        throw Codecs.missing("variableMonitoring");
      }
      return new MonitoringData(customData, component, variable, variableMonitoring);
    }

    @Override
    public void write(JsonGenerator g, MonitoringData value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_COMPONENT);
      Component.CODEC.write(g, value.component());
      g.writeFieldName(NAME_VARIABLE);
      Variable.CODEC.write(g, value.variable());
      g.writeFieldName(NAME_VARIABLE_MONITORING);
      g.writeStartArray();
      for (VariableMonitoring item : value.variableMonitoring()) {
        VariableMonitoring.CODEC.write(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(MonitoringData value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "component", Component.CODEC, value.component());
      Codecs.checkNested(out, "variable", Variable.CODEC, value.variable());
      Codecs.checkItems(out, "variableMonitoring", value.variableMonitoring(), 1, -1);
      Codecs.checkNestedList(
          out, "variableMonitoring", VariableMonitoring.CODEC, value.variableMonitoring());
      return out;
    }
  }
}
