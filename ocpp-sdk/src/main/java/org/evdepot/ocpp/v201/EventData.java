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
 * Class to report an event notification for a component-variable.
 *
 * <p>Optional components are {@code null} when absent; required components are never null.
 *
 * @param customData optional, null when absent. Vendor-specific extension data.
 * @param eventId required. Identifies the event. This field can be referred to as a cause by
 *     other events.
 * @param timestamp required; written as UTC with at most millisecond precision. Timestamp of
 *     the moment the report was generated.
 * @param trigger required. Type of monitor that triggered this event, e.g. exceeding a
 *     threshold value.
 * @param cause optional, null when absent. Refers to the Id of an event that is considered to
 *     be the cause for this event.
 * @param actualValue required; at most 2500 characters. The Configuration Variable
 *     ReportingValueSize can be used to limit GetVariableResult.attributeValue,
 *     VariableAttribute.value and EventData.actualValue. The max size of these values will always
 *     remain equal.
 * @param techCode optional, null when absent; at most 50 characters. Technical (error) code as
 *     reported by component.
 * @param techInfo optional, null when absent; at most 500 characters. Technical detail
 *     information as reported by component.
 * @param cleared optional, null when absent. _Cleared_ is set to true to report the clearing of
 *     a monitored situation, i.e. a 'return to normal'.
 * @param transactionId optional, null when absent; at most 36 characters. If an event
 *     notification is linked to a specific transaction, this field can be used to specify its
 *     transactionId.
 * @param component required. A physical or logical component
 * @param variableMonitoringId optional, null when absent. Identifies the VariableMonitoring
 *     which triggered the event.
 * @param eventNotificationType required. Specifies the event notification type of the message.
 * @param variable required. Reference key to a component-variable.
 */
public record EventData(
    CustomData customData,
    int eventId,
    Instant timestamp,
    EventTriggerEnum trigger,
    Integer cause,
    String actualValue,
    String techCode,
    String techInfo,
    Boolean cleared,
    String transactionId,
    Component component,
    Integer variableMonitoringId,
    EventNotificationEnum eventNotificationType,
    Variable variable) {

  /** Reads, writes and validates this type with the streaming API. */
  public static final MessageCodec<EventData> CODEC = new Codec();

  private static final SerializedString NAME_CUSTOM_DATA = new SerializedString("customData");
  private static final SerializedString NAME_EVENT_ID = new SerializedString("eventId");
  private static final SerializedString NAME_TIMESTAMP = new SerializedString("timestamp");
  private static final SerializedString NAME_TRIGGER = new SerializedString("trigger");
  private static final SerializedString NAME_CAUSE = new SerializedString("cause");
  private static final SerializedString NAME_ACTUAL_VALUE = new SerializedString("actualValue");
  private static final SerializedString NAME_TECH_CODE = new SerializedString("techCode");
  private static final SerializedString NAME_TECH_INFO = new SerializedString("techInfo");
  private static final SerializedString NAME_CLEARED = new SerializedString("cleared");
  private static final SerializedString NAME_TRANSACTION_ID = new SerializedString("transactionId");
  private static final SerializedString NAME_COMPONENT = new SerializedString("component");
  private static final SerializedString NAME_VARIABLE_MONITORING_ID =
      new SerializedString("variableMonitoringId");
  private static final SerializedString NAME_EVENT_NOTIFICATION_TYPE =
      new SerializedString("eventNotificationType");
  private static final SerializedString NAME_VARIABLE = new SerializedString("variable");

  /**
   * Creates the value.
   *
   * @throws NullPointerException naming the component when a required component is null
   */
  public EventData {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(actualValue, "actualValue");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(eventNotificationType, "eventNotificationType");
    Objects.requireNonNull(variable, "variable");
  }

  /**
   * A builder; {@link Builder#build()} checks that required fields are set and that every value
   * meets the schema's constraints.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EventData}; not thread-safe. */
  public static final class Builder {
    private CustomData customData;
    private Integer eventId;
    private Instant timestamp;
    private EventTriggerEnum trigger;
    private Integer cause;
    private String actualValue;
    private String techCode;
    private String techInfo;
    private Boolean cleared;
    private String transactionId;
    private Component component;
    private Integer variableMonitoringId;
    private EventNotificationEnum eventNotificationType;
    private Variable variable;

    private Builder() {}

    /** Sets {@code customData} (optional). */
    public Builder customData(CustomData customData) {
      this.customData = customData;
      return this;
    }

    /** Sets {@code eventId} (required). */
    public Builder eventId(int eventId) {
      this.eventId = eventId;
      return this;
    }

    /** Sets {@code timestamp} (required). */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /** Sets {@code trigger} (required). */
    public Builder trigger(EventTriggerEnum trigger) {
      this.trigger = trigger;
      return this;
    }

    /** Sets {@code cause} (optional). */
    public Builder cause(Integer cause) {
      this.cause = cause;
      return this;
    }

    /** Sets {@code actualValue} (required). */
    public Builder actualValue(String actualValue) {
      this.actualValue = actualValue;
      return this;
    }

    /** Sets {@code techCode} (optional). */
    public Builder techCode(String techCode) {
      this.techCode = techCode;
      return this;
    }

    /** Sets {@code techInfo} (optional). */
    public Builder techInfo(String techInfo) {
      this.techInfo = techInfo;
      return this;
    }

    /** Sets {@code cleared} (optional). */
    public Builder cleared(Boolean cleared) {
      this.cleared = cleared;
      return this;
    }

    /** Sets {@code transactionId} (optional). */
    public Builder transactionId(String transactionId) {
      this.transactionId = transactionId;
      return this;
    }

    /** Sets {@code component} (required). */
    public Builder component(Component component) {
      this.component = component;
      return this;
    }

    /** Sets {@code variableMonitoringId} (optional). */
    public Builder variableMonitoringId(Integer variableMonitoringId) {
      this.variableMonitoringId = variableMonitoringId;
      return this;
    }

    /** Sets {@code eventNotificationType} (required). */
    public Builder eventNotificationType(EventNotificationEnum eventNotificationType) {
      this.eventNotificationType = eventNotificationType;
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
    public EventData build() {
      if (eventId == null) {
        throw new IllegalStateException("EventData.eventId is required but was not set");
      }
      if (timestamp == null) {
        throw new IllegalStateException("EventData.timestamp is required but was not set");
      }
      if (trigger == null) {
        throw new IllegalStateException("EventData.trigger is required but was not set");
      }
      if (actualValue == null) {
        throw new IllegalStateException("EventData.actualValue is required but was not set");
      }
      if (component == null) {
        throw new IllegalStateException("EventData.component is required but was not set");
      }
      if (eventNotificationType == null) {
        throw new IllegalStateException(
            "EventData.eventNotificationType is required but was not set");
      }
      if (variable == null) {
        throw new IllegalStateException("EventData.variable is required but was not set");
      }
      EventData built =
          new EventData(
              customData,
              eventId,
              timestamp,
              trigger,
              cause,
              actualValue,
              techCode,
              techInfo,
              cleared,
              transactionId,
              component,
              variableMonitoringId,
              eventNotificationType,
              variable);
      List<Violation> violations = CODEC.validate(built);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException("invalid EventData: " + violations);
      }
      return built;
    }
  }

  private static final class Codec implements MessageCodec<EventData> {
    @Override
    public EventData read(JsonParser p, DecodeContext ctx) throws IOException {
      Codecs.startPayload(p);
      CustomData customData = null;
      int eventId = 0;
      boolean hasEventId = false;
      Instant timestamp = null;
      EventTriggerEnum trigger = null;
      Integer cause = null;
      String actualValue = null;
      String techCode = null;
      String techInfo = null;
      Boolean cleared = null;
      String transactionId = null;
      Component component = null;
      Integer variableMonitoringId = null;
      EventNotificationEnum eventNotificationType = null;
      Variable variable = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "customData":
            customData = Codecs.readObject(p, ctx, "customData", CustomData.CODEC);
            break;
          case "eventId":
            eventId = Codecs.readInt(p, "eventId");
            hasEventId = true;
            break;
          case "timestamp":
            timestamp = Codecs.readInstant(p, ctx, "timestamp");
            break;
          case "trigger":
            trigger = EventTriggerEnum.read(p, ctx, "trigger");
            break;
          case "cause":
            cause = Codecs.readInt(p, "cause");
            break;
          case "actualValue":
            actualValue = Codecs.readString(p, "actualValue", 2500);
            break;
          case "techCode":
            techCode = Codecs.readString(p, "techCode", 50);
            break;
          case "techInfo":
            techInfo = Codecs.readString(p, "techInfo", 500);
            break;
          case "cleared":
            cleared = Codecs.readBoolean(p, "cleared");
            break;
          case "transactionId":
            transactionId = Codecs.readString(p, "transactionId", 36);
            break;
          case "component":
            component = Codecs.readObject(p, ctx, "component", Component.CODEC);
            break;
          case "variableMonitoringId":
            variableMonitoringId = Codecs.readInt(p, "variableMonitoringId");
            break;
          case "eventNotificationType":
            eventNotificationType = EventNotificationEnum.read(p, ctx, "eventNotificationType");
            break;
          case "variable":
            variable = Codecs.readObject(p, ctx, "variable", Variable.CODEC);
            break;
          default:
            Codecs.unknownField(p, ctx, field);
        }
      }
      if (!hasEventId) {
        throw Codecs.missing("eventId");
      }
      if (timestamp == null) {
        throw Codecs.missing("timestamp");
      }
      if (trigger == null) {
        throw Codecs.missing("trigger");
      }
      if (actualValue == null) {
        throw Codecs.missing("actualValue");
      }
      if (component == null) {
        throw Codecs.missing("component");
      }
      if (eventNotificationType == null) {
        throw Codecs.missing("eventNotificationType");
      }
      if (variable == null) {
        throw Codecs.missing("variable");
      }
      return new EventData(
          customData,
          eventId,
          timestamp,
          trigger,
          cause,
          actualValue,
          techCode,
          techInfo,
          cleared,
          transactionId,
          component,
          variableMonitoringId,
          eventNotificationType,
          variable);
    }

    @Override
    public void write(JsonGenerator g, EventData value) throws IOException {
      g.writeStartObject();
      if (value.customData() != null) {
        g.writeFieldName(NAME_CUSTOM_DATA);
        CustomData.CODEC.write(g, value.customData());
      }
      g.writeFieldName(NAME_EVENT_ID);
      g.writeNumber(value.eventId());
      g.writeFieldName(NAME_TIMESTAMP);
      Codecs.writeInstant(g, value.timestamp());
      g.writeFieldName(NAME_TRIGGER);
      g.writeString(value.trigger().wireValue());
      if (value.cause() != null) {
        g.writeFieldName(NAME_CAUSE);
        g.writeNumber(value.cause());
      }
      g.writeFieldName(NAME_ACTUAL_VALUE);
      g.writeString(value.actualValue());
      if (value.techCode() != null) {
        g.writeFieldName(NAME_TECH_CODE);
        g.writeString(value.techCode());
      }
      if (value.techInfo() != null) {
        g.writeFieldName(NAME_TECH_INFO);
        g.writeString(value.techInfo());
      }
      if (value.cleared() != null) {
        g.writeFieldName(NAME_CLEARED);
        g.writeBoolean(value.cleared());
      }
      if (value.transactionId() != null) {
        g.writeFieldName(NAME_TRANSACTION_ID);
        g.writeString(value.transactionId());
      }
      g.writeFieldName(NAME_COMPONENT);
      Component.CODEC.write(g, value.component());
      if (value.variableMonitoringId() != null) {
        g.writeFieldName(NAME_VARIABLE_MONITORING_ID);
        g.writeNumber(value.variableMonitoringId());
      }
      g.writeFieldName(NAME_EVENT_NOTIFICATION_TYPE);
      g.writeString(value.eventNotificationType().wireValue());
      g.writeFieldName(NAME_VARIABLE);
      Variable.CODEC.write(g, value.variable());
      g.writeEndObject();
    }

    @Override
    public List<Violation> validate(EventData value) {
      List<Violation> out = new ArrayList<>(0);
      Codecs.checkNested(out, "customData", CustomData.CODEC, value.customData());
      Codecs.checkLength(out, "actualValue", value.actualValue(), 2500);
      Codecs.checkLength(out, "techCode", value.techCode(), 50);
      Codecs.checkLength(out, "techInfo", value.techInfo(), 500);
      Codecs.checkLength(out, "transactionId", value.transactionId(), 36);
      Codecs.checkNested(out, "component", Component.CODEC, value.component());
      Codecs.checkNested(out, "variable", Variable.CODEC, value.variable());
      return out;
    }
  }
}
