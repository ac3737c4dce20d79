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
 * Class to hold result of SetVariableMonitoring request.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param id optional, null when absent. Id given to the VariableMonitor by the Charging
 *     Station. The Id is only returned when status is accepted. Installed VariableMonitors should
 *     have unique id's but the id's of removed Installed monitors should have unique id's but the
 *     id's of removed monitors MAY be reused.
 * @param statusInfo optional, null when absent. Element providing more information about the
 *     status.
 * @param status required. Status is OK if a value could be returned. Otherwise this will
 *     indicate the reason why a value could not be returned.
 * @param type required. The type of this monitor, e.g. a threshold, delta or periodic monitor.
 * @param component required. A physical or logical component
 * @param variable required. Reference key to a component-variable.
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
 */
public record SetMonitoringResult(
    CustomData customData,
    Integer id,
    StatusInfo statusInfo,
    SetMonitoringStatusEnum status,
    MonitorEnum type,
    Component component,
    Variable variable,
    int severity) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<SetMonitoringResult> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_ID = new SerializedString("id");
  private static final SerializedString NAME_STATUS_INFO = new SerializedString("statusInfo");
  private static final SerializedString NAME_STATUS = new SerializedString("status");
  private static final SerializedString NAME_TYPE = new SerializedString("type");
  private static final SerializedString NAME_COMPONENT = new SerializedString("component");
  private static final SerializedString NAME_VARIABLE = new SerializedString("variable");
  private static final SerializedString NAME_SEVERITY = new SerializedString("severity");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public SetMonitoringResult {
    Objects.requireNonNull(status, "status");
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

  /** Builds a {@link SetMonitoringResult}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer id;
    private StatusInfo statusInfo;
    private SetMonitoringStatusEnum status;
    private MonitorEnum type;
    private Component component;
    private Variable variable;
    private Integer severity;

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

    /** Sets {@code statusInfo} (optional). */
    public Builder statusInfo(StatusInfo statusInfo) {
      this.statusInfo = statusInfo;
      return this;
    }

    /** Sets {@code status} (required). */
    public Builder status(SetMonitoringStatusEnum status) {
      this.status = status;
      return this;
    }

    /** Sets {@code type} (required). */
    public Builder type(MonitorEnum type) {
      this.type = type;
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

    /** Sets {@code severity} (required). */
    public Builder severity(int severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Creates the value.
     *
     * @throws IllegalStateException when a required field is not set
     * @throws IllegalArgumentException when a value breaks a constraint of the schema
     */
    public SetMonitoringResult build() {
      if (status == null) {
        throw new IllegalStateException("SetMonitoringResult.status is required but was not set");
      }
      if (type == null) {
        throw new IllegalStateException("SetMonitoringResult.type is required but was not set");
      }
      if (component == null) {
        throw new IllegalStateException(
            "SetMonitoringResult.component is required but was not set");
      }
      if (variable == null) {
        throw new IllegalStateException("SetMonitoringResult.variable is required but was not set");
      }
      if (severity == null) {
        throw new IllegalStateException("SetMonitoringResult.severity is required but was not set");
      }
      SetMonitoringResult built =
          new SetMonitoringResult(
              customData, id, statusInfo, status, type, component, variable, severity);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid SetMonitoringResult: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<SetMonitoringResult> {
    @Override
    public SetMonitoringResult read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      Integer id = null;
      StatusInfo statusInfo = null;
      SetMonitoringStatusEnum status = null;
      MonitorEnum type = null;
      Component component = null;
      Variable variable = null;
      int severity = 0;
      boolean hasSeverity = false;
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
          case "statusInfo":
            statusInfo = Codecs.readObject(p, ctx, "statusInfo", StatusInfo.CODEC);
            break;
          case "status":
            status = SetMonitoringStatusEnum.read(p, ctx, "status");
            break;
          case "type":
            type = MonitorEnum.read(p, ctx, "type");
            break;
          case "component":
            component = Codecs.readObject(p, ctx, "component", Component.CODEC);
            break;
          case "variable":
            variable = Codecs.readObject(p, ctx, "variable", Variable.CODEC);
            break;
          case "severity":
            severity = Codecs.readInt(p, "severity");
            hasSeverity = true;
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (status == null) {
        throw Codecs.missing("status");
      }
      if (type == null) {
        throw Codecs.missing("type");
      }
      if (component == null) {
        throw Codecs.missing("component");
      }
      if (variable == null) {
        throw Codecs.missing("variable");
      }
      if (!hasSeverity) {
        throw Codecs.missing("severity");
      }
      return new SetMonitoringResult(
          customData, id, statusInfo, status, type, component, variable, severity);
    }

    @Override
    public void write(JsonGenerator g, SetMonitoringResult value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      if (value.id() != null) {
        g.writeFieldName(NAME_ID);
        g.writeNumber(value.id());
      }
      if (value.statusInfo() != null) {
        g.writeFieldName(NAME_STATUS_INFO);
        StatusInfo.CODEC.write(g, value.statusInfo());
      }
      g.writeFieldName(NAME_STATUS);
      g.writeString(value.status().wireValue());
      g.writeFieldName(NAME_TYPE);
      g.writeString(value.type().wireValue());
      g.writeFieldName(NAME_COMPONENT);
      Component.CODEC.write(g, value.component());
      g.writeFieldName(NAME_VARIABLE);
      Variable.CODEC.write(g, value.variable());
      g.writeFieldName(NAME_SEVERITY);
      g.writeNumber(value.severity());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(SetMonitoringResult value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkNested(out, "statusInfo", StatusInfo.CODEC, value.statusInfo());
      Codecs.checkNested(out, "component", Component.CODEC, value.component());
      Codecs.checkNested(out, "variable", Variable.CODEC, value.variable());
      return out;
    }
  }
}
