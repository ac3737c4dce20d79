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
 * Class to hold parameters of SetVariableMonitoring request.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param id optional, null when absent. An id SHALL only be given to replace an existing
 *     monitor. The Charging Station handles the generation of id's for new monitors.
 * @param transaction optional, null when absent (the schema's default {@code false} is not
 *     filled in). Monitor only active when a transaction is ongoing on a component relevant to this
 *     transaction. Default = false.
 * @param value required. Value for threshold or delta monitoring. For Periodic or
 *     PeriodicClockAligned this is the interval in seconds.
 * @param type required. The type of this monitor, e.g. a threshold, delta or periodic monitor.
 * @param severity required. The severity that will be assigned to an event that is triggered by
 *     this monitor. The severity range is 0-9, with 0 as the highest and 9 as the lowest severity
 *     level. The severity levels have the following meaning: + *0-Danger* + Indicates lives are
 *     potentially in danger. Urgent attention is needed and action should be taken immediately. +
 *     *1-Hardware Failure* + Indicates that the Charging Station is unable to continue regular
 *     operations due to Hardware issues. Action is required. + *2-System Failure* + Indicates that
 *     the Charging Station is unable to continue regular operations due to software or minor
 *     hardware issues. Action is required. + *3-Critical* + Indicates a critical error. Action is
 *     required. + *4-Error* + Indicates a non-urgent error. Action is required. + *5-Alert* +
 *     Indicates an alert event. Default severity for any type of monitoring event. + *6-Warning* +
 *     Indicates a warning event. Action may be required. + *7-Notice* + Indicates an unusual event.
 *     No immediate action is required. + *8-Informational* + Indicates a regular operational event.
 *     May be used for reporting, measuring throughput, etc. No action is required. + *9-Debug* +
 *     Indicates information useful to developers for debugging, not useful during operations.
 * @param component required. A physical or logical component
 * @param variable required. Reference key to a component-variable.
 */
public record SetMonitoringData(
    CustomData customData,
    Integer id,
    Boolean transaction,
    BigDecimal value,
    MonitorEnum type,
    int severity,
    Component component,
    Variable variable) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SetMonitoringData> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID = new SerializedString("id");
  private static final SerializedString NAME_TRANSACTION = new SerializedString("transaction");
  private static final SerializedString NAME_VALUE = new SerializedString("value");
  private static final SerializedString NAME_TYPE = new SerializedString("type");
  private static final SerializedString NAME_SEVERITY = new SerializedString("severity");
  private static final SerializedString NAME_COMPONENT = new SerializedString("component");
  private static final SerializedString NAME_VARIABLE = new SerializedString("variable");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SetMonitoringData {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
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

  /** Builds a {@link SetMonitoringData}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer id;
    private Boolean transaction;
    private BigDecimal value;
    private MonitorEnum type;
    private Integer severity;
    private Component component;
    private Variable variable;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code id} (optional). */
    public Builder id(Integer id) {
      this.id = id;
      return this;
    }

    /** Sets {@code transaction} (optional). */
    public Builder transaction(Boolean transaction) {
      this.transaction = transaction;
      return this;
    }

    /** Sets {@code value} (required). */
    public Builder value(BigDecimal value) {
      this.value = value;
      return this;
    }

    /** Sets {@code type} (required). */
    public Builder type(MonitorEnum type) {
      this.type = type;
      return this;
    }

    /** Sets {@code severity} (required). */
    public Builder severity(int severity) {
      this.severity = severity;
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
    public SetMonitoringData build() {
      if (value == null) {
        throw new IllegalStateException("SetMonitoringData.value is required but was not set");
      }
      if (type == null) {
        throw new IllegalStateException("SetMonitoringData.type is required but was not set");
      }
      if (severity == null) {
        throw new IllegalStateException("SetMonitoringData.severity is required but was not set");
      }
      if (component == null) {
        throw new IllegalStateException("SetMonitoringData.component is required but was not set");
      }
      if (variable == null) {
        throw new IllegalStateException("SetMonitoringData.variable is required but was not set");
      }
      SetMonitoringData built =
          new SetMonitoringData(
              customData, id, transaction, value, type, severity, component, variable);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid SetMonitoringData: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<SetMonitoringData> {
    @Override
    public SetMonitoringData read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Integer id = null;
      Boolean transaction = null;
      BigDecimal value = null;
      MonitorEnum type = null;
      int severity = 0;
      boolean hasSeverity = false;
      Component component = null;
      Variable variable = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "id":
            id = Codecs.readInt(p, "id");
            break;
          case "transaction":
            transaction = Codecs.readBoolean(p, "transaction");
            break;
          case "value":
            value = Codecs.readDecimal(p, "value");
            break;
          case "type":
            type = MonitorEnum.read(p, ctx, "type");
            break;
          case "severity":
            severity = Codecs.readInt(p, "severity");
            hasSeverity = true;
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
      if (value == null) {
        throw Codecs.missing("value");
      }
      if (type == null) {
        throw Codecs.missing("type");
      }
      if (!hasSeverity) {
        throw Codecs.missing("severity");
      }
      if (component == null) {
        throw Codecs.missing("component");
      }
      if (variable == null) {
        throw Codecs.missing("variable");
      }
      return new SetMonitoringData(
          customData, id, transaction, value, type, severity, component, variable);
    }

    @Override
    public void write(JsonGenerator g, SetMonitoringData value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.id() != null) {
        g.writeFieldName(NAME_ID);
        g.writeNumber(value.id());
      }
      if (value.transaction() != null) {
        g.writeFieldName(NAME_TRANSACTION);
        g.writeBoolean(value.transaction());
      }
      g.writeFieldName(NAME_VALUE);
      Codecs.writeDecimal(g, value.value());
      g.writeFieldName(NAME_TYPE);
      g.writeString(value.type().wireValue());
      g.writeFieldName(NAME_SEVERITY);
      g.writeNumber(value.severity());
      g.writeFieldName(NAME_COMPONENT);
      Component.CODEC.write(g, value.component());
      g.writeFieldName(NAME_VARIABLE);
      Variable.CODEC.write(g, value.variable());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SetMonitoringData value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "component", Component.CODEC, value.component());
      Codecs.checkNested(out, "variable", Variable.CODEC, value.variable());
      return out;
    }
  }
}
